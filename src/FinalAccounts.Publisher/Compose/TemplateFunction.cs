using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Facts;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// A template function that states the kinds of value it takes: a call with too few or too many values (FA5002), or with
/// a value of another kind (percent of an amount, FA5020), stops the template at the call, naming the argument; a fact the
/// data do not give is FA5021 there.
/// </summary>
internal sealed class TemplateFunction(string name, IReadOnlyList<ArgKind> kinds, Func<object?[], object?> body) : IScriptCustomFunction
{
    public string Name { get; } = name;

    public IReadOnlyList<ArgKind> Kinds { get; } = kinds;

    // Arity is checked here, with a message that names the kinds, rather than by Scriban.
    public int RequiredParameterCount => 0;

    public int ParameterCount => Kinds.Count;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.Direct;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(object), "value" + index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        var span = callerContext?.Span ?? context.CurrentSpan;
        if (arguments.Count != Kinds.Count)
            throw new TemplateValueException(span, ComposeCodes.TemplateRuntime, new(
                $"{Name} 需要 {Kinds.Count} 个参数，这里给了 {arguments.Count} 个。参数依次为：{string.Join("、", Kinds.Select(k => k.Name().Zh))}。",
                $"{Name} takes {Kinds.Count} argument(s), {arguments.Count} given: {string.Join(", ", Kinds.Select(k => k.Name().En))}."));
        var values = new object?[Kinds.Count];
        for (var i = 0; i < Kinds.Count; i++)
        {
            values[i] = arguments[i];
            if (!Kinds[i].Accepts(values[i])) throw Mismatch(span, i, values[i], Argument(callerContext, i));
        }

        try
        {
            return body(values);
        }
        catch (MissingFactException e)
        {
            throw FactAccessor.Missing(span, e);
        }
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments,
        ScriptBlockStatement? blockStatement) => new(Invoke(context, callerContext, arguments, blockStatement));

    private TemplateValueException Mismatch(Scriban.Parsing.SourceSpan span, int index, object? value, string argument)
    {
        var (expected, actual) = (Kinds[index].Name(), ArgKinds.NameOf(value));
        var what = argument.Length > 0 ? $"（{argument}）" : "";
        var whatEn = argument.Length > 0 ? $" ({argument})" : "";
        var hint = (Kinds[index], value) switch
        {
            (ArgKind.Ratio, TemplateAmount) => new LocalizedText("金额用 money 或 amount 输出；要算占比，用 percent_of 部分 整体。",
                " Print amounts with money or amount; for a share use percent_of part whole."),
            (ArgKind.Amount, TemplateRatio) => new LocalizedText("比例和增减率用 percent 输出。", " Print shares and rates with percent."),
            (ArgKind.Amount, Comparison) => new LocalizedText("比较的本年数是 .current，上年数是 .prior，增减额是 .change_abs。",
                " A comparison's figures are .current, .prior and .change_abs."),
            _ => new LocalizedText("", ""),
        };
        return new TemplateValueException(span, ComposeCodes.TemplateType, new(
            $"{Name} 的第 {index + 1} 个值应为{expected.Zh}，这里是{actual.Zh}{what}。{hint.Zh}",
            $"{Name} takes {expected.En} as value {index + 1}, not {actual.En}{whatEn}.{hint.En}"));
    }

    /// <summary>The template text of an argument (summary.total.current), when the call is written as one.</summary>
    private static string Argument(ScriptNode? caller, int index) =>
        caller is ScriptFunctionCall call && index < call.Arguments.Count ? call.Arguments[index].ToString().Trim() : "";
}
