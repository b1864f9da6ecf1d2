using FinalAccounts.Publisher.Diagnostics;
using Scriban.Parsing;
using Scriban.Syntax;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// A template used a value wrongly (a percentage of an amount, a figure the data do not give): reported with its code
/// where the template does it.
/// </summary>
internal sealed class TemplateValueException(SourceSpan span, DiagnosticCode code, LocalizedText text)
    : ScriptRuntimeException(span, text.En)
{
    public DiagnosticCode Code { get; } = code;

    public LocalizedText Text { get; } = text;
}
