using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Input;

/// <summary>
/// <c>check</c> and <c>build</c> agree at the limits: a department whose names, values and total text are as large as
/// the input limits allow passes the check and builds every format without an error.
/// </summary>
[Category("Slow")]
public sealed class LimitsBuildTests
{
    [Test]
    public void Data_at_every_input_limit_passes_the_check_and_builds_every_format()
    {
        using var copy = SampleData.Copy();
        copy.ReplaceValue("department.yaml", "name", Name('部'));
        copy.ReplaceValue("department.yaml", "short_name", Name('简'));
        copy.ReplaceValue("performance/projects/01.yaml", "name", Name('项'));
        copy.ReplaceValue("performance/overall.yaml", "title", Name('表'));
        copy.Replace("department.yaml", "organization_note: \"\"", "organization_note: " + Text('机'));
        copy.SetCell("performance/overall.indicators.csv", "新增设备数量", "实际完成值", Text('台'));
        copy.SetCell("key-work.csv", "1", "完成情况", Text('完'));
        for (var p = 1; p <= 5; p++)
            foreach (var key in ProjectTexts)
                copy.ReplaceValue($"performance/projects/{p:00}.yaml", key, Text('述'));
        copy.WriteText("key-work.md", "## " + Name('题') + "\n\n" + copy.ReadText("key-work.md"));
        var room = InputLimits.DepartmentChars - DataChars(copy);
        copy.AppendLine("key-work.md", Paragraphs(room - 1));
        Assert.That(DataChars(copy), Is.EqualTo(InputLimits.DepartmentChars), "the data are exactly at the department limit");

        var output = Path.Combine(copy.Root, "output");
        var builder = new DisclosureBuilder(new BuildOptions(output, BuildOptions.AllFormats, SampleDisclosure.TemplatesRoot));
        var load = builder.Check(copy.Folder);
        Assert.That(load.Diagnostics.Items.Where(d => d.Severity == Severity.Error), Is.Empty, "check passes");
        var result = builder.Build(load, force: true, progress: null);

        Assert.That(result.Diagnostics.Items.Where(d => d.Severity == Severity.Error).Select(d => d.Location + " " + d.Message.En),
            Is.Empty, "build passes too");
        Assert.That(result.Status, Is.EqualTo(BuildStatus.Built));
    }

    /// <summary>The texts of a project that the disclosure prints (五（三）, 十三 and its self-assessment form).</summary>
    private static readonly string[] ProjectTexts =
    [
        "outcomes", "  outputs", "  problems", "  measures", "  goal_target", "  goal_actual", "  deviation",
    ];

    private static string Name(char c) => new(c, InputLimits.NameChars);

    private static string Text(char c) => new(c, InputLimits.TextChars);

    /// <summary>Paragraphs of ordinary sentences, <paramref name="chars"/> characters with their blank lines.</summary>
    private static string Paragraphs(int chars)
    {
        var sentence = "推进制造业转型升级，支持规模以上工业企业开展技术改造。";
        var paragraph = string.Concat(Enumerable.Repeat(sentence, 40)) + "\n\n";
        var text = string.Concat(Enumerable.Repeat(paragraph, chars / paragraph.Length + 1));
        return text[..chars];
    }

    private static int DataChars(SampleCopy copy) =>
        Directory.EnumerateFiles(copy.Folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f) is not ("NOTES.md" or "README.md"))
            .Sum(f => File.ReadAllText(f).Length);
}
