using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// Scriban's English messages in the words of a template editor, Chinese and English: each known message by its pattern,
/// any other kept whole after a sentence saying what kind of problem it is. Whether a runtime message is about a limit
/// (FA5004) is decided here too.
/// </summary>
internal static partial class ScribanMessages
{
    private static readonly (Regex Pattern, Func<Match, (string Zh, string En)> Text)[] Syntax =
    [
        (new(@"^Invalid token found `(?<x>.*)`\. Expecting <EOL>/end of line"), m =>
            ($"{{{{ }}}} 中这条语句后面多出了“{m.G("x")}”（是不是少了 }}}}？）。", $"'{m.G("x")}' follows a complete statement inside {{{{ }}}} (a missing }}}}?).")),
        (new(@"^Error while parsing (?<s>\w+) statement: The <end> statement was not found"), m =>
            ($"{{{{ {m.G("s")} }}}} 缺少对应的 {{{{ end }}}}。", $"{{{{ {m.G("s")} }}}} has no matching {{{{ end }}}}.")),
        (new(@"^The `end(?<s>\w+)` was not found"), m =>
            ($"{{{{ {m.G("s")} }}}} 缺少对应的 {{{{ end }}}}。", $"{{{{ {m.G("s")} }}}} has no matching {{{{ end }}}}.")),
        (new(@"Found <end> statement without a corresponding beginning of a block"), _ =>
            ("多出一个 {{ end }}：前面没有与它对应的 if、for 或 func。", "An extra {{ end }}: no if, for or func before it is open.")),
        (new(@"^A else condition must be preceded by another if/else/when condition or a for loop"), _ =>
            ("else 前面没有对应的 if。", "This else has no if before it.")),
        (new(@"Expecting an <expression> to the right of the operator instead of `(?<x>.*?)`"), m =>
            ($"运算符后面缺少内容（遇到的是“{m.G("x")}”）。", $"Something is missing after the operator (found '{m.G("x")}').")),
        (new(@"Expecting <(?<what>[\w ]+)> instead of `(?<x>.*?)`"), m =>
            ($"这里缺少内容（遇到的是“{m.G("x")}”）。", $"Something is missing here (found '{m.G("x")}').")),
        (new(@"^Unexpected end of file while parsing a string not terminated by a (?<q>.)"), m =>
            ($"文字缺少结尾的引号 {m.G("q")}。", $"A text has no closing {m.G("q")}.")),
        (new(@"^Unexpected (?<x>.+?) while no matching (?<y>.+)$"), m =>
            ($"多出的“{m.G("x")}”，前面没有与它对应的“{m.G("y")}”。", $"An extra '{m.G("x")}' with no '{m.G("y")}' before it.")),
        (new(@"^Unexpected `(?<x>.*?)`\. Expecting '(?<y>.*?)'"), m =>
            ($"这里应为“{m.G("y")}”，却是“{m.G("x")}”。", $"Expected '{m.G("y")}' here, found '{m.G("x")}'.")),
        (new(@"^Unexpected token (?<x>.+)$"), m => ($"无法识别的“{m.G("x")}”。", $"Unexpected '{m.G("x")}'.")),
    ];

    private static readonly (Regex Pattern, Func<Match, (string Zh, string En)> Text)[] Limits =
    [
        (new(@"^String multiplication exceeds LimitToString `(?<n>\d+)`"), m =>
            ($"文字相乘得到的文字超过 {N(m)} 个字符的上限。", $"String multiplication makes a text longer than the {N(m)} characters allowed.")),
        (new(@"^Joined string exceeds LimitToString `(?<n>\d+)`"), m =>
            ($"连接得到的文字超过 {N(m)} 个字符的上限。", $"Joining makes a text longer than the {N(m)} characters allowed.")),
        (new(@"^Range expression exceeds LoopLimit `(?<n>\d+)`"), m =>
            ($"范围超过循环次数的上限 {N(m)}。", $"The range is longer than the loop limit of {N(m)}.")),
        (new(@"number of iteration limit `(?<n>\d+)`"), m => ($"循环超过 {N(m)} 次的上限。", $"The loop ran more than {N(m)} times.")),
        (new(@"recursive depth limit `(?<n>\d+)`"), m => ($"函数调用嵌套超过 {N(m)} 层的上限。", $"Function calls nest deeper than {N(m)}.")),
    ];

