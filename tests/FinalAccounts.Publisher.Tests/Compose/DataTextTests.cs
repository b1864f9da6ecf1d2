using FinalAccounts.Cli;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Compose;

/// <summary>
/// Data text is data: whatever a clerk types into a YAML or CSV text comes out as those characters, never as Markdown,
/// HTML or a .NET type name. key-work.md is the one data file that is Markdown: check reads it as the build places it,
/// and what the document cannot show is an error located in key-work.md.
/// </summary>
public sealed class DataTextTests
{
    private const string HostileName = "<script>alert(1)</script>*武汉* R&amp;D 1. #局 \"引号\" \\ `码` [a](b) ::: x";

    [Test]
    public void An_entity_in_key_work_is_the_character_it_stands_for_in_every_edition()
    {
        using var sample = SampleData.Copy();
        sample.Replace("key-work.md", "1.稳工业。", "1.R&amp;D稳工业。");
        var composed = SampleDisclosure.Compose(sample.Folder, "default");

        Assert.That(composed.Document, Is.Not.Null, SampleDisclosure.Report(composed.Diagnostics));
        var paragraph = composed.Document!.Blocks.OfType<Paragraph>().Single(p => p.PlainText.Contains("稳工业。"));
        Assert.That(paragraph.PlainText, Does.StartWith("1.R&D稳工业。"));
        Assert.That(paragraph.Location.File, Does.EndWith("key-work.md"), "key-work.md's blocks are located in it");
        Assert.That(composed.Markdown, Does.Not.Contain("Markdig"));
        var html = Writers.Html.HtmlSample.Write(composed.Document);
        Assert.That(html, Does.Contain("1.R&amp;D稳工业").And.Not.Contain("Markdig"));
    }

    [Test]
    public void A_department_name_with_markup_is_printed_as_written_everywhere_it_appears()
    {
        using var sample = SampleData.Copy();
        var yaml = HostileName.Replace("\\", "\\\\").Replace("\"", "\\\"");
        sample.Replace("department.yaml", "name: 武汉市洪山区经济信息化和科技创新局", $"name: \"{yaml}\"");
        // The project forms keep the sample's 主管部门 name: under the new name it is the department's supervisor.
        sample.Replace("department.yaml", "short_name: 区经科局", "short_name: 区经科局\nsupervisor: 武汉市洪山区经济信息化和科技创新局");
        var composed = SampleDisclosure.Compose(sample.Folder, "default");

        Assert.That(composed.Document, Is.Not.Null, SampleDisclosure.Report(composed.Diagnostics));
        Assert.That(composed.Diagnostics.Items.Where(d => d.Severity != Severity.Info), Is.Empty,
            SampleDisclosure.Report(composed.Diagnostics));
        Assert.That(Texts(composed.Document!), Has.None.Contains("Markdig"));
        var texts = Texts(composed.Document!).Where(t => t.Contains("<script>", StringComparison.Ordinal)).ToList();
        Assert.That(texts, Has.Count.GreaterThanOrEqualTo(9), "cover, part titles, overview, procurement…");
        Assert.That(texts, Has.All.Contains(HostileName));
        var cover = composed.Document!.Blocks.OfType<TitleBlock>().Single();
        Assert.That(cover.Title, Is.EqualTo($"2024年度{HostileName}部门决算"), "directive arguments come back unescaped");
        Assert.That(cover.Subtitles[0], Is.EqualTo(HostileName));
        var part = composed.Document!.Blocks.OfType<Heading>().First(h => h.Level == 1);
        Assert.That(part.FullText, Is.EqualTo($"第一部分 {HostileName}概况"));
    }

    [Test]
    public void Paragraphs_in_a_YAML_text_stay_paragraphs_and_nothing_in_them_becomes_markup()
    {
        using var sample = SampleData.Copy();
        sample.Replace("department.yaml", "organization_note: \"\"",
            "organization_note: \"1. 第一条\\n\\n    缩进的一段\\n\\n> 不是引用\\n\\n- 不是列表 **不是加粗**\"");
        var composed = SampleDisclosure.Compose(sample.Folder, "default");

        Assert.That(composed.Document, Is.Not.Null, SampleDisclosure.Report(composed.Diagnostics));
        Assert.That(composed.Diagnostics.Items.Where(d => d.Severity != Severity.Info), Is.Empty,
            SampleDisclosure.Report(composed.Diagnostics));
        var paragraphs = composed.Document!.Blocks.OfType<Paragraph>().Select(p => p.PlainText).ToList();
        var first = paragraphs.IndexOf("1. 第一条");
        Assert.That(first, Is.GreaterThan(0), string.Join("\n", paragraphs));
        Assert.That(paragraphs.Skip(first).Take(4), Is.EqualTo(new[] { "1. 第一条", "缩进的一段", "> 不是引用", "- 不是列表 **不是加粗**" }));
    }

