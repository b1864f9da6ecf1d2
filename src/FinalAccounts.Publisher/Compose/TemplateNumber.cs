using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Facts;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// An amount or a ratio as a template holds it: it can be compared (<c>x &gt; 0</c>, <c>a == b</c>) but not computed
/// with, and it is printed only through a formatting function (money, amount, percent), so the house style's units and
/// rounding always apply.
/// </summary>
internal abstract class TemplateNumber : IScriptCustomBinaryOperation
{
    /// <summary>The number compared, or null (a ratio with a zero base).</summary>
    public abstract decimal? Number { get; }

    /// <summary>What this is, for messages: 金额, 比例.</summary>
    public abstract LocalizedText Kind { get; }

    public bool TryEvaluate(TemplateContext context, SourceSpan span, ScriptBinaryOperator op, SourceSpan leftSpan,
        object? leftValue, SourceSpan rightSpan, object? rightValue, out object? result)
    {
        var (left, right) = (Value(leftValue), Value(rightValue));
        if (left is null || right is null || !IsComparison(op))
            throw new TemplateValueException(span, ComposeCodes.TemplateType, new(
                $"模板中不能用{Kind.Zh}计算或与“{Describe(leftValue == this ? rightValue : leftValue)}”比较（{op.ToText()}）：数字由程序算好，" +
                "模板只能把金额与 0 或另一个金额比较；占比用 percent_of，增减用 compare。",
                $"A template cannot compute with {Kind.En} or compare it with '{Describe(leftValue == this ? rightValue : leftValue)}' " +
                $"({op.ToText()}): compare amounts with 0 or another amount; use percent_of for shares and compare for changes."));
        var c = left.Value.CompareTo(right.Value);
        result = op switch
        {
            ScriptBinaryOperator.CompareEqual => c == 0,
            ScriptBinaryOperator.CompareNotEqual => c != 0,
            ScriptBinaryOperator.CompareLess => c < 0,
            ScriptBinaryOperator.CompareLessOrEqual => c <= 0,
            ScriptBinaryOperator.CompareGreater => c > 0,
            _ => c >= 0,
        };
        return true;
    }

    private static bool IsComparison(ScriptBinaryOperator op) => op is ScriptBinaryOperator.CompareEqual or
        ScriptBinaryOperator.CompareNotEqual or ScriptBinaryOperator.CompareLess or ScriptBinaryOperator.CompareLessOrEqual or
        ScriptBinaryOperator.CompareGreater or ScriptBinaryOperator.CompareGreaterOrEqual;

    private static decimal? Value(object? value) => value switch
    {
        TemplateNumber n => n.Number,
        int i => i,
        long l => l,
        decimal d => d,
        double d => (decimal)d,
        float f => (decimal)f,
        _ => null,
    };

    private static string Describe(object? value) => value switch
    {
        null => "null",
        string s => s,
        TemplateNumber n => n.Kind.Zh,
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
