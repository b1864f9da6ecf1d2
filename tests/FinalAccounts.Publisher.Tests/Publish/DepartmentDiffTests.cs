using System.Text.Json;
using FinalAccounts.Cli;
using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Samples;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>
/// <c>finacc diff</c> on the sample: the text the data make now against the last final build and against last year,
/// sentence by sentence; a draft is reviewed against the final and the status page lists its changes.
/// </summary>
[Category("Slow")]
public sealed class DepartmentDiffTests
{
    private const string KeyWork = "key-work.md";
    private const string OldSentencePart = "完成工业产值335.6亿";
    private const string NewSentencePart = "完成工业产值340.2亿";

    private static string Output(SampleCopy copy) => Path.Combine(copy.Root, "output");

    private static void Build(SampleCopy copy, string folder, params string[] extra)
    {
        var (code, text, error) = Finacc.Run(["build", folder, "--out", Output(copy), "--templates", SampleDisclosure.TemplatesRoot,
            "--formats", "md", "--no-progress", .. extra]);
        Assert.That(code, Is.EqualTo(ExitCodes.Success), text + error);
    }

    private static (int Code, string Output) Diff(SampleCopy copy, params string[] extra)
    {
        var (code, text, error) = Finacc.Run(["diff", copy.Folder, "--out", Output(copy), "--templates", SampleDisclosure.TemplatesRoot, .. extra]);
        return (code, text + error);
    }