    private static readonly (Regex Pattern, Func<Match, (string Zh, string En)> Text)[] Runtime =
    [
        (new(@"^The function `(?<x>.+?)` was not found"), m => ($"没有函数 {m.G("x")}。", $"There is no function {m.G("x")}.")),
        (new(@"^Object `(?<x>.+?)` is null\. Cannot access (?:member|indexer): (?<y>.+)$"), m =>
            ($"{m.G("x")} 是空值，不能取 {m.G("y")}。", $"{m.G("x")} is empty (null), so {m.G("y")} cannot be read.")),
        (new(@"^Cannot get the member (?<y>.+) for a null object"), m =>
            ($"{m.G("y")} 前面的值是空值，取不到。", $"The value before {m.G("y")} is empty (null).")),
        (new(@"^Invalid number of arguments `(?<n>\d+)` passed to `(?<f>.+?)` while expecting `(?<m>\d+)` arguments"), m =>
            ($"{m.G("f")} 需要 {m.G("m")} 个参数，这里给了 {m.G("n")} 个。", $"{m.G("f")} takes {m.G("m")} argument(s); {m.G("n")} given.")),
        (new(@"^Argument index must be < (?<n>\d+)"), m =>
            ($"函数的参数太多（最多 {m.G("n")} 个）。", $"Too many arguments (at most {m.G("n")}).")),
        (new(@"^Unable to convert type `(?<a>.+?)` to `?(?<b>[^`]+)`?"), m =>
            ($"这里需要{Kind(m.G("b")).Zh}，给的却是{Kind(m.G("a")).Zh}。", $"This needs {Kind(m.G("b")).En}, but {Kind(m.G("a")).En} was given.")),
        (new(@"^The operator `(?<op>.+?)` is not supported between (?<a>\S+) and (?<b>[^.]+)"), m =>
            ($"{Kind(m.G("a")).Zh}和{Kind(m.G("b")).Zh}之间不能用运算符 {m.G("op")}。", $"The operator {m.G("op")} does not apply to {Kind(m.G("a")).En} and {Kind(m.G("b")).En}.")),
    ];

    /// <summary>A parse error's message.</summary>
    public static LocalizedText OfSyntax(string message) => Translate(Syntax, message, "模板语法有误", "Template syntax error");

    /// <summary>Whether a runtime message is about one of the sandbox's limits (FA5004).</summary>
    public static bool IsLimit(string message) =>
        Limits.Any(l => l.Pattern.IsMatch(message)) || message.Contains("limit", StringComparison.OrdinalIgnoreCase);

    /// <summary>A runtime error's message (a limit's among them).</summary>
    public static LocalizedText OfRuntime(string message) =>
        Limits.Any(l => l.Pattern.IsMatch(message))
            ? Translate(Limits, message, "模板超出运行限制", "Template limit exceeded")
            : Translate(Runtime, message, IsLimit(message) ? "模板超出运行限制" : "模板运行出错", "Template error");

    private static LocalizedText Translate((Regex Pattern, Func<Match, (string Zh, string En)> Text)[] table, string message,
        string zhKind, string enKind)
    {
        foreach (var (pattern, text) in table)
        {
            if (pattern.Match(message) is { Success: true } m)
            {
                var (zh, en) = text(m);
                return new LocalizedText(zh, en);
            }
        }

        return new LocalizedText($"{zhKind}（Scriban：{message}）", $"{enKind}: {message}");
    }

    /// <summary>What a .NET or Scriban type name is, in words.</summary>
    private static (string Zh, string En) Kind(string type) => type.Trim('`') switch
    {
        "decimal" or "int" or "long" or "double" or "float" or "BigInteger" => ("数字", "a number"),
        "string" => ("文字", "a text"),
        "bool" or "boolean" => ("真假值（true/false）", "true or false"),
        "null" => ("空值", "nothing (null)"),
        "array" or "ScriptArray" => ("列表", "a list"),
        "object" or "ScriptObject" => ("对象", "an object"),
        "Comparison" => ("比较（如 summary.total）", "a comparison (such as summary.total)"),
        "Execution" => ("预算执行情况（如 gpb.execution）", "a budget execution (such as gpb.execution)"),
        var other => (other, other),
    };

    private static string G(this Match m, string group) => m.Groups[group].Value;

    private static string N(Match m) => SandboxContext.Count(long.Parse(m.G("n"), System.Globalization.CultureInfo.InvariantCulture));
}
