namespace FinalAccounts.Publisher.Tests.Golden;

/// <summary>The golden matcher itself: it must catch a missing sentence, a wrong figure, an extra figure and a wrong order.</summary>
public sealed class GoldenMatcherTests
{
    private const string Markdown = """
        # 第一部分 概况

        公开01表

        部门：某部门　2024年度　单位：万元

        | 项目 | 行次 | 金额 |
        | --- | :---: | ---: |
        | 栏次 |  | 1 |
        | 一、一般公共预算财政拨款收入 | 1 | 26,864.63 |
        | 二、其他收入 | 2 | 0.00 |

        2024年度收、支总计均为26864.63万元。

        # 第二部分 表
        """;

    [Test]
    public void Matching_expectations_give_no_problems()
    {
        var problems = Check("""
            [parts]
            第一部分 概况
            第二部分 表
            [sentences]
            收、支总计均为26864.63万元。
            """);
        Assert.That(problems, Is.Empty);
    }

    [TestCase("[sentences]\n收、支总计均为26864.6万元。", "[sentences]")]
    [TestCase("[parts]\n第二部分 表\n第一部分 概况", "out of order")]
    [TestCase("[table 01]\n一、一般公共预算财政拨款收入 | 1 | 26,864.64", "row not found")]
    [TestCase("[table 01]\n一、一般公共预算财政拨款收入 | 1 | 26,864.63", "rows with amounts")]
    [TestCase("[table 02]\n合计 | 1.00", "no table labelled 公开02表")]
    public void A_mismatch_is_reported(string golden, string expected)
    {
        var problems = Check(golden);
        Assert.That(problems, Has.Some.Contains(expected));
    }

    private static List<string> Check(string golden)
    {
        var path = Path.Combine(Path.GetTempPath(), $"golden-{Guid.NewGuid():N}.txt");
        File.WriteAllText(path, golden);
        try
        {
            return GoldenMatcher.Check(GoldenFile.Read(path), MarkdownView.Parse(Markdown));
        }
        finally
        {
            File.Delete(path);
        }
    }
}
