using System.Globalization;
using FinalAccounts.Publisher.Facts;
using Scriban.Runtime;
using K = FinalAccounts.Publisher.Compose.ArgKind;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// The functions templates call to turn computed figures into words and numbers by the house style. Each states the kinds
/// of value it takes (<see cref="TemplateFunction"/>). They format; the few that relate two figures (percent_of, compare,
/// versus) do it the way <see cref="FactsBuilder"/> does, with the style's zero-base wording.
/// </summary>
internal static class TemplateFunctions
{
    /// <summary>The functions for one part of the document (<paramref name="f"/> carries the part's units).</summary>
    public static ScriptObject Create(NumberFormatter f, WordStyle w)
    {
        var s = new ScriptObject();
        var zero = f.Style.ZeroBase;
        void Add(string name, K[] kinds, Func<object?[], object?> body) => s.SetValue(name, new TemplateFunction(name, kinds, body), true);
        static Money A(object? v) => ((TemplateAmount)v!).Money;
        static Comparison C(object? v) => (Comparison)v!;
        string P(object? v) => v is TemplateRatio r ? f.Percent(r.Ratio) : "";

        Add("money", [K.Amount], a => f.Prose(A(a[0]).Value));
        Add("amount", [K.Amount], a => f.ProseWithUnit(A(a[0]).Value));
        Add("table_money", [K.Amount], a => f.Table(A(a[0]).Value));
        Add("percent", [K.Ratio], a => P(a[0]));
        Add("form_percent", [K.Ratio], a => a[0] is TemplateRatio { Ratio.Value: { } v } ? f.FormPercent(v) : P(a[0]));
        Add("score", [K.Number], a => f.Score(Convert.ToDecimal(a[0], CultureInfo.InvariantCulture)));
        Add("change_word", [K.Comparison], a => C(a[0]).IsUp ? w.Increase : C(a[0]).IsDown ? w.Decrease : w.Unchanged);
        Add("rate_word", [K.Comparison], a => C(a[0]).IsUp ? w.IncreaseRate : C(a[0]).IsDown ? w.DecreaseRate : w.Unchanged);
        Add("change_phrase", [K.Comparison], a => ChangePhrase(C(a[0]), f, w));
        Add("compare_word", [K.Execution], a => CompareWord((Execution)a[0]!, w));
        Add("percent_of", [K.Amount, K.Amount], a => Ratio.Of(A(a[0]).Value, A(a[1]).Value, RatioKind.Share, zero) is { } r ? f.Percent(r) : "");
        Add("compare", [K.Amount, K.Amount], a => new Comparison(A(a[0]), A(a[1]), zero));
        Add("versus", [K.Amount, K.Amount], a => new Execution(A(a[1]), A(a[0]), zero));
        Add("cn", [K.Count], a => Chinese(Convert.ToInt32(a[0], CultureInfo.InvariantCulture)));
        Add("cn_paren", [K.Count], a => "（" + Chinese(Convert.ToInt32(a[0], CultureInfo.InvariantCulture)) + "）");
        Add("num_paren", [K.Count], a => "（" + Convert.ToString(a[0], CultureInfo.InvariantCulture) + "）");
        Add("sentence", [K.Text], a => Sentence((string)a[0]!));
        Add("join_and", [K.List], a => JoinAnd(((System.Collections.IEnumerable)a[0]!).Cast<object?>().Select(i => i?.ToString() ?? "").ToList()));
        return s;
    }

    /// <summary>"减少8684.98万元，降低24.4%"; "持平"; the rate of a zero base only when the style words it.</summary>
    public static string ChangePhrase(Comparison c, NumberFormatter f, WordStyle w)
    {
        if (c.IsSame) return w.Unchanged;
        var amount = (c.IsUp ? w.Increase : w.Decrease) + f.ProseWithUnit(c.ChangeAbs.Value);
        return c.Rate is { } r ? amount + "，" + (c.IsUp ? w.IncreaseRate : w.DecreaseRate) + f.Percent(r) : amount;
    }

    /// <summary>大于, 小于 or 持平 (the style's words) for an actual against its budget.</summary>
    public static string CompareWord(Execution e, WordStyle w) => e.IsAbove ? w.Greater : e.IsBelow ? w.Less : w.Equal;

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
