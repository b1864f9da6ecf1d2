using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Dom;
using FinalAccounts.Publisher.Writers.Html;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>The portal index: departments sorted, files linked with sizes and checksums, values escaped, output stable.</summary>
public sealed class PortalIndexWriterTests
{
    private const string HashA = "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08";
    private const string HashB = "60303ae22b998861bce3b28f33eec1be758a213c86c93c076dbe9f558c11c752";

    [Test]
    public void Index_lists_departments_by_id_with_each_files_link_size_and_checksum()
    {
        var page = Parse(Write(SampleEntries()));
        var groups = page.QuerySelectorAll("table.files tbody").ToList();
        Assert.That(groups.Select(g => g.QuerySelector(".dept-id")?.TextContent), Is.EqualTo(new[] { "caizheng", "hongshan-jkj" }));
        var jkj = groups[1];
        Assert.That(jkj.QuerySelector("th[scope=rowgroup]")?.GetAttribute("rowspan"), Is.EqualTo("4"));
        Assert.That(jkj.QuerySelectorAll("td:nth-last-child(3) a").Select(a => a.GetAttribute("href")), Is.EqualTo(new[]
        {
            "hongshan-jkj/hongshan-jkj-2024.pdf", "hongshan-jkj/hongshan-jkj-2024.docx", "hongshan-jkj/hongshan-jkj-2024.html", "hongshan-jkj/hongshan-jkj-2024.md",
        }), "PDF, Word, web page, Markdown");
        Assert.That(jkj.QuerySelectorAll("td.num").Select(td => td.TextContent), Is.EqualTo(new[] { "2.1 MB", "95.3 KB", "172.8 KB", "512 B" }));
        Assert.That(jkj.QuerySelectorAll("td.num data").Select(d => d.GetAttribute("value")), Is.EqualTo(new[] { "2202009", "97592", "176967", "512" }));
        Assert.That(jkj.QuerySelectorAll("td.hash code").Select(c => c.TextContent), Has.All.EqualTo(HashA.ToLowerInvariant()));
        Assert.That(jkj.QuerySelector("th a")?.GetAttribute("href"), Is.EqualTo("hongshan-jkj/hongshan-jkj-2024.html"), "the name links to the web page");
        Assert.That(page.Title, Is.EqualTo("2024年度部门决算公开"));
        Assert.That(page.QuerySelector(".subtitle")?.TextContent, Is.EqualTo("共 2 个部门，5 个文件"));
        Assert.That(page.QuerySelectorAll("thead th").Select(th => th.GetAttribute("scope")), Has.All.EqualTo("col"));
    }

    [Test]
    public void The_tables_workbook_and_open_data_follow_the_editions_named_by_their_path_in_the_department()
    {
        var files = new List<PortalFile>
        {
            new("hongshan-jkj/tables/01.csv", "csv", 1200, HashA),
            new("hongshan-jkj/data.json", "json", 9000, HashA),
            new("hongshan-jkj/hongshan-jkj-2024-tables.xlsx", "xlsx", 21000, HashA),
            new("hongshan-jkj/hongshan-jkj-2024.pdf", "pdf", 2202009, HashA),
        };
        var page = Parse(Write([new("hongshan-jkj", "武汉市洪山区经济信息化和科技创新局", 2024, files)]));
        var rows = page.QuerySelectorAll("table.files tbody tr").Select(r => r.QuerySelectorAll("td").ToList()).ToList();
        Assert.That(rows.Select(r => r[^4].TextContent + " " + r[^3].TextContent), Is.EqualTo(new[]
        {
            "PDF hongshan-jkj-2024.pdf", "Excel 表格 hongshan-jkj-2024-tables.xlsx", "JSON 数据 data.json", "CSV 数据 tables/01.csv",
        }));
        Assert.That(rows[^1][^3].QuerySelector("a")?.GetAttribute("href"), Is.EqualTo("hongshan-jkj/tables/01.csv"));
    }

    [Test]
    public void The_same_entries_in_any_order_give_the_same_bytes()
    {
        var entries = SampleEntries();
        var shuffled = entries.AsEnumerable().Reverse().Select(e => e with { Files = e.Files.Reverse().ToList() }).ToList();
        Assert.That(Write(shuffled), Is.EqualTo(Write(entries)));
    }

