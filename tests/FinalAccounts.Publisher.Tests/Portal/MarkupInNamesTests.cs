using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using FinalAccounts.Cli;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;
using FinalAccounts.Publisher.Tests.Writers.Html;

namespace FinalAccounts.Publisher.Tests.Portal;

/// <summary>
/// A department name, short name and the year's publication.yaml texts with markup, '&amp;' and quotes are published as
/// text in every text file the build and the bundle write: the pages (department, index, status), the feed and
/// sitemap, the Markdown, the JSON (issue 16: "escaped everywhere").
/// </summary>
public sealed class MarkupInNamesTests
{
    private const string Name = "洪山区<script>alert(1)</script>经信局 & \"科创\" 'x'";
    private const string ShortName = "经科局<b>&amp;</b>";
    private const string Title = "2024年度<script>alert(2)</script>决算 & \"汇总\"";
    private const string Issuer = "财政局<img src=x onerror=alert(3)> & 'Co'";
    private const string Supervisor = "区政府<i>&</i>\"主管\"";

    private static readonly string[] Payloads = [Name, ShortName, Title, Issuer, Supervisor];

    private static readonly string[] Markup = ["<script", "<img", "<b>", "<i>"];

    private static string Yaml(string text) => JsonSerializer.Serialize(text); // a JSON string is a YAML double-quoted text

    [Test]
    public void Markup_in_names_and_publication_texts_is_text_in_every_published_text_file()
    {
        using var copy = SampleData.Copy();
        copy.ReplaceValue("department.yaml", "name", Yaml(Name));
        copy.ReplaceValue("department.yaml", "short_name", Yaml(ShortName));
        File.WriteAllText(Path.Combine(copy.YearFolder, "publication.yaml"), $"""
            title: {Yaml(Title)}
            issuer: {Yaml(Issuer)}
            publish_date: 2025-09-01
            supervisors:
              hongshan-jkj: {Yaml(Supervisor)}
            """, new UTF8Encoding(false));
        var output = Path.Combine(copy.Root, "output");
        var year = Path.Combine(output, SampleData.Year);
        var build = Finacc.Run("build", copy.YearFolder, "--out", output, "--templates", SampleDisclosure.TemplatesRoot,
            "--formats", "md,html", "--base-url", "https://www.example.gov.cn/czxx/", "--no-progress");
        Assert.That(build.Code, Is.EqualTo(ExitCodes.Success), build.Output);
        var bundle = Path.Combine(copy.Root, "bundle");
        Assert.That(Finacc.Run("bundle", year, "--out", bundle).Code, Is.EqualTo(ExitCodes.Success));

        var texts = new[] { year, bundle }.SelectMany(f => Directory.GetFiles(f, "*", SearchOption.AllDirectories))
            .Where(f => Path.GetExtension(f) is ".html" or ".xml" or ".md" or ".json").ToList();
        Assert.That(texts.Select(Path.GetFileName), Does.Contain("index.html").And.Contain("status.html")
            .And.Contain("feed.xml").And.Contain("sitemap.xml").And.Contain("hongshan-jkj-2024.html")
            .And.Contain("hongshan-jkj-2024.md").And.Contain("data.json"));
        var shown = new HashSet<string>();
        foreach (var file in texts)
        {
            var text = File.ReadAllText(file);
            var shownHere = Path.GetExtension(file) switch
            {
                ".html" => Html(file, text),
                ".xml" => Xml(file, text),
                ".md" => MarkdownText(file, text),
                _ => Json(file, text),
            };
            shown.UnionWith(Payloads.Where(shownHere.Contains));
        }

        Assert.That(shown, Is.EquivalentTo(Payloads), "every text is published somewhere, as written");
    }

    /// <summary>A page: no element or attribute comes from the data; the texts are in its text content. Returns that text.</summary>
    private static string Html(string file, string text)
    {
        var page = HtmlSample.Parse(text);
        Assert.That(page.QuerySelectorAll("script").Select(s => s.TextContent), Has.None.Contains("alert("), file);
        Assert.That(page.QuerySelectorAll("img[onerror]").Select(e => e.OuterHtml), Is.Empty, file);
        Assert.That(page.QuerySelectorAll("b, i").Select(e => e.TextContent), Has.None.AnyOf("&amp;", "&"), file);
        foreach (var m in Markup) Assert.That(text, Does.Not.Contain(m + (m == "<script" ? ">alert" : "")), file);
        return page.DocumentElement.TextContent + string.Join('\n', page.All.SelectMany(e => e.Attributes).Select(a => a.Value));
    }

    /// <summary>The feed and sitemap are well-formed XML (a bare '&amp;' would break them) with no element from the data.</summary>
    private static string Xml(string file, string text)
    {
        var xml = XDocument.Parse(text);
        Assert.That(xml.Descendants().Select(e => e.Name.LocalName), Has.None.AnyOf("script", "img", "b", "i"), file);
        return string.Join('\n', xml.Descendants().Select(e => e.Value));
    }

    /// <summary>Markdown shows raw HTML as HTML, so no tag of the data may be in it unescaped.</summary>
    private static string MarkdownText(string file, string text)
    {
        Assert.That(text, Does.Not.Match(@"(?<!\\)<(script|img|b>|i>)"), file);
        var plain = Markdig.Markdown.ToPlainText(text);
        Assert.That(Markdig.Markdown.ToHtml(text),
            Does.Not.Contain("<script").And.Not.Contain("<img src=x").And.Not.Contain("<b>"), file);
        return plain;
    }

    /// <summary>JSON: valid, and the texts come back as written from its strings.</summary>
    private static string Json(string file, string text)
    {
        using var json = JsonDocument.Parse(text);
        var strings = new List<string>();
        void Walk(JsonElement e)
        {
            switch (e.ValueKind)
            {
                case JsonValueKind.Object: foreach (var p in e.EnumerateObject()) Walk(p.Value); break;
                case JsonValueKind.Array: foreach (var x in e.EnumerateArray()) Walk(x); break;
                case JsonValueKind.String: strings.Add(e.GetString()!); break;
            }
        }

        Walk(json.RootElement);
        Assert.That(strings, Is.Not.Empty, file);
        return string.Join('\n', strings);
    }
}
