using PuppeteerSharp;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>
/// Not a check: screenshots of chosen places of the sample page for a human to look at after changing the CSS.
/// Run with <c>dotnet test --filter HtmlReviewShots</c>; <c>SHOT_IDS=sec-14,table-09</c> picks element ids;
/// the PNGs and the page land in the test work folder under html-shots/review/.
/// </summary>
[Explicit("screenshots for review")]
public sealed class HtmlReviewShots : ChromiumTestBase
{
    [Test]
    public async Task Save_screenshots_of_chosen_places()
    {
        var dir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "html-shots", "review");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "hongshan-jkj-2024.html");
        await File.WriteAllTextAsync(path, HtmlSample.Html);
        var ids = (Environment.GetEnvironmentVariable("SHOT_IDS") ?? "toc,table-01,sec-14,form-overall").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var id in ids)
        {
            await using var page = await LoadAsync(path, 1280, 1400);
            await page.EvaluateFunctionAsync("id => document.getElementById(id)?.scrollIntoView()", id);
            var png = await page.ScreenshotDataAsync(new ScreenshotOptions { Type = ScreenshotType.Png }).WaitAsync(Chromium.Timeout);
            await File.WriteAllBytesAsync(Path.Combine(dir, id + ".png"), png);
        }

        TestContext.Out.WriteLine("Screenshots in " + dir);
    }
}
