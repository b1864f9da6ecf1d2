using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Pdf;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf;

/// <summary>
/// The space where Chinese meets Latin text (<see cref="AutoSpace"/>): set as Word sets it beside letters and digits and
/// as LibreOffice sets it beside signs, counted while breaking lines but not at a line's end.
/// </summary>
public sealed class AutoSpaceTests
{
    private static readonly Lazy<FontHandle> Handle = new(() =>
        new FontBook(PdfSample.Catalog).Get(DocumentStyle.Default.Font(StyleRole.Body))!.Primary);

    private static List<Glyph> Spaced(string text)
    {
        var glyphs = text.EnumerateRunes().Select(r => new Glyph(r.Value, Handle.Value, r.Value < 0x2E80 ? 5 : 10)).ToList();
        AutoSpace.Apply(glyphs);
        return glyphs;
    }

    private static double Ems(Glyph g) => g.Gap / Handle.Value.Size;

    [Test]
    public void Chinese_beside_a_digit_or_letter_gets_a_quarter_em_and_beside_a_sign_a_fifth()
    {
        var g = Spaced("支出4.43万元，占78%。A（");
        Assert.That(Ems(g[1]), Is.EqualTo(AutoSpace.LetterOrDigit), "出|4");
        Assert.That(g.Skip(2).Take(3).Select(Ems), Is.All.Zero, "inside the number");
        Assert.That(Ems(g[5]), Is.EqualTo(AutoSpace.LetterOrDigit), "3|万");
        Assert.That(Ems(g[12]), Is.EqualTo(AutoSpace.Sign), "%|。");
        Assert.That(Ems(g[13]), Is.EqualTo(AutoSpace.LetterOrDigit), "。|A");
        Assert.That(g[1].Width - g[1].Advance, Is.EqualTo(g[1].Gap), "the gap is part of the width");
    }

    [Test]
    public void No_gap_beside_a_space_or_between_Chinese_characters()
    {
        Assert.That(Spaced("年度 2024 年度").Select(g => g.Gap), Is.All.Zero);
        Assert.That(Spaced("一般公共预算“三公”").Select(g => g.Gap), Is.All.Zero);
    }

    [Test]
    public void A_gap_counts_inside_a_line_but_not_at_its_end()
    {
        var glyphs = Spaced("一二三4");
        var gap = glyphs[2].Gap;
        Assert.That(LineBreaker.Measure(glyphs, 0, 4), Is.EqualTo(35 + gap), "三 and 4 apart");
        Assert.That(LineBreaker.Measure(glyphs, 0, 3), Is.EqualTo(30), "a line ending at 三 carries no gap");
        var lines = LineBreaker.Break(glyphs, 30, 30);
        Assert.That(lines[0].End, Is.EqualTo(3), "三 still fits a 30 pt line: its gap would stand at the end");
        Assert.That(LineBreaker.Break(glyphs, 35, 35), Has.Count.EqualTo(2), "三 and 4 need 35 pt and the gap");
    }
}
