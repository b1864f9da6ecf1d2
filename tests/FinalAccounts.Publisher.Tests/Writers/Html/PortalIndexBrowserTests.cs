using PuppeteerSharp;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>The portal index in headless Chromium: loads cleanly, shows names, sizes and checksums, prints.</summary>
public sealed class PortalIndexBrowserTests : ChromiumTestBase
{
    [Test]
    public async Task Index_loads_without_console_errors_and_shows_names_sizes_and_checksums()
    {
        var path = HtmlSample.SaveToFile(PortalIndexWriterTests.Write(PortalIndexWriterTests.SampleEntries()), "index.html");
        await using var page = await NewPageAsync();
        var problems = new List<string>();
        page.Console += (_, e) => problems.Add($"console {e.Message.Type}: {e.Message.Text}");
        page.PageError += (_, e) => problems.Add("page error: " + e.Message);
        await page.GoToAsync(FileUrl(path), new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] }).WaitAsync(Chromium.Timeout);
        var text = await page.EvaluateExpressionAsync<string>("document.body.innerText");
        var screenshot = await page.ScreenshotDataAsync(new ScreenshotOptions { Type = ScreenshotType.Png }).WaitAsync(Chromium.Timeout);
        Keep("portal-index.png", screenshot);
        Keep("portal-index.pdf", await page.PdfDataAsync(new PdfOptions { PreferCSSPageSize = true, PrintBackground = true }).WaitAsync(Chromium.Timeout));
        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty);
            Assert.That(text, Does.Contain("武汉市洪山区经济信息化和科技创新局").And.Contain("172.8 KB").And.Contain("hongshan-jkj-2024.pdf"));
            Assert.That(text, Does.Contain("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"), "the checksum is shown whole");
            Assert.That(InkShare(screenshot), Is.GreaterThan(0.01));
        });
    }
}
