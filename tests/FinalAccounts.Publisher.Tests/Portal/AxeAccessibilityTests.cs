using System.Text.Json;
using FinalAccounts.Cli;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;
using FinalAccounts.Publisher.Tests.Writers.Html;
using PuppeteerSharp;

namespace FinalAccounts.Publisher.Tests.Portal;

/// <summary>
/// The sample's web edition, the year's index and the office's status page (in Chinese, and in English from a build
/// with <c>--lang en</c>) under axe-core in headless Chromium (issue 16.6): no violation of WCAG 2.1 A and AA, nor of
/// axe's best practices. The own assertions of <see cref="HtmlAccessibilityTests"/> and
/// <see cref="PortalBrowserTests"/> stay beside it.
/// </summary>
[Category("Slow")]
public sealed class AxeAccessibilityTests : ChromiumTestBase
{
    private const string Run = """
        axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })
          .then(r => r.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — ' +
            v.nodes.slice(0, 3).map(n => n.target.join(' ') + ' ' + n.failureSummary.replace(/\s+/g, ' ')).join(' | ')))
        """;

    private string root = "";

    private string Year => Path.Combine(root, "output", SampleData.Year);

    private string EnglishYear => Path.Combine(root, "output-en", SampleData.Year);

    [OneTimeSetUp]
    public void Build()
    {
        using var copy = SampleData.Copy();
        root = Path.Combine(Path.GetTempPath(), "finacc-axe-" + Guid.NewGuid().ToString("N"));
        var (code, text, _) = Finacc.Run("build", copy.YearFolder, "--out", Path.Combine(root, "output"), "--templates",
            SampleDisclosure.TemplatesRoot, "--formats", "html", "--no-progress");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), text);
        (code, text, _) = Finacc.Run("build", copy.YearFolder, "--out", Path.Combine(root, "output-en"), "--templates",
            SampleDisclosure.TemplatesRoot, "--formats", "md", "--no-progress", "--lang", "en");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), text);
    }

    [OneTimeTearDown]
    public void Delete()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    [TestCase("hongshan-jkj/hongshan-jkj-2024.html")]
    [TestCase("index.html")]
    [TestCase("status.html")]
    [TestCase("status.html", true)]
    public async Task The_page_has_no_accessibility_violation_axe_finds(string page, bool english = false)
    {
        var axe = AxeCore.RequireOrIgnore();
        await using var loaded = await LoadAsync(Path.Combine(english ? EnglishYear : Year, page));
        await loaded.AddScriptTagAsync(new AddTagOptions { Path = axe }).WaitAsync(Chromium.Timeout);
        var violations = await loaded.EvaluateExpressionAsync<string[]>(Run).WaitAsync(Chromium.Timeout);
        Assert.That(violations, Is.Empty, string.Join('\n', violations));
    }

    [Test]
    public async Task The_status_table_sorts_from_the_keyboard_and_says_how_it_is_sorted()
    {
        await using var page = await LoadAsync(Path.Combine(Year, "status.html"));
        var headers = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#status th').length");
        Assert.That(await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#status th[scope=col] > button').length"),
            Is.EqualTo(headers).And.GreaterThan(4), "every column header is a button");
        await page.FocusAsync("#status th:nth-child(4) button");
        await page.Keyboard.PressAsync("Enter");
        Assert.That(await page.EvaluateExpressionAsync<string>("document.querySelector('#status th:nth-child(4)').getAttribute('aria-sort')"),
            Is.EqualTo("ascending"));
        await page.Keyboard.PressAsync("Enter");
        Assert.That(await page.EvaluateExpressionAsync<string[]>(
            "[...document.querySelectorAll('#status th')].map(th => th.getAttribute('aria-sort')).filter(x => x)"), Is.EqualTo(new[] { "descending" }));
    }
}
