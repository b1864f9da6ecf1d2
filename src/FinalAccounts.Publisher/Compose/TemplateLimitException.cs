using FinalAccounts.Publisher.Diagnostics;
using Scriban.Parsing;
using Scriban.Syntax;

namespace FinalAccounts.Publisher.Compose;

/// <summary>A template crossed a bound of its sandbox (<see cref="SandboxContext"/>); the message says which, in both languages.</summary>
internal sealed class TemplateLimitException(SourceSpan span, LocalizedText message) : ScriptRuntimeException(span, message.En)
{
    public LocalizedText Text { get; } = message;
}
