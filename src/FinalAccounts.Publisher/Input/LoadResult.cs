using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// What reading a department folder gave: the model (null when the folder or its code lists could not be read at all),
/// every problem found, and the sources that could not be read (files or sheets, as printed): checks that involve
/// them are skipped, not misreported.
/// </summary>
public sealed record LoadResult(DataFolder Folder, DepartmentYear? Model, DiagnosticBag Diagnostics, IReadOnlySet<string> Unavailable)
{
    /// <summary>Whether the source a place lies in (its file, or its workbook's sheet) was read.</summary>
    public bool IsAvailable(SourceLocation place) => !Unavailable.Contains(place.Source.ToString());
}
