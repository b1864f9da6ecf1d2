using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Tests.Writers.Charts;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>
/// The sample page, charts drawn, at a phone's width (390 px) in Chromium: every table wider than the screen scrolls in
/// its own region with its first column readable (tables 01 and 05 were squeezed to 2–4 characters a line while 02
/// scrolled), and chart text reads at about 12 px in near-black (it was about 7 px). Issue 12, points 10 and 11.
/// </summary>
[Category("Slow")]
public sealed class HtmlPhoneTests : ChromiumTestBase
{
    private const int Phone = 390;
    private string path = "";

    [OneTimeSetUp]
    public void SavePage()
    {
        var html = HtmlSample.Write(HtmlSample.Document(), ChartSample.Renderer(), new DiagnosticBag());
        path = HtmlSample.SaveToFile(html, "phone.html");
    }

    [Test]
    public async Task Every_table_wider_than_a_phone_scrolls_in_its_region_and_keeps_its_first_column_readable()
    {
        await using var page = await LoadAsync(path, Phone, 844);
        var pageWidth = await page.EvaluateExpressionAsync<int>("document.documentElement.scrollWidth");
        Assert.That(pageWidth, Is.LessThanOrEqualTo(Phone), "the page itself does not scroll sideways");
        var tables = await page.EvaluateExpressionAsync<TableOnPhone[]>("""
            [...document.querySelectorAll('.table-scroll')].map(region => {
              const table = region.querySelector('table');
              const left = table.getBoundingClientRect().left;
              let fewest = 1e9, sample = '';
              for (const row of table.tBodies[0].rows) {
                const cell = row.cells[0];
                const text = cell ? cell.textContent.trim() : '';
                if (!text || Math.abs(cell.getBoundingClientRect().left - left) > 2) continue;
                const range = document.createRange();
                range.selectNodeContents(cell);
                const lineHeight = parseFloat(getComputedStyle(cell).lineHeight);
                const lines = Math.max(1, Math.round(range.getBoundingClientRect().height / lineHeight));
                const perLine = Math.min(text.length, 6) === text.length ? 99 : text.length / lines;
                if (perLine < fewest) { fewest = perLine; sample = text; }
              }
              return { id: table.id, scrolls: region.scrollWidth > region.clientWidth,
                       wider: table.offsetWidth > region.clientWidth, charactersPerLine: fewest, sample };
            })
            """);
        Assert.That(tables, Has.Length.GreaterThan(10));
        Assert.Multiple(() =>
        {
            foreach (var t in tables)
            {
                Assert.That(t.Scrolls, Is.EqualTo(t.Wider), t.Id + ": a table wider than the screen scrolls in its region");
                Assert.That(t.CharactersPerLine, Is.GreaterThanOrEqualTo(6), $"{t.Id}: first column '{t.Sample}'");
            }
        });
        Assert.That(tables.Where(t => t.Id is "table-01" or "table-05").Select(t => t.Scrolls), Is.All.True);
    }

    [Test]
    public async Task Chart_text_on_a_phone_is_about_12_px_and_near_black()
    {
        await using var page = await LoadAsync(path, Phone, 844);
        var texts = await page.EvaluateExpressionAsync<ChartText[]>("""
            [...document.querySelectorAll('.chart-image svg text')].map(t => {
              const style = getComputedStyle(t);
              const [r, g, b] = style.fill.match(/\d+/g).map(Number);
              return { text: t.textContent, px: parseFloat(style.fontSize) * t.getScreenCTM().a,
                       luminance: (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255 };
            })
            """);
        Assert.That(texts, Has.Length.GreaterThan(20));
        var small = texts.Where(t => t.Px < 10.8).Select(t => $"{t.Text} {t.Px:0.0}px");
        Assert.That(texts.Min(t => t.Px), Is.GreaterThanOrEqualTo(10.8), string.Join(", ", small));
        Assert.That(texts.Average(t => t.Px), Is.EqualTo(12).Within(1.5));
        Assert.That(texts.Max(t => t.Luminance), Is.LessThan(0.2), "black or dark grey");
    }

    internal sealed record TableOnPhone(string Id, bool Scrolls, bool Wider, double CharactersPerLine, string Sample);

    internal sealed record ChartText(string Text, double Px, double Luminance);
}
