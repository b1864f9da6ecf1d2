using System.Text;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>
/// Finds the characters of a department's data text (its CSV, YAML and Markdown files) that the style's fonts cannot
/// set, so that <c>check</c> and <c>build</c> stop at the data file, line and column (in a CSV file the field number)
/// before anything is composed or written, instead of the PDF layout failing later at a template. A character must be
/// in the fallback chain of every text role the style names, since a template may place any value in any role.
/// Whole-line YAML comments are not published and are not checked. Nothing is checked when no role's fonts are found:
/// that is FA6001, reported by the build that needs them.
/// </summary>
public static class DataGlyphCheck
{
    /// <summary>Reports FA6002 at each place of <paramref name="folder"/>'s data text no font of <paramref name="style"/> has.</summary>
    public static void Run(DataFolder folder, DocumentStyle style, FontCatalog catalog, DiagnosticBag bag,
        CancellationToken cancellationToken = default)
    {
        var chains = style.Fonts.Values.DistinctBy(f => string.Join('|', f.Families) + f.Bold)
            .Select(f => catalog.Resolve(f.Families, f.Bold)).Where(c => c.Faces.Count > 0).ToList();
        if (chains.Count == 0) return;
        var missing = new Dictionary<int, string?>();
        foreach (var relative in FolderInventory.DataFiles(folder))
        {
            cancellationToken.ThrowIfCancellationRequested();
            string text;
            try
            {
                text = File.ReadAllText(folder.Full(relative), Encoding.UTF8);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                continue; // the loader reads every data file first and reports what it cannot read
            }

            Scan(text, folder.Display(relative), relative, cp => Lacking(cp, chains, missing), bag);
        }
    }

    private static void Scan(string text, string display, string relative, Func<int, string?> lacking, DiagnosticBag bag)
    {
        var csv = relative.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
        var yaml = !csv && !relative.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
        var (line, lineStart, found) = (1, 0, 0);
        Diagnostic? firstLeftOut = null;
        for (var i = yaml && IsComment(text, 0) ? NextLine(text, 0) : 0; i < text.Length;)
        {
            if (text[i] == '\n')
            {
                (line, lineStart) = (line + 1, i + 1);
                i++;
                if (yaml && IsComment(text, i)) i = NextLine(text, i);
                continue;
            }

            var rune = Rune.GetRuneAt(text, i);
            if (rune.Value >= 0x20 && lacking(rune.Value) is { } fonts)
            {
                var before = text.AsSpan(lineStart, i - lineStart);
                var column = csv ? UnsafeCharacters.FieldNumber(before, '"', ',') : i - lineStart + 1;
                var d = Describe(rune, fonts, new SourceLocation(display, line, column));
                if (++found <= RepeatedDiagnostics.Shown) bag.Add(d);
                else firstLeftOut ??= d;
            }

            i += rune.Utf16SequenceLength;
        }

        if (firstLeftOut is not null) bag.Add(RepeatedDiagnostics.Summary(firstLeftOut, found - RepeatedDiagnostics.Shown));
    }

    /// <summary>The fonts (display names) of the roles whose chain lacks the character, or null when every chain has it.</summary>
    private static string? Lacking(int cp, IReadOnlyList<FontFallbackChain> chains, Dictionary<int, string?> known)
    {
        if (known.TryGetValue(cp, out var fonts)) return fonts;
        var without = chains.Where(c => c.IndexFor(cp) < 0).SelectMany(c => c.Faces).Select(f => f.DisplayName)
            .Distinct(StringComparer.Ordinal).ToList();
        return known[cp] = without.Count == 0 ? null : string.Join(", ", without);
    }

    private static Diagnostic Describe(Rune rune, string fonts, SourceLocation at)
    {
        var (ch, code) = (rune.ToString(), $"U+{rune.Value:X4}");
        var names = new OwnText(fonts);
        return new Diagnostic(FontDiagnostics.MissingGlyph, at, new LocalizedText(
            $"字符“{ch}”（{code}）在样式的字体（{names}）中都没有，PDF 无法排印；请换成别的字符（如数字 0-9）。",
            $"The character '{ch}' ({code}) is in none of the style's fonts ({names}); the PDF cannot set it. " +
            "Replace it (e.g. by the digits 0-9)."));
    }

    private static bool IsComment(string text, int lineStart) => text.AsSpan(lineStart).TrimStart(" \t").StartsWith("#");

    private static int NextLine(string text, int i)
    {
        var end = text.IndexOf('\n', i);
        return end < 0 ? text.Length : end;
    }
}
