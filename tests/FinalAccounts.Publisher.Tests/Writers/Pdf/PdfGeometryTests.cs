using FinalAccounts.Publisher.Writers.Pdf;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf;

public sealed class PdfGeometryTests
{
    private const double Tolerance = 0.5;

    [TestCase("fixture")]
    [TestCase("department", Category = "Slow")]
    public void Layout_draws_no_text_outside_the_text_block_and_no_two_runs_overlap(string which)
    {
        foreach (var (page, index) in PdfSample.Get(which).Layout!.Pages.Select((p, i) => (p, i)))
        {
            var g = page.Geometry;
            var body = new List<TextOp>();
            foreach (var op in page.Ops)
            {
                if (op is not TextOp t) continue;
                if (t.Top >= g.TextBottom - Tolerance)
                {
                    // The page number sits below the text block, inside the paper.
                    Assert.That(t.Bottom, Is.LessThan(g.Height - 20), $"page {index + 1}: '{t.Text}'");
                    continue;
                }

                Assert.That(t.X, Is.GreaterThanOrEqualTo(g.Left - Tolerance), $"page {index + 1}: '{t.Text}' left");
                Assert.That(t.X + t.Width, Is.LessThanOrEqualTo(g.Left + g.TextWidth + Tolerance), $"page {index + 1}: '{t.Text}' right");
                Assert.That(t.Top, Is.GreaterThanOrEqualTo(g.Top - Tolerance), $"page {index + 1}: '{t.Text}' top");
                Assert.That(t.Bottom, Is.LessThanOrEqualTo(g.TextBottom + Tolerance), $"page {index + 1}: '{t.Text}' bottom");
                body.Add(t);
            }

            for (var i = 0; i < body.Count; i++)
            for (var j = i + 1; j < body.Count; j++)
            {
                var (a, b) = (body[i], body[j]);
                var overlap = Math.Min(a.X + a.Width, b.X + b.Width) - Math.Max(a.X, b.X) > 0.01
                              && Math.Min(a.Bottom, b.Bottom) - Math.Max(a.Top, b.Top) > 0.01;
                Assert.That(overlap, Is.False, $"page {index + 1}: '{a.Text}' overlaps '{b.Text}'");
            }
        }
    }

    [TestCase("fixture")]
    [TestCase("department", Category = "Slow")]
    public void Pdf_letters_stay_in_the_text_block_and_do_not_overlap(string which)
    {
        var layout = PdfSample.Get(which).Layout!;
        var pages = PdfReadBack.Pages(PdfSample.Get(which).Pdf);
        for (var p = 0; p < pages.Count; p++)
        {
            var g = layout.Pages[p].Geometry;
            Assert.That(pages[p].Width, Is.EqualTo(g.Width).Within(0.01));
            var boxes = new List<(double X0, double X1, double Y0, double Y1, string C)>();
            foreach (var l in pages[p].Letters.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
            {
                // PdfPig measures from the bottom; the layout from the top.
                var baseline = pages[p].Height - l.StartBaseLine.Y;
                var size = l.PointSize;
                var box = (l.StartBaseLine.X, l.EndBaseLine.X, baseline - 0.88 * size, baseline + 0.12 * size, l.Value);
                if (box.Item3 >= g.TextBottom - Tolerance) continue; // the page number
                Assert.That(box.Item1, Is.GreaterThanOrEqualTo(g.Left - Tolerance), $"page {p + 1} '{l.Value}'");
                Assert.That(box.Item2, Is.LessThanOrEqualTo(g.Width - g.Right + Tolerance), $"page {p + 1} '{l.Value}'");
                Assert.That(box.Item3, Is.GreaterThanOrEqualTo(g.Top - Tolerance), $"page {p + 1} '{l.Value}'");
                Assert.That(box.Item4, Is.LessThanOrEqualTo(g.TextBottom + Tolerance), $"page {p + 1} '{l.Value}'");
                boxes.Add(box);
            }

            boxes.Sort((a, b) => a.X0.CompareTo(b.X0));
            for (var i = 0; i < boxes.Count; i++)
            for (var j = i + 1; j < boxes.Count && boxes[j].X0 < boxes[i].X1 - 0.2; j++)
            {
                var vertical = Math.Min(boxes[i].Y1, boxes[j].Y1) - Math.Max(boxes[i].Y0, boxes[j].Y0);
                Assert.That(vertical, Is.LessThanOrEqualTo(0.2), $"page {p + 1}: '{boxes[i].C}' overlaps '{boxes[j].C}'");
            }
        }
    }
}
