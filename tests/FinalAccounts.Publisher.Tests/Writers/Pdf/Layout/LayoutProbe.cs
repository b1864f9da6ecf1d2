using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Fixtures;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Pdf;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf.Layout;

/// <summary>
/// A tiny layout DSL for element tests: lay out a few blocks (<see cref="TestBlocks"/>) as the PDF writer does (default
/// style, system fonts), and look at each page: its text lines, the numbered body rows (第N行) on it, its rules.
/// </summary>
internal static partial class LayoutProbe
{
    public static LayoutResult Run(params Block[] blocks) => Run(DocumentStyle.Default, blocks);

    /// <summary>Lays out blocks of a document whose proper names (never broken) are <paramref name="names"/>.</summary>
    public static LayoutResult RunNamed(IReadOnlyList<string> names, params Block[] blocks) => Run(DocumentStyle.Default, blocks, names);

    public static LayoutResult Run(DocumentStyle style, IEnumerable<Block> blocks, IReadOnlyList<string>? names = null)
    {
        var bag = new DiagnosticBag();
        var document = TestBlocks.Document([.. blocks]);
        document = document with { Info = document.Info with { Names = names } };
        var layout = PdfSample.Writer.Layout.Run(document, new WriterContext(style, null, bag), CancellationToken.None)!;
        Assert.That(bag.Items.Where(d => d.Severity != Severity.Info).Select(d => d.Message.En), Is.Empty, "layout problems");
        return layout;
    }

    /// <summary>The text drawn on a page as content, in drawing order, without artifacts (repeated headers and labels, the page number).</summary>
    public static string ContentText(LayoutPage page)
    {
        var text = new System.Text.StringBuilder();
        var artifact = 0;
        foreach (var op in page.Ops)
        {
            if (op is ArtifactOp a) artifact += a.Begin ? 1 : -1;
            else if (op is TextOp t && artifact == 0) text.Append(t.Text);
        }

        return text.ToString();
    }

    /// <summary>The numbers N of the body rows 第N行 on a page, in order.</summary>
    public static List<int> RowNumbers(LayoutPage page) =>
        page.Lines.Select(l => RowLabel().Match(l)).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();

    /// <summary>The pages that show any of the body rows, and the rows on each.</summary>
    public static List<List<int>> RowsByPage(LayoutResult layout) => layout.Pages.Select(RowNumbers).Where(r => r.Count > 0).ToList();

    /// <summary>How many rows of a table with <paramref name="make"/>(n) rows fit on its first page (laid out with 200).</summary>
    public static int RowsOnFirstPage(Func<int, Table> make, params Block[] before) =>
        RowsByPage(Run([.. before, make(200)]))[0].Count;

    [GeneratedRegex(@"^第(\d+)行$")]
    private static partial Regex RowLabel();
}