    [Test]
    public void With_no_previous_build_and_no_last_year_each_comparison_says_what_is_missing()
    {
        using var copy = SampleData.Copy();

        var (code, text) = Diff(copy);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), text);
        Assert.That(text, Does.Contain("== 与上次正式发布相比 ==").And.Contain("还没有正式发布过").And.Contain("finacc build，不加 --draft"));
        Assert.That(text, Does.Contain("== 与上年相比 ==").And.Contain("没有上年的文件可比").And.Contain("data/2023/hongshan-jkj"));
        Assert.That(Directory.Exists(Output(copy)), Is.False, "diff writes nothing");
    }

    [Test]
    public void Data_with_errors_give_exit_1_with_the_errors_and_no_comparison()
    {
        using var copy = SampleData.Copy();
        File.AppendAllText(copy.PathOf("tables/03.csv"), "2010101,行政运行,1,1,,,,\n");

        var (code, text) = Diff(copy);

        Assert.That(code, Is.EqualTo(ExitCodes.Errors), text);
        Assert.That(text, Does.Contain("tables/03.csv:").And.Contain("error FA").And.Contain("无从比较"));
        Assert.That(text, Does.Not.Contain("== 与上次正式发布相比 =="));
    }

    [Test]
    public void A_figure_changed_since_the_final_build_is_one_changed_sentence_with_the_old_and_the_new_figure()
    {
        using var copy = SampleData.Copy();
        Build(copy, copy.Folder);
        Assert.That(Diff(copy).Output, Does.Contain("改动 0 句，新增 0 句，删除 0 句"));

        copy.Replace(KeyWork, OldSentencePart, NewSentencePart);
        var (code, text) = Diff(copy);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), text);
        Assert.That(text, Does.Contain("改动 1 句，新增 0 句，删除 0 句"));
        Assert.That(text, Does.Contain("原：2024年，规上工业增加值增速方面：完成工业产值〖335.6〗亿，同比增长3.5%"));
        Assert.That(text, Does.Contain("新：2024年，规上工业增加值增速方面：完成工业产值〖340.2〗亿，同比增长3.5%"));
    }

    [Test]
    public void Added_and_removed_sentences_are_listed_and_the_web_page_is_written_outside_the_data_only()
    {
        using var copy = SampleData.Copy();
        Build(copy, copy.Folder);
        copy.Replace(KeyWork, "工业小进规方面：新增规模以上工业企业12家。", "");
        copy.Replace(KeyWork, "全市排名第3。", "全市排名第3。新增一句用于审核的说明。");

        var page = Path.Combine(copy.Root, "review", "diff.html");
        var (code, text) = Diff(copy, "--html", page);

        Assert.That(code, Is.EqualTo(ExitCodes.Success), text);
        Assert.That(text, Does.Contain("改动 0 句，新增 1 句，删除 1 句"));
        Assert.That(text, Does.Contain("〔增〕新增一句用于审核的说明。").And.Contain("〔删〕工业小进规方面：新增规模以上工业企业12家。"));
        var html = File.ReadAllText(page);
        Assert.That(html, Does.Contain("<ins>新增一句用于审核的说明。</ins>").And.Contain("<del>工业小进规方面：新增规模以上工业企业12家。</del>"));

        var inside = Diff(copy, "--html", Path.Combine(copy.Folder, "diff.html"));
        Assert.That(inside.Code, Is.EqualTo(ExitCodes.Usage), inside.Output);
        Assert.That(inside.Output, Does.Contain("FA8005"));
        Assert.That(File.Exists(Path.Combine(copy.Folder, "diff.html")), Is.False);
    }

    [Test]
    public void A_draft_is_compared_with_the_last_final_build_and_the_status_page_lists_its_changes()
    {
        using var copy = SampleData.Copy();
        Build(copy, copy.Folder);
        copy.Replace(KeyWork, OldSentencePart, NewSentencePart);
        Build(copy, copy.Folder, "--draft");

        Assert.That(Diff(copy).Output, Does.Contain("改动 1 句，新增 0 句，删除 0 句"), "the draft is no publication");
        var year = Path.Combine(Output(copy), SampleData.Year);
        using (var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(year, StatusPage.JsonFile))))
        {
            var changes = json.RootElement.GetProperty("departments")[0].GetProperty("changes");
            Assert.That((changes.GetProperty("changed").GetInt32(), changes.GetProperty("added").GetInt32(), changes.GetProperty("removed").GetInt32()),
                Is.EqualTo((1, 0, 0)));
        }

        var html = File.ReadAllText(Path.Combine(year, StatusPage.HtmlFile));
        Assert.That(html, Does.Contain("href=\"#chg-hongshan-jkj\">改 1 / 增 0 / 删 0</a>").And.Contain("<details id=\"chg-hongshan-jkj\">"));
        Assert.That(html, Does.Contain("<del>335.6</del>").And.Contain("<ins>340.2</ins>"));

        Build(copy, copy.Folder);
        Assert.That(File.ReadAllText(Path.Combine(year, StatusPage.HtmlFile)), Does.Not.Contain("<details id=\"chg-"), "the final build is the new baseline");
        Assert.That(Diff(copy).Output, Does.Contain("改动 0 句，新增 0 句，删除 0 句"));
    }

    [Test]
    public void Last_year_is_compared_from_its_data_when_there_and_else_from_its_final_build()
    {
        using var copy = SampleData.Copy();
        var last = Path.Combine(copy.DataRoot, "2023", SampleData.DepartmentId);
        SampleData.CopyDirectory(copy.Folder, last);
        SampleData.CopyDirectory(SampleData.ReferenceFolder, Path.Combine(copy.DataRoot, "reference", "2023"));
        var yaml = Path.Combine(last, "department.yaml");
        File.WriteAllText(yaml, File.ReadAllText(yaml).Replace("year: 2024", "year: 2023").Replace("2025-02-10", "2024-02-10"));
        File.WriteAllText(Path.Combine(last, KeyWork), File.ReadAllText(Path.Combine(last, KeyWork)).Replace(OldSentencePart, "完成工业产值301.2亿"));
        // Years chain: 2024's prior-year figures now come from this 2023 folder (2024's data), so 2024's prior-year.yaml
        // is made to agree with it, as finacc new-year writes it.
        File.WriteAllText(copy.PathOf(PriorYearReader.File),
            PriorYearYaml.Write(DataCheck.Department(new DepartmentLoader(), last).Model!, ""));

        var fromData = Diff(copy).Output;
        Assert.That(fromData, Does.Contain("比较对象：上年数据 ").And.Contain("2023/hongshan-jkj 按同一版式生成的文件"));
        Assert.That(fromData, Does.Contain("原：〖2023〗年度武汉市洪山区经济信息化和科技创新局部门决算"));
        Assert.That(fromData, Does.Contain("完成工业产值〖301.2〗亿").And.Contain("完成工业产值〖335.6〗亿"));

        Build(copy, last);
        Directory.Delete(last, recursive: true);
        var fromOutput = Diff(copy).Output;
        Assert.That(fromOutput, Does.Contain("比较对象：正式发布的文字").And.Contain("output/2023/.texts/hongshan-jkj.final.txt"));
        Assert.That(fromOutput, Does.Contain("完成工业产值〖301.2〗亿"));
    }
}
