using System.Globalization;
using System.Text;

namespace FinalAccounts.Publisher.Review;

/// <summary>
/// A document's text as a build stores it (UTF-8, one unit a line, readable and diffable by any tool): a header of
/// <c>key: value</c> lines — the format, the build's fingerprint, when that build was first made (UTC), the edition
/// (draft or final) and the title — a blank line, then each unit as its kind and its text separated by a tab
/// (<c>H2</c> a heading of level 2, <c>T</c> a table's title, <c>S</c> a sentence, <c>R</c> a table row).
/// </summary>
public sealed record TextDump(string Fingerprint, DateTimeOffset Built, bool Draft, string Title, IReadOnlyList<TextUnit> Units)
{
    private const string Format = "finacc-text 1";

    public byte[] ToBytes()
    {
        var b = new StringBuilder();
        b.Append("format: ").Append(Format).Append('\n');
        b.Append("fingerprint: ").Append(Fingerprint).Append('\n');
        var time = Built.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
        b.Append("built: ").Append(time).Append('\n');
        b.Append("edition: ").Append(Draft ? "draft" : "final").Append('\n');
        b.Append("title: ").Append(DocumentText.OneLine(Title)).Append("\n\n");
        foreach (var u in Units) b.Append(Mark(u)).Append('\t').Append(DocumentText.OneLine(u.Text)).Append('\n');
        return Encoding.UTF8.GetBytes(b.ToString());
    }

    /// <summary>A stored text, or null when it is not one (another format, damaged): then there is nothing to compare with.</summary>
    public static TextDump? Parse(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var header = new Dictionary<string, string>(StringComparer.Ordinal);
        var i = 0;
        for (; i < lines.Length && lines[i].Length > 0; i++)
        {
            var colon = lines[i].IndexOf(": ", StringComparison.Ordinal);
            if (colon <= 0) return null;
            header[lines[i][..colon]] = lines[i][(colon + 2)..];
        }

        var time = header.GetValueOrDefault("built");
        if (header.GetValueOrDefault("format") != Format
            || !DateTimeOffset.TryParse(time, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var built))
            return null;
        var units = new List<TextUnit>();
        foreach (var line in lines.Skip(i + 1).Where(l => l.Length > 0))
        {
            var tab = line.IndexOf('\t');
            if (tab <= 0 || Unit(line[..tab], line[(tab + 1)..]) is not { } unit) return null;
            units.Add(unit);
        }

        return new TextDump(header.GetValueOrDefault("fingerprint", ""), built, header.GetValueOrDefault("edition") == "draft",
            header.GetValueOrDefault("title", ""), units);
    }

    private static string Mark(TextUnit u) => u.Kind switch
    {
        TextUnitKind.Heading => "H" + u.Level.ToString(CultureInfo.InvariantCulture),
        TextUnitKind.Table => "T",
        TextUnitKind.Row => "R",
        _ => "S",
    };

    private static TextUnit? Unit(string mark, string text) => mark switch
    {
        "T" => new TextUnit(TextUnitKind.Table, text),
        "R" => new TextUnit(TextUnitKind.Row, text),
        "S" => new TextUnit(TextUnitKind.Sentence, text),
        ['H', var d] when char.IsAsciiDigit(d) => new TextUnit(TextUnitKind.Heading, text, d - '0'),
        _ => null,
    };
}