    [Test]
    public void Hostile_names_ids_and_links_are_escaped_and_unsafe_links_are_not_written()
    {
        const string hostile = "<script>alert(1)</script>&\"'";
        var entries = new[]
        {
            new PortalEntry("x\" onclick=\"alert(1)", hostile, 2024,
            [
                new PortalFile("javascript:alert(1)", "pdf", 1, hostile),
                new PortalFile("dept a/报告 #1?.html", "html", 2, HashB),
                new PortalFile("x.bin", hostile, 3, HashB),
            ]),
        };
        var page = Parse(Write(entries));
        Assert.Multiple(() =>
        {
            Assert.That(page.QuerySelectorAll("script").Select(e => e.TextContent), Is.EqualTo(new[] { "\n" + PortalFilter.Script }), "only the filter's own script");
            Assert.That(page.All.SelectMany(e => e.Attributes).Where(a => a.Name.StartsWith("on", StringComparison.Ordinal)), Is.Empty);
            Assert.That(page.QuerySelector("th[scope=rowgroup]")!.TextContent, Does.StartWith(hostile));
            Assert.That(page.QuerySelector(".dept-id")?.TextContent, Is.EqualTo("x\" onclick=\"alert(1)"));
            Assert.That(page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")), Has.None.Contains("javascript"));
            Assert.That(page.QuerySelectorAll("a").Select(a => a.GetAttribute("href")), Has.Some.EqualTo("dept%20a/%E6%8A%A5%E5%91%8A%20%231%3F.html"));
            Assert.That(page.QuerySelector("td.hash code")?.TextContent, Is.EqualTo(hostile.ToLowerInvariant()));
            Assert.That(page.QuerySelectorAll("tbody td").Select(td => td.TextContent), Has.Some.EqualTo(hostile.ToUpperInvariant()), "an unknown format is shown as given");
        });
    }

    [TestCase(0L, "0 B")]
    [TestCase(1023L, "1023 B")]
    [TestCase(1024L, "1.0 KB")]
    [TestCase(176967L, "172.8 KB")]
    [TestCase(5L * 1024 * 1024, "5.0 MB")]
    [TestCase(3L * 1024 * 1024 * 1024, "3.0 GB")]
    [TestCase(-1L, "—")]
    public void Sizes_are_human_readable(long bytes, string expected) => Assert.That(PortalFormats.Size(bytes), Is.EqualTo(expected));

    [Test]
    public void An_empty_year_says_there_are_no_files()
    {
        var page = Parse(Write([]));
        Assert.That(page.QuerySelectorAll("table"), Is.Empty);
        Assert.That(page.QuerySelector("main p")?.TextContent, Is.EqualTo("暂无公开文件。"));
    }

    [Test]
    public void Links_of_real_files_resolve_and_their_checksums_match()
    {
        var index = HtmlSample.SaveToFile("", PortalIndexWriter.FileName);
        var root = Path.GetDirectoryName(index)!;
        var dept = Directory.CreateDirectory(Path.Combine(root, "hongshan-jkj")).FullName;
        File.WriteAllText(Path.Combine(dept, "hongshan-jkj-2024.html"), HtmlSample.Html, new UTF8Encoding(false));
        var files = Directory.GetFiles(dept).Select(f => new PortalFile(
            Path.GetRelativePath(root, f).Replace('\\', '/'), Path.GetExtension(f).TrimStart('.'), new FileInfo(f).Length, Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))))).ToList();
        using (var stream = File.Create(index)) new PortalIndexWriter().Write(2024, [new PortalEntry("hongshan-jkj", "武汉市洪山区经济信息化和科技创新局", 2024, files)], stream);
        var page = Parse(File.ReadAllText(index));
        foreach (var row in page.QuerySelectorAll("table.files tbody tr"))
        {
            var href = row.QuerySelector("td:nth-last-child(3) a")!.GetAttribute("href")!;
            var path = Path.Combine(root, Uri.UnescapeDataString(href));
            Assert.That(File.Exists(path), Is.True, href);
            Assert.That(row.QuerySelector("code")!.TextContent, Is.EqualTo(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)))));
        }
    }

    internal static List<PortalEntry> SampleEntries() =>
    [
        new("hongshan-jkj", "武汉市洪山区经济信息化和科技创新局", 2024,
        [
            new("hongshan-jkj/hongshan-jkj-2024.md", "md", 512, HashA),
            new("hongshan-jkj/hongshan-jkj-2024.html", "html", 176967, HashA),
            new("hongshan-jkj/hongshan-jkj-2024.pdf", "pdf", 2202009, HashA),
            new("hongshan-jkj/hongshan-jkj-2024.docx", "docx", 97592, HashA),
        ]),
        new("caizheng", "武汉市洪山区财政局", 2024, [new("caizheng/caizheng-2024.pdf", "pdf", 1500000, HashB)]),
    ];

    internal static string Write(IEnumerable<PortalEntry> entries)
    {
        using var stream = new MemoryStream();
        new PortalIndexWriter().Write(2024, entries, stream);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static IHtmlDocument Parse(string html) => HtmlSample.Parse(html);
}
