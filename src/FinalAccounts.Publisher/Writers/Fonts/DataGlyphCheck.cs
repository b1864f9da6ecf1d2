using System.Text;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Input.Workbooks;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>
/// Finds the characters of a department's data text that the style's fonts cannot set, so that <c>check</c> and
/// <c>build</c> stop at the data before anything is composed or written, instead of the PDF layout failing later at a
/// template. CSV and Markdown files are scanned as written (a CSV place is its line and field number); a YAML file by
/// its parsed values, so an escape ("\u0661") counts and comments do not (<see cref="YamlGlyphScan"/>); a workbook of
/// the tables by the cells its reader takes, at sheet!cell. A character must be in the fallback chain of every text
/// role the style names, since a template may place any value in any role. Nothing is checked when no role's fonts are
/// found: that is FA6001, reported by the build that needs them.
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
        string? Lacking(int cp) => LackingFonts(cp, chains, missing);
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

            var finds = new GlyphFinds(Lacking, bag);
            var display = folder.Display(relative);
            var csv = relative.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);
            if (relative.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)) YamlGlyphScan.Scan(text, display, finds);
            else ScanText(text, display, csv, finds);
            finds.Close();
        }

        ScanWorkbook(folder, Lacking, bag, cancellationToken);
    }

    /// <summary>A text file as written: each character at its line and column (a CSV file's field number).</summary>
    private static void ScanText(string text, string display, bool csv, GlyphFinds finds)
    {
        var (line, lineStart) = (1, 0);
        for (var i = 0; i < text.Length;)
        {
            if (text[i] == '\n')
            {
                (line, lineStart) = (line + 1, i + 1);
                i++;
                continue;
            }

            var rune = Rune.GetRuneAt(text, i);
            if (finds.Lacks(rune) is { } fonts)
            {
                var before = text.AsSpan(lineStart, i - lineStart);
                var column = csv ? UnsafeCharacters.FieldNumber(before, '"', ',') : i - lineStart + 1;
                finds.Add(rune, fonts, new SourceLocation(display, line, column));
            }

            i += rune.Utf16SequenceLength;
        }
    }

    /// <summary>The workbook of the tables (if the folder has one): every cell its reader takes, at sheet!cell.</summary>
    private static void ScanWorkbook(DataFolder folder, Func<int, string?> lacking, DiagnosticBag bag,
        CancellationToken cancellationToken)
    {
        if (WorkbookTableSource.In(folder, cancellationToken) is not { } workbook) return;
        var finds = new GlyphFinds(lacking, bag);
        var unreported = new DiagnosticBag(); // the loader has reported the workbook's own problems
        foreach (var table in PublicTables.All)
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var cell in workbook.Read(table, unreported)?.Rows.SelectMany(r => r.Cells) ?? [])
            {
                foreach (var rune in cell.Text.EnumerateRunes())
                {
                    if (finds.Lacks(rune) is { } fonts) finds.Add(rune, fonts, cell.Location);
                }
            }
        }

        finds.Close();
    }

    /// <summary>The fonts (display names) of the roles whose chain lacks the character, or null when every chain has it.</summary>
    private static string? LackingFonts(int cp, IReadOnlyList<FontFallbackChain> chains, Dictionary<int, string?> known)
    {
        if (known.TryGetValue(cp, out var fonts)) return fonts;
        var without = chains.Where(c => c.IndexFor(cp) < 0).SelectMany(c => c.Faces).Select(f => f.DisplayName)
            .Distinct(StringComparer.Ordinal).ToList();
        return known[cp] = without.Count == 0 ? null : string.Join(", ", without);
    }
}
