using PuppeteerSharp;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>
/// A headless Debian Chromium driven over a pipe (PuppeteerSharp never downloads a browser here): a fresh profile
/// folder, no network services, a launch timeout, and a close that kills the process if the browser does not answer.
/// Tests ignore themselves when Chromium is missing, unless CI=true (then they fail).
/// </summary>
internal sealed class Chromium : IAsyncDisposable
{
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(60);

    private readonly string profile;

    private Chromium(IBrowser browser, string profile)
    {
        Browser = browser;
        this.profile = profile;
    }

    public IBrowser Browser { get; }

    /// <summary>The Chromium executable: $CHROMIUM, else Debian's, else null.</summary>
    public static string? Find()
    {
        var candidates = new[] { Environment.GetEnvironmentVariable("CHROMIUM"), "/usr/bin/chromium", "/usr/lib/chromium/chromium", "/usr/bin/chromium-browser" };
        return candidates.FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
    }

    /// <summary>Returns Chromium's path, or ignores the test (fails it on CI) when it is not installed.</summary>
    public static string RequireOrIgnore() => Support.ExternalTool.Require(Find(), "Chromium", "chromium",
        "Set the CHROMIUM environment variable to the path of chrome.exe to run the browser tests.");

    public static async Task<Chromium> LaunchAsync(string executable)
    {
        var profile = Path.Combine(Path.GetTempPath(), "finacc-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var options = new LaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Pipe = true,
            UserDataDir = profile,
            Timeout = (int)Timeout.TotalMilliseconds,
            ProtocolTimeout = (int)Timeout.TotalMilliseconds,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--no-default-browser-check", "--disable-dev-shm-usage",
                "--font-render-hinting=none",
            ],
        };
        try
        {
            var browser = await Puppeteer.LaunchAsync(options).WaitAsync(Timeout);
            return new Chromium(browser, profile);
        }
        catch
        {
            TryDelete(profile);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Browser.CloseAsync().WaitAsync(TimeSpan.FromSeconds(15));
        }
        catch (Exception e) when (e is TimeoutException or PuppeteerException or ObjectDisposedException or InvalidOperationException)
        {
            // The browser did not close in time: end its process (only ours).
        }
        finally
        {
            try
            {
                if (Browser.Process is { HasExited: false } process) process.Kill(entireProcessTree: true);
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }

            Browser.Dispose();
            TryDelete(profile);
        }
    }

    private static void TryDelete(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