    [Test]
    public void What_a_template_writes_with_braces_is_text_and_what_it_captures_is_its_own_Markdown()
    {
        using var sample = SampleData.Copy();
        sample.WriteText("templates/total.sbn", "{{ '**不加粗**' }}\n\n{{ capture t }}**加粗**{{ end }}{{ t }}\n");
        var composed = SampleDisclosure.Compose(sample.Folder, "default");

        Assert.That(composed.Document, Is.Not.Null, SampleDisclosure.Report(composed.Diagnostics));
        var paragraphs = composed.Document!.Blocks.OfType<Paragraph>().ToList();
        Assert.That(paragraphs.Select(p => p.PlainText), Has.Member("**不加粗**"));
        Assert.That(paragraphs.Single(p => p.PlainText == "加粗").Content.Single().Style, Is.EqualTo(InlineStyle.Bold));
    }

    [TestCase("## 一、综述\n\n<<deep-list>>", "FA6103", "key-work.md:35:65")]
    [TestCase("## 一、综述\n\n<<quotes>> 引用", "FA6103", "key-work.md:3:65")]
    [TestCase("## 一、综述\n\n<<stars>>", "FA6103", "key-work.md:3:1")]
    [TestCase("## 一、综述\n\n::: table 01\n:::", "FA6104", "key-work.md:3:1")]
    [TestCase("## 一、综述\n\n::: bogus\n:::", "FA6104", "key-work.md:3:1")]
    [TestCase("## 一、综述\n\n完成<br>任务", "FA6104", "key-work.md:3:3")]
    [TestCase("# 一、综述\n\n完成任务", "FA6104", "key-work.md:1:1")]
    [TestCase("## 一、综述\n\n完成&#x202E;任务", "FA6104", "key-work.md:3:3")]
    [TestCase("## 一、综述\n\n完成&#0;任务", "FA6104", "key-work.md:3:3")]
    [TestCase("## 一、综述\n\n完成&ZeroWidthSpace;任务", "FA6104", "key-work.md:3:3")]
    public void Check_reads_key_work_as_the_build_places_it_and_locates_what_it_cannot_place(string text, string code,
        string at)
    {
        using var sample = SampleData.Copy();
        sample.WriteText("key-work.md", Expand(text));
        var run = sample.Check();

        run.Expect(code, at, severity: Severity.Error);
        run.ExpectNewExactly($"{code} {at}");
        var composed = SampleDisclosure.Compose(sample.Folder, "default");
        Assert.That(composed.Document, Is.Null, "what check refuses, the build does not place");
    }

    [Test]
    public void A_build_with_deeply_nested_key_work_exits_1_with_the_place_not_3()
    {
        using var sample = SampleData.Copy();
        sample.WriteText("key-work.md", Expand("## 一、综述\n\n<<quotes>> 引用"));
        var (code, output, error) = Finacc.Run("build", sample.Folder, "--out", Path.Combine(sample.Root, "out"),
            "--templates", SampleDisclosure.TemplatesRoot, "--formats", "md", "--no-progress");

        Assert.That(code, Is.EqualTo(ExitCodes.Errors), output + error);
        Assert.That(output + error, Does.Contain("key-work.md:3:65: error FA6103"));
        Assert.That(output + error, Does.Not.Contain("Exception"));
    }

    [TestCase("<<quotes>> 深\n", 1)]
    [TestCase("第一行\n\n<<stars>>\n", 3)]
    public void A_template_whose_Markdown_nests_too_deeply_stops_at_the_template_without_an_exception(string text,
        int line)
    {
        using var sample = SampleData.Copy();
        sample.WriteText("templates/total.sbn", Expand(text));
        var composed = SampleDisclosure.Compose(sample.Folder, "default");

        Assert.That(composed.Document, Is.Null);
        var d = composed.Diagnostics.Items.Single(x => x.Code.Id == "FA6103");
        Assert.That(Path.GetFullPath(d.Location.File), Is.EqualTo(sample.PathOf("templates/total.sbn")));
        Assert.That(d.Location.Line, Is.EqualTo(line));
    }

    /// <summary>The fault run's hostile shapes: a 70-level list, 130 quote marks, unclosed emphases (10,000 fit the size).</summary>
    private static string Expand(string text) => text
        .Replace("<<deep-list>>", string.Concat(Enumerable.Range(0, 70).Select(i => new string(' ', 2 * i) + "- 甲\n")))
        .Replace("<<quotes>>", new string('>', 130))
        .Replace("<<stars>>", string.Concat(Enumerable.Repeat("*a **", 10_000)));

    private static IEnumerable<string> Texts(DocumentTree document) => document.Blocks.SelectMany(b => b switch
    {
        Heading h => [h.FullText],
        Paragraph p => [p.PlainText],
        TitleBlock t => [t.Title, .. t.Subtitles],
        ListBlock l => l.Items.Select(i => string.Concat(i.Select(r => r.Text))),
        _ => [],
    });
}
