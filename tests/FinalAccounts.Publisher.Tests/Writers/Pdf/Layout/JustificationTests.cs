using FinalAccounts.Publisher.Writers.Pdf;
using static FinalAccounts.Publisher.Tests.Fixtures.TestBlocks;
using static FinalAccounts.Publisher.Tests.Writers.Pdf.Layout.LayoutProbe;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf.Layout;

/// <summary>Justified lines do not spread their characters apart: a line that cannot be filled stays ragged.</summary>
public sealed class JustificationTests
{
    [Test]
    public void A_line_before_a_long_number_stays_ragged_instead_of_spreading_its_characters()
    {
        var layout = Run(Heading("说明"), Para("本年度收、支总计均为1234567890123456789012345678.63万元，与上年相比减少8684.98万元，降低24.4%，主要原因是资金减少。"));
        var runs = layout.Pages[0].Ops.OfType<TextOp>().Where(t => t.CharSpacing > 0).ToList();
        Assert.That(runs.Max(t => t.CharSpacing / t.Font.Size), Is.LessThanOrEqualTo(TextSetter.MaxStretch + 1e-9));
        var first = layout.Pages[0].Ops.OfType<TextOp>().Where(t => t.Text.Contains("本年度", StringComparison.Ordinal)).Single();
        var line = layout.Pages[0].Ops.OfType<TextOp>().Where(t => Math.Abs(t.Top - first.Top) < 0.1).ToList();
        Assert.That(line.Max(t => t.X + t.Width), Is.LessThan(layout.Pages[0].Geometry.Left + layout.Pages[0].Geometry.TextWidth - 20),
            "the first line ends short of the right edge");
    }

    [TestCase("fixture")]
    [TestCase("department", Category = "Slow")]
    public void No_justified_line_spreads_its_characters_more_than_a_tenth_of_an_em(string which)
    {
        var runs = PdfSample.Get(which).Layout!.Pages.SelectMany(p => p.Ops.OfType<TextOp>()).Where(t => t.CharSpacing > 0).ToList();
        Assert.That(runs, Is.Not.Empty);
        Assert.That(runs.Max(t => t.CharSpacing / t.Font.Size), Is.LessThanOrEqualTo(0.1 + 1e-9));
    }
}
