using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// A name a template may call, with any arguments, that stops the template where it is called: a refused built-in, a
/// fact the data do not give.
/// </summary>
internal abstract class StoppingFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 0;

    public int ParameterCount => 0;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value");

    /// <summary>The exception that stops the template at the call.</summary>
    protected abstract Exception Stop(SourceSpan span);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        throw Stop(callerContext?.Span ?? context.CurrentSpan);

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) => throw Stop(callerContext?.Span ?? context.CurrentSpan);
}
