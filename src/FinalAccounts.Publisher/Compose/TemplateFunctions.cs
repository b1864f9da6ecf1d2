using FinalAccounts.Publisher.Facts;
using Scriban.Runtime;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// The functions templates call to turn computed figures into words and numbers by the house style. They format; they
/// never compute new figures (that is <see cref="FactsBuilder"/>'s job).
/// </summary>
internal static class TemplateFunctions
{
    public static ScriptObject Create(NumberFormatter f, WordStyle w)
    {
        var s = new ScriptObject();
        s.Import("money", new Func<decimal, string>(f.Prose));
        s.Import("table_money", new Func<decimal, string>(f.Table));
        s.Import("percent", new Func<decimal?, string>(r => r is { } v ? f.Percent(v) : f.Style.ZeroBaseText));
        s.Import("form_percent", new Func<decimal?, string>(r => r is { } v ? f.FormPercent(v) : f.Style.ZeroBaseText));
        s.Import("score", new Func<decimal, string>(f.Score));
        s.Import("change_word", new Func<Comparison, string>(c => c.IsUp ? w.Increase : c.IsDown ? w.Decrease : w.Unchanged));
        s.Import("rate_word", new Func<Comparison, string>(c => c.IsUp ? w.IncreaseRate : c.IsDown ? w.DecreaseRate : w.Unchanged));
        s.Import("change_phrase", new Func<Comparison, string>(c => ChangePhrase(c, f, w)));
        s.Import("compare_word", new Func<Execution, string>(e => e.IsAbove ? w.Greater : e.IsBelow ? w.Less : w.Equal));
        s.Import("cn", new Func<int, string>(Chinese));
        s.Import("cn_paren", new Func<int, string>(n => "（" + Chinese(n) + "）"));
        s.Import("num_paren", new Func<int, string>(n => "（" + n.ToString(System.Globalization.CultureInfo.InvariantCulture) + "）"));
        s.Import("sentence", new Func<string, string>(Sentence));
        s.Import("join_and", new Func<IEnumerable<object>, string>(items => JoinAnd(items.Select(i => i?.ToString() ?? "").ToList())));
        return s;
    }

    /// <summary>"减少8684.98万元，降低24.4%"; "持平"; without the rate when the base is 0.</summary>
    public static string ChangePhrase(Comparison c, NumberFormatter f, WordStyle w)
    {
        if (c.IsSame) return w.Unchanged;
        var amount = (c.IsUp ? w.Increase : w.Decrease) + f.Prose(c.ChangeAbs) + "万元";
        return c.Rate is { } r ? amount + "，" + (c.IsUp ? w.IncreaseRate : w.DecreaseRate) + f.Percent(r) : amount;
    }

    /// <summary>1 → 一, 10 → 十, 14 → 十四, 26 → 二十六.</summary>
    public static string Chinese(int n) => Model.ChineseNumerals.Of(n);

    /// <summary>Ends a text with 。: a trailing ；，、 is replaced, 。！？ kept, empty stays empty.</summary>
    public static string Sentence(string text)
    {
        var t = (text ?? "").TrimEnd();
        if (t.Length == 0) return t;
        if (t[^1] is '。' or '！' or '？') return t;
        if (t[^1] is '；' or '，' or '、' or '：' or ';' or ',' or '.') t = t[..^1];
        return t + "。";
    }

    /// <summary>"A"; "A和B"; "A、B和C".</summary>
    public static string JoinAnd(IReadOnlyList<string> items) => items.Count switch
    {
        0 => "",
        1 => items[0],
        _ => string.Join("、", items.Take(items.Count - 1)) + "和" + items[^1],
    };
}
