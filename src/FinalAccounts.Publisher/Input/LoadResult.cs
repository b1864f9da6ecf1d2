using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// What reading a department folder gave: the model (null when the folder or its code lists could not be read at all),
/// every problem found, and the files that could not be read (checks that involve them are skipped, not misreported).
/// </summary>
public sealed record LoadResult(DataFolder Folder, DepartmentYear? Model, DiagnosticBag Diagnostics, IReadOnlySet<string> UnavailableFiles);
