using System.Text.Json;
using FinalAccounts.Cli;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Tests.Audit;
using FinalAccounts.Publisher.Tests.Writers.Docx;
using Spectre.Console;

namespace FinalAccounts.Publisher.Tests.Cli;

/// <summary><c>finacc audit</c>: exit codes, the terminal lines in Chinese and English, JSON, the HTML report and a folder in one run.</summary>
public sealed class AuditCommandTests
{
    private static readonly string Reference = AuditFiles.Options().ReferenceFolder;

    [Test]
    public void Auditing_the_published_reference_exits_1_and_prints_place_quote_written_should_be_and_arithmetic()
    {
        var (code, output) = Run(AuditFiles.Published, Language.Zh, OutputFormat.Text);
        Assert.That(code, Is.EqualTo(ExitCodes.Errors));
        Assert.That(output, Does.Contain("hongshan-jkj-2024-published.md:¶118: error FA9102: 住房保障支出所占比例写作 0.6%，应为 0.7%"));
        Assert.That(output, Does.Contain("写作：0.6%  应为：0.7%").And.Contain("算式：179.26 ÷ 26864.63 = 0.7%"));
        Assert.That(output, Does.Match("错误 13 个，警告 28 个；核对了 [0-9]+ 个数字，[0-9]+ 句含数字的句子未能解析。"));
    }

    [Test]
    public void Lang_en_prints_the_findings_in_English()
    {
        var (_, output) = Run(AuditFiles.Published, Language.En, OutputFormat.Text);
        Assert.That(output, Does.Contain("error FA9103: Actual 22.63 against budget 23.88 is '小于'; the text says '大于'."));
        Assert.That(output, Does.Contain("written: 0.6%  should be: 0.7%"));
    }

    [Test]
    public void Json_gives_each_finding_with_its_place_and_figures()
    {
        var (_, output) = Run(AuditFiles.Published, Language.Zh, OutputFormat.Json);
        using var json = JsonDocument.Parse(output);
        Assert.That(json.RootElement.GetProperty("errors").GetInt32(), Is.EqualTo(13));
        var share = json.RootElement.GetProperty("findings").EnumerateArray().Single(f => f.GetProperty("code").GetString() == "FA9102");
        Assert.That(share.GetProperty("at").GetString(), Does.EndWith(":¶118"));
        Assert.That((share.GetProperty("written").GetString(), share.GetProperty("expected").GetString()), Is.EqualTo(("0.6%", "0.7%")));
    }

    [Test]
    public void The_html_report_marks_each_finding_in_the_text_and_a_folder_gets_a_summary_page()
    {
        var dir = DocxTestFiles.TempDirectory("audit-cli");
        try
        {
            var html = Path.Combine(dir, "report.html");
            Run(AuditFiles.Published, Language.Zh, OutputFormat.Text, html);
            var page = File.ReadAllText(html);
            Assert.That(page, Does.Contain("<p id=\"p118\">").And.Contain("<mark class=\"error\" title=\"FA9102 "));
            Assert.That(page, Does.Match("<mark class=\"error\" title=\"FA9102 [^\"]*\">0.6</mark>"), "the written figure itself is marked");
            Assert.That(page, Does.Match("<tr id=\"t3r55\">[^\n]*<td class=\"error\" title=\"FA1011 "), "a table's finding marks a cell of its row");

            var folder = Directory.CreateDirectory(Path.Combine(dir, "documents")).FullName;
            File.Copy(AuditFiles.Published, Path.Combine(folder, "a-published.md"));
            File.WriteAllText(Path.Combine(folder, "b-sample.md"), AuditFiles.SampleMarkdown());
            var reports = Path.Combine(dir, "reports");
            var (code, _) = Run(folder, Language.Zh, OutputFormat.Text, reports);
            Assert.That(code, Is.EqualTo(ExitCodes.Errors));
            var summary = File.ReadAllText(Path.Combine(reports, "index.html"));
            Assert.That(summary, Does.Contain("共 2 份文档，1 份有错误。"));
            Assert.That(summary.IndexOf("a-published.md.html", StringComparison.Ordinal), Is.LessThan(summary.IndexOf("b-sample.md.html", StringComparison.Ordinal)));
            Assert.That(File.Exists(Path.Combine(reports, "b-sample.md.html")));
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Test]
    public void A_document_that_does_not_exist_is_a_usage_error()
    {
        var (code, _, _) = Finacc.Run("audit", "no-such-report.docx");
        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
    }

    private static (int Code, string Output) Run(string path, Language language, OutputFormat format, string? html = null)
    {
        using var output = new StringWriter();
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output), Ansi = AnsiSupport.No, ColorSystem = ColorSystemSupport.NoColors });
        console.Profile.Width = 100_000;
        var code = AuditCommand.Run(path, null, "default", html, new CliOptions(language, format, output, console), CancellationToken.None, Reference);
        return (code, output.ToString());
    }
}
