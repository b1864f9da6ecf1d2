using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using FinalAccounts.Cli;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Samples;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Publish;
using FinalAccounts.Publisher.Tests.Writers.Html;

namespace FinalAccounts.Publisher.Tests.Portal;

/// <summary>
/// A built year as the portal publisher uploads it: per-department archives listed with their checksums, a citizen index
/// grouped by 主管部门 with issuer and date from publication.yaml, an Atom feed and a sitemap under the base URL.
/// </summary>
public sealed partial class YearPublicationTests
{
    private const string BaseUrl = "https://www.example.gov.cn/czxx/2024/";
    private string root = "";

    private string Data => Path.Combine(root, "data");

    private string Year => Path.Combine(Data, "2024");

    private string Output => Path.Combine(root, "output", "2024");

    [OneTimeSetUp]
    public void Build()
    {
        root = Path.Combine(Path.GetTempPath(), "finacc-portal-" + Guid.NewGuid().ToString("N"));
        SampleGenerator.Generate(new SampleOptions(3, 2024, Data, Path.Combine(SampleDisclosure.RepositoryRoot, "data", "reference"), Seed: 5), new DiagnosticBag());
        File.WriteAllText(Path.Combine(Year, "publication.yaml"), $"""
            title: 示范区2024年度部门决算公开
            issuer: 示范区财政局
            publish_date: 2025-03-01
            base_url: {BaseUrl}
            supervisors:
              dept-001: 示范区教育局
              dept-002: 示范区教育局
            """, new UTF8Encoding(false));
        var (code, text, _) = Run();
        Assert.That(code, Is.EqualTo(ExitCodes.Success), text);
    }

    [OneTimeTearDown]
    public void Delete()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    private (int Code, string Output, string Error) Run(params string[] extra) =>
        Finacc.Run(["build", Year, "--out", Path.Combine(root, "output"), "--templates", SampleDisclosure.TemplatesRoot, "--formats", "md,html",
            "--no-progress", .. extra]);

    [Test]
    public void The_index_lists_public_files_and_each_archive_with_the_checksums_on_disk() => PublishedOutput.AssertConsistent(Output);

    [Test]
    public void The_index_groups_departments_by_supervisor_and_names_the_issuer_and_date()
    {
        var page = HtmlSample.Parse(File.ReadAllText(Path.Combine(Output, "index.html")));
        Assert.That(page.Title, Is.EqualTo("示范区2024年度部门决算公开"));
        Assert.That(page.QuerySelector(".publisher")?.TextContent, Is.EqualTo("发布机关：示范区财政局　发布日期：2025-03-01"));
        var groups = page.QuerySelectorAll("section.group").ToList();
        Assert.That(groups.Select(g => g.QuerySelector("h2")?.TextContent), Is.EqualTo(new[] { "主管部门：示范区教育局", null }));
        Assert.That(groups.Select(g => g.QuerySelectorAll("tbody").Select(b => b.GetAttribute("data-id"))),
            Is.EqualTo(new[] { new[] { "dept-001", "dept-002" }, new[] { "dept-003" } }));
        Assert.That(page.QuerySelectorAll("td.file a").Select(a => a.GetAttribute("href")), Has.None.Contains("fig-").And.None.Contains("manifest.json"));
        var labels = page.QuerySelectorAll("tbody[data-id=dept-001] td.ac").Select(td => td.TextContent).ToList();
        Assert.That(labels, Is.EqualTo(new[] { "1", "网页", "Markdown", "Excel 表格", "JSON 数据" }.Concat(Enumerable.Repeat("CSV 数据", 9)).Append("全部文件（ZIP）")),
            "editions, open data, then the archive");
        Assert.That(page.QuerySelector("#filter-box")?.HasAttribute("hidden"), Is.True, "the filter shows only when its script runs");
    }

    [Test]
    public void Each_archive_holds_its_department_and_is_byte_identical_when_rebuilt()
    {
        var zip = Path.Combine(Output, "dept-001-2024.zip");
        var before = File.ReadAllBytes(zip);
        using (var archive = new ZipArchive(new MemoryStream(before)))
            Assert.That(archive.Entries.Select(e => e.FullName), Does.Contain("dept-001/manifest.json").And.Contain("dept-001/dept-001-2024.html"));
        Assert.That(Run("--force").Code, Is.EqualTo(ExitCodes.Success));
        Assert.That(File.ReadAllBytes(zip), Is.EqualTo(before));
    }

    [Test]
    public void The_sitemap_gives_each_public_file_and_archive_under_the_base_url()
    {
        var sitemap = XDocument.Load(Path.Combine(Output, "sitemap.xml"));
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = sitemap.Descendants(ns + "loc").Select(l => l.Value).ToList();
        Assert.That(locs, Has.All.StartWith(BaseUrl));
        Assert.That(locs, Does.Contain(BaseUrl + "index.html").And.Contain(BaseUrl + "dept-002/dept-002-2024.html").And.Contain(BaseUrl + "dept-003-2024.zip"));
        Assert.That(locs, Has.None.Contains("manifest.json").And.None.Contains("fig-"));
        var published = FinalAccounts.Publisher.Publish.Manifest.Read(Path.Combine(Output, "dept-001", "manifest.json"))!.Published;
        Assert.That(published, Does.Match(@"^\d{4}-\d{2}-\d{2}$"));
        var page = sitemap.Descendants(ns + "url").Single(u => u.Element(ns + "loc")!.Value == BaseUrl + "dept-001/dept-001-2024.html");
        Assert.That(page.Element(ns + "lastmod")?.Value, Is.EqualTo(published), "the department's own publish date");
    }

    [Test]
    public void The_feed_has_one_entry_per_department_with_its_page_and_files()
    {
        var feed = XDocument.Load(Path.Combine(Output, "feed.xml"));
        XNamespace atom = "http://www.w3.org/2005/Atom";
        Assert.That(feed.Root!.Attribute(XNamespace.Xml + "base")?.Value, Is.EqualTo(BaseUrl));
        var entries = feed.Root.Elements(atom + "entry").ToList();
        Assert.That(entries.Select(e => e.Element(atom + "id")!.Value).Order(),
            Is.EqualTo(new[] { BaseUrl + "dept-001/dept-001-2024.html", BaseUrl + "dept-002/dept-002-2024.html", BaseUrl + "dept-003/dept-003-2024.html" }));
        Assert.That(entries.Select(e => e.Elements(atom + "link").Count(l => l.Attribute("rel")?.Value == "alternate")), Has.All.EqualTo(1));
        Assert.That(feed.Root.Element(atom + "author")!.Element(atom + "name")!.Value, Is.EqualTo("示范区财政局"));
    }
}
