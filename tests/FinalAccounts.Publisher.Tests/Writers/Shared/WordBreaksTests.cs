using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Fixtures;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Tests.Writers.Shared;

public sealed class WordBreaksTests
{
    private const string Name = "武汉市洪山区经济信息化和科技创新局";

    private static readonly WordBreaks Breaks = WordBreaks.For(TestBlocks.Document([
        new Heading(1, "第二部分", $"{Name}2024年度部门决算表", "part-2", true, new("t.md", 1, 1)),
        TestBlocks.Rows(3) with { Title = "一般公共预算财政拨款基本支出决算明细表" },
    ]) with { Info = TestBlocks.Document().Info with { Names = [Name, "区经科局"] } });

    [Test]
    public void A_title_breaks_only_between_words_and_never_inside_the_department_name()
    {
        var text = $"2024年度{Name}部门决算";
        var free = Free(text);
        // Digits keep together by the line breaker's own rules (避头尾, numbers), not by the word list.
        Assert.That(free, Is.EqualTo(new[] { "2", "0", "2", "4", "年度", Name, "部门决算" }));
    }

    [Test]
    public void A_name_wider_than_a_line_breaks_between_its_own_words()
    {
        var kinds = Breaks.Kinds(Name);
        var inName = Enumerable.Range(0, Name.Length).Where(i => kinds[i] == BreakKind.InName).Select(i => Name[..i]).ToList();
        Assert.That(inName, Is.EqualTo(new[] { "武汉市", "武汉市洪山区", "武汉市洪山区经济信息化" }), "after 市, 区 and before 和");
        var market = WordBreaks.For(TestBlocks.Document() with { Info = TestBlocks.Document().Info with { Names = ["示例市东湖区市场监督管理局"] } });
        var k = market.Kinds("示例市东湖区市场监督管理局");
        Assert.That(k[7], Is.EqualTo(BreakKind.None), "市场 is not a place: no break after its 市");
    }

    [Test]
    public void Table_and_part_names_are_whole_words()
    {
        Assert.That(Free("六、一般公共预算财政拨款基本支出决算明细表"), Is.EqualTo(new[] { "六", "、", "一般公共预算财政拨款基本支出决算明细表" }));
        Assert.That(Free($"第二部分 {Name}2024年度部门决算表"), Does.Contain("部门决算表"), "the part's name");
    }

    /// <summary>The text cut at every free break (single characters where any break is free).</summary>
    private static List<string> Free(string text)
    {
        var kinds = Breaks.Kinds(text);
        var parts = new List<string>();
        var start = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            if (i < text.Length && kinds[i] != BreakKind.Free) continue;
            parts.Add(text[start..i]);
            start = i;
        }

        return parts;
    }
}
