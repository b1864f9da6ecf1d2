using FinalAccounts.Publisher.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// The audit of Scriban's built-in functions (7.5.3): each is allowed (same arguments, same result, no files, no clock)
/// or refused with the reason. A refused function stays callable by name but stops the build with FA5009 at the call;
/// a built-in this audit does not know (a Scriban upgrade) is refused until someone audits it.
/// </summary>
internal static class TemplateBuiltins
{
    private static readonly LocalizedText Clock = new("结果取决于当前时间或本机时区，每次生成可能不同；日期请用数据中的 department.publish_date 等变量",
        "depends on the clock or the machine's time zone, so runs differ; use dates from the data such as department.publish_date");
    private static readonly LocalizedText Random = new("每次生成的结果都不同", "gives a different result on every run");
    private static readonly LocalizedText Files = new("会读取文件；模板只能使用数据和函数", "reads files; templates only use the data and functions");
    private static readonly LocalizedText Eval = new("把文字当作模板运行，出错时无法指明位置", "runs text as a template, so its errors have no place");
    private static readonly LocalizedText Timeout = new("正则表达式有运行超时，结果可能因机器快慢而不同",
        "runs a regular expression under a time-out, so the result can depend on the machine's speed");
    private static readonly LocalizedText Unaudited = new("未经审核（新版本 Scriban 的函数）", "has not been audited (new in this Scriban version)");

    private static readonly HashSet<string> Allowed = new(StringComparer.Ordinal)
    {
        "array.add", "array.add_range", "array.any", "array.compact", "array.concat", "array.contains", "array.cycle",
        "array.each", "array.filter", "array.first", "array.insert_at", "array.join", "array.last", "array.limit",
        "array.map", "array.offset", "array.remove_at", "array.reverse", "array.size", "array.sort", "array.uniq",
        "blank", "empty",
        "html.escape", "html.newline_to_br", "html.strip", "html.url_encode", "html.url_escape",
        "math.abs", "math.ceil", "math.divided_by", "math.floor", "math.format", "math.is_number", "math.minus",
        "math.modulo", "math.plus", "math.round", "math.times",
        "object.default", "object.format", "object.from_json", "object.has_key", "object.has_value", "object.keys",
        "object.kind", "object.size", "object.to_json", "object.typeof", "object.values",
        "regex.escape", "regex.unescape",
        "string.append", "string.base64_decode", "string.base64_encode", "string.capitalize", "string.capitalizewords",
        "string.contains", "string.downcase", "string.empty", "string.ends_with", "string.equals_ignore_case",
        "string.escape", "string.handleize", "string.hmac_sha1", "string.hmac_sha256", "string.hmac_sha512",
        "string.index_of", "string.literal", "string.lstrip", "string.md5", "string.pad_left", "string.pad_right",
        "string.pluralize", "string.prepend", "string.remove", "string.remove_first", "string.remove_last",
        "string.replace", "string.replace_first", "string.rstrip", "string.sha1", "string.sha256", "string.sha512",
        "string.size", "string.slice", "string.slice1", "string.split", "string.starts_with", "string.strip",
        "string.strip_newlines", "string.to_double", "string.to_float", "string.to_int", "string.to_long",
        "string.truncate", "string.truncatewords", "string.upcase", "string.whitespace",
        "timespan.from_days", "timespan.from_hours", "timespan.from_milliseconds", "timespan.from_minutes",
        "timespan.from_seconds", "timespan.parse", "timespan.zero",
    };

    private static readonly Dictionary<string, LocalizedText> Refused = new(StringComparer.Ordinal)
    {
        ["date.now"] = Clock, ["date.utc_now"] = Clock, ["date.parse"] = Clock, ["date.parse_to_string"] = Clock,
        ["date.to_string"] = Clock, ["date.format"] = Clock, ["date.default_format"] = Clock,
        ["date.add_days"] = Clock, ["date.add_hours"] = Clock, ["date.add_milliseconds"] = Clock,
        ["date.add_minutes"] = Clock, ["date.add_months"] = Clock, ["date.add_seconds"] = Clock, ["date.add_years"] = Clock,
        ["math.random"] = Random, ["math.uuid"] = Random,
        ["include"] = Files, ["include_join"] = Files,
        ["object.eval"] = Eval, ["object.eval_template"] = Eval,
        ["regex.match"] = Timeout, ["regex.matches"] = Timeout, ["regex.replace"] = Timeout, ["regex.split"] = Timeout,
    };

    /// <summary>Every built-in the audit covers, as <c>object.function</c> (or a top-level name).</summary>
    public static IEnumerable<string> Audited => Allowed.Concat(Refused.Keys);

    /// <summary>Replaces every built-in that is not allowed by one that refuses to run, in a new context's built-ins.</summary>
    public static void Restrict(ScriptObject builtins)
    {
        foreach (var name in builtins.Keys.ToList())
        {
            if (builtins[name] is ScriptObject functions && functions.Keys.Count > 0)
            {
                foreach (var member in functions.Keys.ToList())
                    RestrictOne(functions, member, name + "." + member);
            }
            else RestrictOne(builtins, name, name);
        }
    }

    private static void RestrictOne(ScriptObject owner, string key, string name)
    {
        if (Allowed.Contains(name)) return;
        owner.SetValue(key, new RefusedFunction(name, Refused.GetValueOrDefault(name, Unaudited)), readOnly: true);
    }

    /// <summary>A built-in that stops the template where it is called (with any arguments), naming itself and why.</summary>
    private sealed class RefusedFunction(string name, LocalizedText reason) : StoppingFunction
    {
        protected override Exception Stop(SourceSpan span) => new RefusedFunctionException(span, name, reason);
    }
}
