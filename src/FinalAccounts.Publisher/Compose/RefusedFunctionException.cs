using FinalAccounts.Publisher.Diagnostics;
using Scriban.Parsing;
using Scriban.Syntax;

namespace FinalAccounts.Publisher.Compose;

/// <summary>A template called a built-in function the audit refuses (<see cref="TemplateBuiltins"/>).</summary>
internal sealed class RefusedFunctionException(SourceSpan span, string function, LocalizedText reason)
    : ScriptRuntimeException(span, $"{function} is not available in templates: {reason.En}.")
{
    public string Function { get; } = function;

    public LocalizedText Reason { get; } = reason;
}
