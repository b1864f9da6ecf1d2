using PuppeteerSharp;
using FinalAccounts.Publisher.Document;
using UglyToad.PdfPig;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>
/// The sample page in headless Chromium: it loads from a file URL without console errors or requests, its rendered text
/// holds the key figures, screenshots are not blank, and it prints to A4 with landscape pages for wide tables.
/// Screenshots and the PDF are kept in the test work folder (html-shots/) for a human to look at.
/// </summary>
public sealed class HtmlBrowserTests : ChromiumTestBase
{
    private string samplePath = "";

    [OneTimeSetUp]
    public void SavePage() => samplePath = HtmlSample.SaveToFile(HtmlSample.Html, "hongshan-jkj-2024.html");

    [Test]
    public async Task Sample_page_loads_without_console_errors_or_any_request_besides_itself()
    {
        await using var page = await NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, e) =>
        {
            if (e.Message.Type is ConsoleType.Error or ConsoleType.Warning) problems.Add($"console {e.Message.Type}: {e.Message.Text}");
        };
        page.PageError += (_, e) => problems.Add("page error: " + e.Message);
        page.RequestFailed += (_, e) => problems.Add("request failed: " + e.Request.Url);
        page.Request += (_, e) =>
        {
            if (e.Request.Url != FileUrl(samplePath)) problems.Add("request: " + e.Request.Url);
        };
        var response = await page.GoToAsync(FileUrl(samplePath), new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] }).WaitAsync(Chromium.Timeout);
        Assert.That(response?.Ok, Is.True, "the page did not load");
        Assert.That(problems, Is.Empty);
        Assert.That(await page.EvaluateExpressionAsync<int>("document.scripts.length"), Is.Zero);
    }

    [Test]
    public async Task Rendered_text_holds_the_key_figures_and_the_part_headings()
    {
        await using var page = await LoadAsync(samplePath);
        var text = await page.EvaluateExpressionAsync<string>("document.body.innerText");
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain("26,864.63"), "table figure");
            Assert.That(text, Does.Contain("26864.63万元"), "prose figure");
            Assert.That(text, Does.Contain("3,489.00"));
            Assert.That(text, Does.Contain("公开01表"));
            Assert.That(text, Does.Contain("图1："));
            foreach (var part in new[] { "第一部分", "第二部分", "第三部分", "第四部分", "第五部分", "第六部分" })
                Assert.That(text.Split('\n').Count(l => l.StartsWith(part, StringComparison.Ordinal)), Is.GreaterThanOrEqualTo(2), part + " in the TOC and as a heading");
        });
    }

    [Test]
    public async Task Screenshots_of_the_cover_and_a_table_are_not_blank()
    {
        await using var page = await LoadAsync(samplePath);
        var cover = await page.ScreenshotDataAsync(new ScreenshotOptions { Type = ScreenshotType.Png }).WaitAsync(Chromium.Timeout);
        var tableBlock = await page.QuerySelectorAsync("#table-01") ?? throw new AssertionException("#table-01 not found");
        var table = await tableBlock.ScreenshotDataAsync(new ElementScreenshotOptions { Type = ScreenshotType.Png }).WaitAsync(Chromium.Timeout);
        Keep("screen-cover.png", cover);
        Keep("screen-table-01.png", table);
        Assert.Multiple(() =>
        {
            Assert.That(InkShare(cover), Is.GreaterThan(0.01), "the cover screenshot is (nearly) blank");
            Assert.That(InkShare(table), Is.GreaterThan(0.05), "the table screenshot is (nearly) blank");
        });
    }

    [Test]
    public async Task On_a_phone_the_page_does_not_scroll_sideways_and_wide_tables_scroll_in_their_region()
    {
        await using var page = await LoadAsync(samplePath, 390, 844);
        var pageWidth = await page.EvaluateExpressionAsync<int>("document.documentElement.scrollWidth");
        var regions = await page.EvaluateExpressionAsync<int>("[...document.querySelectorAll('.table-scroll')].filter(r => r.scrollWidth > r.clientWidth).length");
        await page.EvaluateExpressionAsync("document.getElementById('table-02').scrollIntoView()");
        Keep("phone-table-02.png", await page.ScreenshotDataAsync(new ScreenshotOptions { Type = ScreenshotType.Png }).WaitAsync(Chromium.Timeout));
        Assert.That(pageWidth, Is.LessThanOrEqualTo(390));
        Assert.That(regions, Is.GreaterThan(0), "wide tables are wider than the phone and scroll inside their region");
    }

    [Test]
    public async Task Printing_gives_A4_pages_with_wide_tables_landscape_and_page_numbers()
    {
        await using var page = await LoadAsync(samplePath);
        var pdf = await page.PdfDataAsync(new PdfOptions { PreferCSSPageSize = true, PrintBackground = true, Tagged = true }).WaitAsync(Chromium.Timeout);
        Keep("print.pdf", pdf);
        using var document = PdfDocument.Open(pdf);
        var pages = document.GetPages().ToList();
        var text = string.Concat(pages.Select(p => p.Text));
        Assert.Multiple(() =>
        {
            Assert.That(pages, Has.Count.GreaterThan(20));
            Assert.That(pages[0].Width, Is.EqualTo(595).Within(2), "A4 portrait width");
            Assert.That(pages[0].Height, Is.EqualTo(842).Within(2), "A4 portrait height");
            Assert.That(pages.Count(p => p.Width > p.Height), Is.GreaterThan(0), "wide tables on landscape pages");
            Assert.That(text, Does.Contain("26,864.63"));
            Assert.That(pages[1].Text, Does.Contain("— 2 —"), "page number at the foot of page 2");
            Assert.That(pages[0].Text, Does.Not.Contain("— 1 —"), "no page number on the cover");
            var tablesWithColumnNumbers = HtmlSample.Document().Blocks.OfType<Table>().Count(t => t.Header.Any(r => r.Kind == TableRowKind.ColumnNumbers && r.Cells.Any(c => c.Text == "栏次")));
            Assert.That(pages.Count(p => p.Text.Contains("栏次")), Is.GreaterThan(tablesWithColumnNumbers), "header rows repeat on the pages a table continues on");
        });
    }
}
