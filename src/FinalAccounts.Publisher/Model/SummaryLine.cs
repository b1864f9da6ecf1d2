using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Model;

/// <summary>A numbered line (行次) of 公开01表 or 公开04表 with one amount per column.</summary>
public sealed record SummaryLine(int Number, string Name, IReadOnlyList<Amount> Values, SourceLocation Location)
{
    public bool IsGiven => Location.IsPoint;

    public Amount this[int column] => Values[column];
}
