using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Model;

/// <summary>A row of a classified table: a 类/款/项 code (null for the 合计 row), its name and one amount per column.</summary>
public sealed record ClassifiedRow(SubjectCode? Code, string Name, IReadOnlyList<Amount> Values, SourceLocation Location)
{
    public bool IsTotal => Code is null;

    /// <summary>Whether the row was read from the file (rather than computed from its children).</summary>
    public bool IsGiven => Location.IsPoint;

    public Amount this[int column] => Values[column];
}
