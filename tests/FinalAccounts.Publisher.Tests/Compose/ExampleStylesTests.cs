using FinalAccounts.Publisher.Tests.Golden;

namespace FinalAccounts.Publisher.Tests.Compose;

/// <summary>
/// The example styles made of style.yaml alone (issue 14): each composes the sample without errors, and every line that
/// differs from the default style's document differs only as its settings say.
/// </summary>
public sealed class ExampleStylesTests
{
    private static readonly string[] Examples = ["guangdong", "yuan"];

    /// <summary>The sample's Markdown lines in the default style and in <paramref name="style"/> that differ, pairwise.</summary>
    private static List<(string Default, string Styled)> Differences(string style)
    {
        var composed = SampleDisclosure.Get(style);
        Assert.That(composed.Markdown, Is.Not.Null, SampleDisclosure.Report(composed.Diagnostics));
        var (plain, styled) = (SampleDisclosure.Get().Markdown!.Split('\n'), composed.Markdown!.Split('\n'));
        Assert.That(styled, Has.Length.EqualTo(plain.Length), "a setting changes words and figures, never the document's lines");
        return plain.Zip(styled).Where(p => p.First != p.Second).ToList();
    }

    [TestCaseSource(nameof(Examples))]
    public void An_example_style_is_one_style_yaml_on_the_default(string style)
    {
        var folder = Path.Combine(SampleDisclosure.TemplatesRoot, style);
        Assert.That(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Select(Path.GetFileName), Is.EqualTo(new[] { "style.yaml" }));
        Assert.That(File.ReadAllText(Path.Combine(folder, "style.yaml")), Does.Contain("base: default"));
    }

    [Test]
    public void Guangdong_words_every_completion_against_a_zero_budget_and_changes_nothing_else()
    {
        var differences = Differences("guangdong");
        // 五（三）: twelve 项 with 年初预算 0; 九: 因公出国（境）费 and 公务接待费 with 全年预算 0.
        Assert.That(differences, Has.Count.EqualTo(14));
        foreach (var (plain, styled) in differences)
        {
            Assert.That(plain, Does.Not.Contain("不可比"));
            Assert.That(styled.Replace("，完成年初预算的--%（预算数为0，不可比）", "").Replace("，完成全年预算的--%（预算数为0，不可比）", ""),
                Is.EqualTo(plain));
        }

        Assert.That(SampleDisclosure.Get("guangdong").Markdown, Does.Contain(
            "其他国防动员支出（项）年初预算为0万元，支出决算为3489万元，完成年初预算的--%（预算数为0，不可比），支出决算数大于年初预算数的主要原因"));
    }

    [Test]
    public void Yuan_prints_prose_and_tables_in_yuan_with_the_same_rates()
    {
        var differences = Differences("yuan");
        var styled = SampleDisclosure.Get("yuan").Markdown!;
        Assert.That(styled, Does.Contain("2024年度收、支总计均为268,646,300.00元。与2023年度相比，收、支总计减少86,849,800.00元，降低24.4%"));
        Assert.That(styled, Does.Contain("| 一、一般公共预算财政拨款收入 | 1 | 268,646,300.00 |"));
        Assert.That(styled, Does.Contain("2024年度　单位：元").And.Not.Contain("单位：万元"));
        // Every changed line changed its amounts or unit only: its percentages are those of the default style.
        var percent = new System.Text.RegularExpressions.Regex(@"\d+(\.\d+)?%");
        foreach (var (plain, changed) in differences)
            Assert.That(percent.Matches(changed).Select(m => m.Value), Is.EqualTo(percent.Matches(plain).Select(m => m.Value)), changed);
    }
}
