using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Docx;

namespace FinalAccounts.Publisher.Tests.Writers.Docx;

public sealed class DocxTableLayoutTests
{
    private static readonly DocumentStyle Style = DocumentStyle.Default;
    private static readonly DocxPageGeometry Portrait = DocxPageGeometry.From(Style.Page, false);
    private static readonly DocxPageGeometry Landscape = DocxPageGeometry.From(Style.Page, true);

    [Test]
    public void Page_geometry_follows_the_GB_T_9704_margins()
    {
        Assert.That(Portrait.TextWidth, Is.EqualTo(8844).Within(2), "156 mm");
        Assert.That(Portrait.TextHeight, Is.EqualTo(12756).Within(2), "225 mm");
        Assert.That(Landscape.PageWidth, Is.EqualTo(Portrait.PageHeight));
        Assert.That(Landscape.TextWidth, Is.EqualTo(13776).Within(2), "243 mm");
    }

    [Test]
    public void Columns_fill_the_text_width_in_proportion_to_their_weights()
    {
        var layout = Compute(Table([3, 1], ["甲", "乙"]));
        Assert.That(layout.Landscape, Is.False);
        Assert.That(layout.TotalWidth, Is.EqualTo(Portrait.TextWidth));
        Assert.That(layout.Widths[0], Is.EqualTo(3 * layout.Widths[1]).Within(2));
    }

    [Test]
    public void A_number_column_is_never_narrower_than_its_longest_number()
    {
        var layout = Compute(Table([20, 1], ["科目", "126,864,123.63"]));
        var numberTwips = "126,864,123.63".Length * 0.6 * 10.5 * 20;
        Assert.That(layout.Widths[1], Is.GreaterThan(numberTwips));
    }

    [Test]
    public void A_table_too_wide_for_portrait_goes_landscape_even_unmarked()
    {
        var weights = Enumerable.Repeat(1.0, 9).ToArray();
        var layout = Compute(Table(weights, Enumerable.Repeat("12,345.67", 9).ToArray()));
        Assert.That(layout.Landscape, Is.True);
        Assert.That(layout.Overflows, Is.False);
        Assert.That(layout.TotalWidth, Is.EqualTo(Landscape.TextWidth));
    }

    [Test]
    public void A_table_too_wide_for_landscape_overflows_and_is_squeezed_to_the_page()
    {
        var weights = Enumerable.Repeat(1.0, 30).ToArray();
        var layout = Compute(Table(weights, Enumerable.Repeat("12,345.67", 30).ToArray()));
        Assert.That(layout.Overflows, Is.True);
        Assert.That(layout.TotalWidth, Is.EqualTo(Landscape.TextWidth));
    }

    private static Table Table(double[] weights, string[] cells) => new("t", "表", [],
        weights.Select(w => new TableColumn(CellAlign.Left, w)).ToList(), [],
        [new TableRow(cells.Select(c => new TableCell(c)).ToList())], [], false, SourceLocation.None);

    private static DocxTableLayout Compute(Table table) =>
        DocxTableLayout.Compute(table, TableGrid.Build(table.Body, table.Columns.Count), Style, Portrait, Landscape);
}
