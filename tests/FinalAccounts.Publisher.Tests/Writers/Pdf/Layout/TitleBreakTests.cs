using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using static FinalAccounts.Publisher.Tests.Writers.Pdf.Layout.LayoutProbe;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf.Layout;

/// <summary>Titles, part headings and contents entries break between words, never inside a proper name.</summary>
public sealed class TitleBreakTests
{
    private const string Name = "武汉市洪山区经济信息化和科技创新局";
    private const string LongName = "示例省示例市高新技术产业开发区人力资源和社会保障与发展和改革委员会办公室";
    private static readonly SourceLocation Here = new("t.md", 1, 1);

    [Test]
    public void Title_breaks_only_between_words()
    {
        var layout = RunNamed([Name], new TitleBlock($"2024年度{Name}部门决算", [Name], Here));
        Assert.That(layout.Pages[0].Lines.Take(3), Is.EqualTo(new[] { "2024年度", Name, "部门决算" }), "the name whole on a line of its own");
    }

    [Test]
    public void Part_heading_breaks_between_words_with_the_name_whole()
    {
        var layout = RunNamed([Name], new Heading(1, "第三部分", $"{Name}2024年度部门决算情况说明", "p3", true, Here));
        Assert.That(layout.Pages[0].Lines.Take(2), Is.EqualTo(new[] { $"第三部分 {Name}", "2024年度部门决算情况说明" }));
    }

    [Test]
    public void A_name_wider_than_a_line_breaks_between_its_own_words()
    {
        var layout = RunNamed([LongName], new TitleBlock($"2024年度{LongName}部门决算", [], Here));
        var lines = layout.Pages[0].Lines.ToList();
        Assert.That(string.Concat(lines), Is.EqualTo($"2024年度{LongName}部门决算"));
        string[] words = ["2024年度", "示例省", "示例市", "高新技术产业开发区", "人力资源", "和社会保障", "与发展", "和改革委员会", "办公室", "部门决算"];
        var cuts = lines.Select(l => l.Length).Aggregate(new List<int> { 0 }, (a, n) => { a.Add(a[^1] + n); return a; });
        var allowed = words.Aggregate(new List<int> { 0 }, (a, w) => { a.Add(a[^1] + w.Length); return a; });
        Assert.That(cuts, Is.SubsetOf(allowed.Concat([allowed[^1] - 2])), $"lines: {string.Join(" / ", lines)}");
    }

    [Test]
    public void A_contents_entry_keeps_the_part_name_whole()
    {
        var part = new Heading(1, "第二部分", $"{Name}2024年度部门决算表", "p2", true, Here);
        var layout = RunNamed([Name], new TableOfContents("目录", 2, Here), new PageBreak(Here), part);
        var entry = layout.Pages[0].Lines.SkipWhile(l => !l.StartsWith("第二部分", StringComparison.Ordinal)).Take(2).ToList();
        Assert.That(entry[0], Is.EqualTo($"第二部分 {Name}2024年度"));
        Assert.That(entry[1], Does.StartWith("部门决算表"));
    }

    [Test]
    public void A_contents_entry_with_a_name_wider_than_a_line_fills_its_first_line()
    {
        var part = new Heading(1, "第一部分", $"{LongName}概况", "p1", true, Here);
        var project = new Heading(2, "二、", "2024年度示例区重点产业链培育和科技创新平台建设第1批专项资金项目绩效自评表", "f2", true, Here);
        var layout = RunNamed([LongName], new TableOfContents("目录", 2, Here), new PageBreak(Here), part, project);
        var lines = layout.Pages[0].Lines.ToList();
        var first = lines.Single(l => l.StartsWith("第一部分", StringComparison.Ordinal));
        Assert.That(first, Does.StartWith("第一部分 示例省示例市"), "not 第一部分 alone on its line");
        Assert.That(lines, Has.None.EndsWith("第1"), "第1批 stays together");
    }

    [Test]
    public void The_cover_subtitle_breaks_a_long_name_between_its_words()
    {
        var layout = RunNamed([LongName], new TitleBlock("2024年度部门决算", [LongName, "2025年2月10日"], Here));
        var lines = layout.Pages[0].Lines.SkipWhile(l => l != "2024年度部门决算").Skip(1).TakeWhile(l => !l.StartsWith("2025", StringComparison.Ordinal)).ToList();
        Assert.That(lines, Has.Count.EqualTo(2));
        Assert.That(lines[1], Does.StartWith("和").Or.StartWith("与").Or.StartWith("人力"), string.Join(" / ", lines));
    }
}
