using System.Text;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Input;

/// <summary>
/// What passes <c>check</c> must also build, so the limits a disclosure has are checked where the data is: files of at
/// most 1 MB, 600,000 characters per department, 10,000 per value or cell, 100 per name (FA1026), and no invisible or
/// control characters (FA1027), each at the data file's line and column.
/// </summary>
public sealed class SizeAndCharacterTests
{
    [Test]
    public void A_key_work_text_of_two_million_characters_reports_FA1026_at_its_line_1()
    {
        using var copy = SampleData.Copy();
        copy.WriteText("key-work.md", "## 一、重点工作\n\n" + new string('a', 2_000_001) + "\n");
        var run = copy.Check();

        Assert.That(run.Expect("FA1026", "key-work.md:1:1").Message.Zh, Does.Contain("1 MB"));
        run.ExpectNewExactly("FA1026 key-work.md:1:1");
    }

    [Test]
    public void A_ten_megabyte_organization_note_reports_FA1026_and_its_file_is_not_read()
    {
        using var copy = SampleData.Copy();
        copy.Replace("department.yaml", "organization_note: \"\"", "organization_note: " + new string('x', 10_000_000));
        var run = copy.Check();

        Assert.That(run.Load.Unavailable.Select(run.Relative), Does.Contain("department.yaml"));
        Assert.That(run.Errors.Select(run.Spot), Is.EqualTo(new[] { "FA1026 department.yaml:1:1" }));
    }

    [Test]
    public void A_value_over_10000_characters_reports_FA1026_at_the_value()
    {
        using var copy = SampleData.Copy();
        copy.Replace("department.yaml", "organization_note: \"\"", "organization_note: " + new string('说', 10_001));
        var run = copy.Check();

        Assert.That(run.Expect("FA1026", "department.yaml:20:20").Message.Zh, Does.Contain("10001"));
        run.ExpectNewExactly("FA1026 department.yaml:20:20");
    }

    [Test]
    public void A_value_of_10000_characters_is_accepted()
    {
        using var copy = SampleData.Copy();
        copy.Replace("department.yaml", "organization_note: \"\"", "organization_note: " + new string('说', 10_000));
        copy.Check().ExpectNothingNew();
    }

    [Test]
    public void A_cell_over_10000_characters_reports_FA1026_at_the_cell()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("performance/overall.indicators.csv", "新增设备数量", "实际完成值", new string('台', 10_001));
        var run = copy.Check();

        run.ExpectNewExactly("FA1026 performance/overall.indicators.csv:2:5");
    }

    [TestCase("department.yaml", "department.yaml:12:7")]
    [TestCase("performance/projects/01.yaml", "performance/projects/01.yaml:13:7")]
    public void A_name_over_100_characters_reports_FA1026_at_the_name(string file, string at)
    {
        using var copy = SampleData.Copy();
        copy.ReplaceValue(file, "name", new string('名', 101));
        var run = copy.Check();

        Assert.That(run.Expect("FA1026", at).Message.Zh, Does.Contain("100"));
        Assert.That(run.New.Where(d => d.Code.Id == "FA1026").Select(run.Spot), Is.EqualTo(new[] { $"FA1026 {at}" }));
    }

    [Test]
    public void A_key_work_heading_over_100_characters_reports_FA1026_at_the_heading()
    {
        using var copy = SampleData.Copy();
        copy.WriteText("key-work.md", "## " + new string('长', 3_000) + "\n\n" + copy.ReadText("key-work.md"));
        var run = copy.Check();

        Assert.That(run.Expect("FA1026", "key-work.md:1:1").Message.Zh, Does.Contain("标题最多 100 字"));
        run.ExpectNewExactly("FA1026 key-work.md:1:1");
    }

    [Test]
    public void Data_files_holding_more_than_600000_characters_report_FA1026_at_the_largest()
    {
        using var copy = SampleData.Copy();
        copy.AppendLine("key-work.md", string.Join("\n\n", Enumerable.Repeat(new string('a', 9_000), 63)));
        var run = copy.Check();

        Assert.That(run.Expect("FA1026", "key-work.md:1:1").Message.Zh, Does.Contain("600000"));
        run.ExpectNewExactly("FA1026 key-work.md:1:1");
    }

    [Test]
    public void A_right_to_left_override_in_an_indicators_CSV_reports_FA1027_at_its_field()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("performance/overall.indicators.csv", "新增设备数量", "实际完成值", "13台\u202E套");
        var run = copy.Check();

        var d = run.Expect("FA1027", "performance/overall.indicators.csv:2:5");
        Assert.That(d.Message.Zh, Does.Contain("U+202E").And.Contain("双向文字控制符"));
        run.ExpectNewExactly("FA1027 performance/overall.indicators.csv:2:5");
    }

    [TestCase("\u0007", "U+0007")]
    [TestCase("\u200B", "U+200B")]
    [TestCase("\u2028", "U+2028")]
    [TestCase("\uFEFF", "U+FEFF")]
    [TestCase("\u0085", "U+0085")]
    public void An_invisible_character_in_key_work_reports_FA1027_at_its_line_and_column(string character, string code)
    {
        using var copy = SampleData.Copy();
        copy.Replace("key-work.md", "## 一、", "## 一、" + character);
        var run = copy.Check();

        Assert.That(run.Expect("FA1027", "key-work.md:1:6").Message.En, Does.Contain(code));
        run.ExpectNewExactly("FA1027 key-work.md:1:6");
    }

    [Test]
    public void An_invisible_character_written_as_a_YAML_escape_reports_FA1027_at_the_value()
    {
        using var copy = SampleData.Copy();
        copy.Replace("operating-funds.yaml", "reason: 区大数据中心", "reason: \"区大\\u202E数据中心");
        copy.Replace("operating-funds.yaml", "其他商品和服务支出等增加", "其他商品和服务支出等增加\"");
        var run = copy.Check();

        run.ExpectNewExactly("FA1027 operating-funds.yaml:6:9");
    }

    [Test]
    public void Thousands_of_control_characters_give_20_lines_and_one_that_counts_the_rest()
    {
        using var copy = SampleData.Copy();
        copy.AppendLine("key-work.md", new string('\u0001', 100_000));
        var run = copy.Check();

        var listed = run.Diagnostics.Where(d => d.Code.Id == "FA1027").ToList();
        Assert.That(listed, Has.Count.EqualTo(21));
        Assert.That(listed.Sum(d => d.Count), Is.EqualTo(100_000));
        Assert.That(listed[^1].Message.Zh, Does.StartWith("另有 99980 处同类错误"));
    }

    [Test]
    public void Tabs_line_ends_and_full_width_spaces_are_ordinary_text()
    {
        using var copy = SampleData.Copy();
        copy.WriteBytes("key-work.md", Encoding.UTF8.GetBytes(copy.ReadText("key-work.md").Replace("\n", "\r\n") + "\u3000\t末尾\u00A0\r\n"));
        copy.Check().ExpectNothingNew();
    }
}
