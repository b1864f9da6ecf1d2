using FinalAccounts.Cli;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Samples;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Writers.Html;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace FinalAccounts.Publisher.Tests.Portal;

/// <summary>A built year in headless Chromium: index → department page → each download and back, the filter box, contrast, print.</summary>
[Category("Slow")]
public sealed class PortalBrowserTests : ChromiumTestBase
{
    /// <summary>WCAG 2 contrast of every element that shows text: 4.5:1, or 3:1 for large text; the offenders listed.</summary>
    private const string LowContrast = """
        (() => {
          const lum = c => { const v = c.match(/[\d.]+/g).slice(0, 3).map(x => { x = x / 255; return x <= 0.03928 ? x / 12.92 : Math.pow((x + 0.055) / 1.055, 2.4); });
            return 0.2126 * v[0] + 0.7152 * v[1] + 0.0722 * v[2]; };
          const bg = e => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor; if (!/rgba\(.*, 0\)$/.test(c) && c !== 'transparent') return c; } return 'rgb(255, 255, 255)'; };
          const bad = [];
          for (const e of document.body.querySelectorAll('*')) {
            if (![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim())) continue;
            const s = getComputedStyle(e); if (s.display === 'none' || s.visibility === 'hidden' || e.closest('svg, .sr-only, .skip-link, [hidden]')) continue;
            const [a, b] = [lum(s.color), lum(bg(e))]; const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            const large = parseFloat(s.fontSize) >= 24 || (parseFloat(s.fontSize) >= 18.66 && +s.fontWeight >= 700);
            if (ratio < (large ? 3 : 4.5)) bad.push(e.tagName + '.' + e.className + ' ' + ratio.toFixed(2));
          }
          return bad.slice(0, 20);
        })()
        """;

    private string root = "";

    private string Output => Path.Combine(root, "output", "2024");

    [OneTimeSetUp]
    public void Build()
    {
        root = Path.Combine(Path.GetTempPath(), "finacc-portal-browser-" + Guid.NewGuid().ToString("N"));
        SampleGenerator.Generate(new SampleOptions(2, 2024, Path.Combine(root, "data"), Path.Combine(SampleDisclosure.RepositoryRoot, "data", "reference"), Seed: 3),
            new DiagnosticBag());
        var (code, text, _) = Finacc.Run("build", Path.Combine(root, "data", "2024"), "--out", Path.Combine(root, "output"), "--templates",
            SampleDisclosure.TemplatesRoot, "--formats", "md,html", "--no-progress");
        Assert.That(code, Is.EqualTo(ExitCodes.Success), text);
    }

    [OneTimeTearDown]
    public void Delete()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    [Test]
    public async Task Index_to_department_page_to_each_download_and_back()
    {
        await using var page = await LoadAsync(Path.Combine(Output, "index.html"));
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("tbody[data-id=dept-001] th a"));
        Assert.That(new Uri(page.Url).LocalPath, Does.EndWith("/dept-001/dept-001-2024.html"));
        var downloads = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('.downloads a')].map(a => a.href)");
        Assert.That(downloads.Select(d => Path.GetFileName(new Uri(d).LocalPath)),
            Is.EqualTo(new[] { "dept-001-2024.md", "data.json", "dept-001-2024-tables.xlsx" }
                .Concat(Enumerable.Range(1, 9).Select(n => $"0{n}.csv")).Concat(["dept-001-2024.zip", "index.html"])));
        Assert.That(downloads.Select(d => new Uri(d).LocalPath).Where(p => !File.Exists(p)), Is.Empty, "every download is there");
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync(".downloads a[data-format=json]"));
        Assert.That(await page.EvaluateExpressionAsync<string>("document.body.innerText"), Does.Contain("\"department\": \"dept-001\""));
        await Task.WhenAll(page.WaitForNavigationAsync(), page.GoBackAsync());
        await Task.WhenAll(page.WaitForNavigationAsync(), page.ClickAsync("a.back-to-index"));
        Assert.That(new Uri(page.Url).LocalPath, Is.EqualTo(new Uri(Path.Combine(Output, "index.html")).LocalPath));
    }

    [Test]
    public async Task The_filter_box_shows_only_the_departments_whose_name_or_id_holds_the_text()
    {
        await using var page = await LoadAsync(Path.Combine(Output, "index.html"));
        Assert.That(await page.EvaluateExpressionAsync<bool>("document.getElementById('filter-box').hidden"), Is.False, "shown once its script runs");
        await page.TypeAsync("#filter", "dept-002");
        Assert.That(await Visible(page), Is.EqualTo(new[] { "dept-002" }));
        await page.EvaluateExpressionAsync("(() => { const f = document.getElementById('filter'); f.value = '没有这个部门'; f.dispatchEvent(new Event('input')); })()");
        Assert.That(await Visible(page), Is.Empty);
        Assert.That(await page.EvaluateExpressionAsync<bool>("document.getElementById('filter-none').hidden"), Is.False);
    }

    [TestCase("index.html")]
    [TestCase("dept-001/dept-001-2024.html")]
    public async Task Text_has_enough_contrast(string file)
    {
        await using var page = await LoadAsync(Path.Combine(Output, file));
        Assert.That(await page.EvaluateExpressionAsync<string[]>(LowContrast), Is.Empty);
    }

    [Test]
    public async Task The_download_block_and_chart_data_are_hidden_in_print()
    {
        await using var page = await LoadAsync(Path.Combine(Output, "dept-001", "dept-001-2024.html"));
        Assert.That(await page.EvaluateExpressionAsync<string>("getComputedStyle(document.querySelector('.downloads')).display"), Is.Not.EqualTo("none"));
        await page.EmulateMediaTypeAsync(MediaType.Print);
        Assert.That(await page.EvaluateExpressionAsync<string>("getComputedStyle(document.querySelector('.downloads')).display"), Is.EqualTo("none"));
        Assert.That(await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('.chart-data')].map(e => getComputedStyle(e).display).filter(d => d !== 'none')"),
            Is.Empty);
    }

    private static Task<string[]> Visible(IPage page) =>
        page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('tbody[data-id]')].filter(b => !b.hidden).map(b => b.dataset.id)");
}
