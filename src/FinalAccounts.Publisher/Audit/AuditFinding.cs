using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// One finding of the audit: the diagnostic (code, place, zh/en message), a quote of about 30 characters around the
/// problem, what is written, what it should be, and the arithmetic that shows it ("" where a part does not apply, as
/// for the identities of the tables, whose figures the diagnostic carries).
/// </summary>
public sealed record AuditFinding(Diagnostic Diagnostic, string Quote, string Written, string Expected, string Arithmetic);
