using PuppeteerSharp;
using SkiaSharp;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>
/// Tests in headless Chromium: one browser per fixture (launched with a timeout, always closed), pages loaded from file
/// URLs, helpers to measure screenshots and to keep artefacts in the work folder (html-shots/) for a human to look at.
/// </summary>
[NonParallelizable]
[Category("Slow")]
public abstract class ChromiumTestBase
{
    private Chromium? chromium;

    [OneTimeSetUp]
    public async Task Launch() => chromium = await Chromium.LaunchAsync(Chromium.RequireOrIgnore());

    [OneTimeTearDown]
    public async Task Close()
    {
        if (chromium is not null) await chromium.DisposeAsync();
    }

    protected async Task<IPage> NewPageAsync(int width = 1280, int height = 900)
    {
        var page = await (chromium ?? throw new InvalidOperationException("Chromium did not start")).Browser.NewPageAsync().WaitAsync(Chromium.Timeout);
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height });
        return page;
    }

    protected async Task<IPage> LoadAsync(string path, int width = 1280, int height = 900)
    {
        var page = await NewPageAsync(width, height);
        await page.GoToAsync(FileUrl(path), new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] }).WaitAsync(Chromium.Timeout);
        return page;
    }

    internal static string FileUrl(string path) => new Uri(path).AbsoluteUri;

    /// <summary>The share of dark pixels (text, rules): the page's grey surround and pale fills do not count.</summary>
    internal static double InkShare(byte[] png)
    {
        using var bitmap = SKBitmap.Decode(png) ?? throw new AssertionException("the screenshot is not a PNG");
        var ink = 0L;
        for (var y = 0; y < bitmap.Height; y++)
        for (var x = 0; x < bitmap.Width; x++)
        {
            var c = bitmap.GetPixel(x, y);
            if (c.Red + c.Green + c.Blue < 3 * 160) ink++;
        }

        return (double)ink / ((long)bitmap.Width * bitmap.Height);
    }

    /// <summary>Keeps an artefact in the work folder and attaches it to the test result.</summary>
    internal static void Keep(string name, byte[] bytes)
    {
        var dir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "html-shots");
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllBytes(path, bytes);
        TestContext.AddTestAttachment(path);
    }
}
