using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Pdf;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf;

public sealed class LineBreakerTests
{
    private static readonly Lazy<FontHandle> Handle = new(() =>
        new FontBook(PdfSample.Catalog).Get(DocumentStyle.Default.Font(StyleRole.Body))!.Primary);

    // Widths as in a CJK font: ideographs and full-width punctuation 1 em (10), Latin and digits half.
    private static List<Glyph> Glyphs(string text) =>
        text.EnumerateRunes().Select(r => new Glyph(r.Value, Handle.Value, r.Value < 0x2E80 && r.Value != '—' && r.Value != '…' ? 5 : 10)).ToList();

    private static List<string> Break(string text, double width)
    {
        var glyphs = Glyphs(text);
        return LineBreaker.Break(glyphs, width, width).Select(l => TextSetter.Text(glyphs, l)).ToList();
    }

    private static readonly string[] Hostile =
    [
        "收入合计增加，。，。、；：？！）」』》】%…… 减少（「『《【“支出”总计——比上年度增加26,864.63万元，增长24.4%。",
        "一二三四五六七八九十，。一二三四五六七八九十（一）（二）“三”……——%%",
        "2024年度收、支总计均为26864.63万元。与2023年度相比，收、支总计减少8684.98万元，降低24.4%，完成规上工业产值335.6亿。",
        "（（（（（（（（（（（（（（字字字字字字字字字，，，，，，，，，，，，，",
        "项目支出（二）：15,975.89万元（A），执行率96.10%（B/A），得分19.22分。ABC abc 5G A1-2",
    ];

    [Test]
    public void Hostile_text_never_breaks_a_kinsoku_rule_at_any_width()
    {
        foreach (var text in Hostile)
        {
            for (var width = 40; width <= 300; width += 5)
            {
                var lines = Break(text, width);
                Assert.That(string.Concat(lines).Replace(" ", ""), Is.EqualTo(text.Replace(" ", "")), "nothing lost");
                for (var i = 0; i < lines.Count; i++)
                {
                    // A unit wider than the whole line must be cut; only next to such a cut may a rule give way.
                    var cut = (i > 0 && IsOneUnit(lines[i - 1])) || IsOneUnit(lines[i]);
                    if (cut) continue;
                    Assert.That(Kinsoku.Violation(lines[i], i == 0, i == lines.Count - 1), Is.Null, $"width {width}: [{string.Join("|", lines)}]");
                }
            }
        }
    }

    private static bool IsOneUnit(string line)
    {
        var glyphs = Glyphs(line);
        return !Enumerable.Range(1, Math.Max(0, glyphs.Count - 1)).Any(i => LineBreaker.CanBreakBefore(glyphs, i));
    }

    [TestCase("总计为26,864.63万元", "26,864.63")]
    [TestCase("降低了24.4%，主要原因", "24.4%")]
    [TestCase("在2024年新增45家企业", "2024年")]
    [TestCase("增长-5.25个百分点", "-5.25")]
    [TestCase("≥5台套的设备", "≥5台")]
    public void A_number_is_never_split(string text, string number)
    {
        for (var width = 30; width <= 200; width += 1)
        {
            if (Glyphs(number).Sum(g => g.Width) > width) continue;
            var lines = Break(text, width);
            Assert.That(lines.Any(l => l.Contains(number, StringComparison.Ordinal)), $"width {width}: [{string.Join("|", lines)}]");
        }
    }

    [Test]
    public void Dashes_and_ellipses_are_never_split()
    {
        for (var width = 30; width <= 120; width += 5)
        {
            var lines = Break("字字字字——字字字……字字字字字——", width);
            foreach (var line in lines)
            {
                Assert.That(line, Does.Not.StartWith("…"), string.Join("|", lines));
                Assert.That(line.Count(c => c == '—') % 2, Is.Zero, string.Join("|", lines));
            }
        }
    }

    [Test]
    public void Forced_break_starts_a_new_line_and_spaces_do_not_start_lines()
    {
        Assert.That(Break("第一行\n第二行", 500), Is.EqualTo(new[] { "第一行", "第二行" }));
        Assert.That(Break("aaaa bbbb cccc", 50).All(l => !l.StartsWith(' ')), Is.True);
    }

    [Test]
    public void Justified_line_fills_the_width_exactly()
    {
        var glyphs = Glyphs("武汉市洪山区经济信息化和科技创新局要紧紧围绕贯彻实施创新驱动发展战略");
        var spans = LineBreaker.Break(glyphs, 155, 155);
        var ops = new List<DrawOp>();
        TextSetter.SetLine(ops, glyphs, spans[0], 0, 0, 155, 20, TextAlign.Justify);
        var runs = ops.OfType<TextOp>().ToList();
        Assert.That(runs[0].X, Is.EqualTo(0));
        Assert.That(runs[^1].X + runs[^1].Width, Is.EqualTo(155).Within(0.001));
    }
}
