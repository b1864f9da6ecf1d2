using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>
/// Finishes the SVG that SkiaSharp writes: a viewBox so HTML can scale it, position lists without the trailing comma
/// SkiaSharp leaves, ids renumbered from 1 under the figure's prefix (SkiaSharp counts them per process, which made
/// output differ between runs and collide between figures on one page), and each font-family widened from the one face
/// drawn with to the style's whole family list and a generic family, so browsers without that face still show Chinese.
/// </summary>
internal static partial class SvgText
{
    public static string Finish(string svg, float width, float height, string idPrefix, IReadOnlyDictionary<string, IReadOnlyList<string>> families)
    {
        svg = RenumberIds(svg, idPrefix);
        var viewBox = string.Create(CultureInfo.InvariantCulture, $"viewBox=\"0 0 {width:0.##} {height:0.##}\" ");
        var at = svg.IndexOf("<svg ", StringComparison.Ordinal);
        if (at >= 0 && !svg.Contains("viewBox=", StringComparison.Ordinal)) svg = svg.Insert(at + 5, viewBox);
        svg = TrailingComma().Replace(svg, m => $" {m.Groups[1].Value}=\"{m.Groups[2].Value}\"");
        return FontFamily().Replace(svg, m => "font-family=\"" + Escape(FamilyList(Unescape(m.Groups[1].Value), families)) + "\"");
    }

    private static string RenumberIds(string svg, string prefix)
    {
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Id().Matches(svg))
            ids.TryAdd(m.Groups[1].Value, prefix + "-" + (ids.Count + 1).ToString(CultureInfo.InvariantCulture));
        if (ids.Count == 0) return svg;
        return Reference().Replace(svg, m => ids.TryGetValue(m.Groups[2].Value, out var id) ? m.Groups[1].Value + id + m.Groups[3].Value : m.Value);
    }

    private static string FamilyList(string face, IReadOnlyDictionary<string, IReadOnlyList<string>> families)
    {
        // SkiaSharp writes every name of a face ("WenQuanYi Zen Hei, 文泉驛正黑, 文泉驿正黑"): each is a family of its own.
        var faceNames = face.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var names = new List<string>(faceNames);
        var list = families.TryGetValue(face, out var whole) ? whole
            : faceNames.Select(n => families.TryGetValue(n, out var l) ? l : null).FirstOrDefault(l => l is not null);
        if (list is not null) names.AddRange(list.Where(f => !names.Contains(f, StringComparer.OrdinalIgnoreCase)));
        var primary = names.Count > faceNames.Length ? names[faceNames.Length] : names[0];
        var generic = IsSans(face) || IsSans(primary) ? "sans-serif" : "serif";
        return string.Join(", ", names.Select(Quote)) + ", " + generic;
    }

    private static bool IsSans(string family) =>
        family.Contains("Hei", StringComparison.OrdinalIgnoreCase) || family.Contains('黑') || family.Contains("Sans", StringComparison.OrdinalIgnoreCase);

    private static string Quote(string family) =>
        family.All(c => char.IsAsciiLetterOrDigit(c) || c == '-') ? family : "'" + family.Replace("'", "", StringComparison.Ordinal) + "'";

    private static string Escape(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            sb.Append(c switch
            {
                '&' => "&amp;",
                '"' => "&quot;",
                '<' => "&lt;",
                _ => c.ToString(),
            });
        }

        return sb.ToString();
    }

    private static string Unescape(string text) =>
        text.Replace("&quot;", "\"", StringComparison.Ordinal).Replace("&lt;", "<", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal);

    [GeneratedRegex(" id=\"([^\"]+)\"")]
    private static partial Regex Id();

    [GeneratedRegex("( id=\"|url\\(#|href=\"#)([^\")]+)(\"|\\))")]
    private static partial Regex Reference();

    [GeneratedRegex(" (x|y)=\"([^\"]*?),\\s*\"")]
    private static partial Regex TrailingComma();

    [GeneratedRegex("font-family=\"([^\"]*)\"")]
    private static partial Regex FontFamily();
}
