using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Tests.Writers.Pdf;
using PuppeteerSharp;
using UglyToad.PdfPig;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>
/// The sample page printed by headless Chromium follows the page rules: no page holds only a table's note or a
/// closing line, a table's statement stays on its (landscape) page, and a table's caption does not stay behind.
/// </summary>
[Category("Slow")]
public sealed partial class HtmlPrintTests : ChromiumTestBase
{
    private List<(string Text, bool Landscape)> pages = [];

    [OneTimeSetUp]
    public async Task Print()
    {
        var path = HtmlSample.SaveToFile(HtmlSample.Html, "hongshan-jkj-2024.html");
        await using var page = await LoadAsync(path);
        var pdf = await page.PdfDataAsync(new PdfOptions { PreferCSSPageSize = true, PrintBackground = true }).WaitAsync(Chromium.Timeout);
        Keep("print-rules.pdf", pdf);
        using var document = PdfDocument.Open(pdf);
        pages = document.GetPages().Select(p => (Footer().Replace(PdfReadBack.Squash(p.Text), ""), p.Width > p.Height)).ToList();
    }

    [Test]
    public void No_printed_page_holds_only_a_note_or_a_closing_line()
    {
        var lonely = pages.Select((p, i) => (p.Text, Number: i + 1))
            .Where(p => p.Text.Length > 0 && Regex.IsMatch(p.Text, @"^((注：|\d\.)[^。]*。|咨询电话：[\d-]+)+$")).ToList();
        Assert.That(lonely, Is.Empty);
    }

    [Test]
    public void A_table_statement_stays_on_its_landscape_page()
    {
        var statement = pages.Single(p => p.Text.Contains("本部门2024年度无政府性基金预算财政拨款收入支出", StringComparison.Ordinal));
        Assert.That(statement.Text, Does.Contain("公开07表"));
        Assert.That(statement.Landscape, Is.True);
    }

    [Test]
    public void A_table_caption_does_not_stay_behind_at_a_page_bottom()
    {
        // The body starts with 第一部分 on a page of its own (the contents before it end with the forms' headings).
        var body = pages.FindIndex(p => p.Text.StartsWith("第一部分", StringComparison.Ordinal));
        Assert.That(body, Is.GreaterThan(0));
        var behind = pages.Select((p, i) => (p.Text, Number: i + 1)).Skip(body).Where(p => Regex.IsMatch(p.Text, "(公开0\\d表|自评表)$")).ToList();
        Assert.That(behind, Is.Empty);
    }

    [GeneratedRegex(@"—\d+—")]
    private static partial Regex Footer();
}
