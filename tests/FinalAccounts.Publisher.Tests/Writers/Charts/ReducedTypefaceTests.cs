using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Charts;
using FinalAccounts.Publisher.Writers.Fonts;
using SkiaSharp;

namespace FinalAccounts.Publisher.Tests.Writers.Charts;

/// <summary>The chart faces' reduced-cmap twins: the same face to SkiaSharp for common text, and the same charts.</summary>
public sealed class ReducedTypefaceTests
{
    private const string Common = "中华人民共和国财政部门决算收入支出合计万元年度基本项目一般公共预算拨款（），、。：；“”《》%0123456789.-ABCxyz";

    private static FontFace Face(string family) =>
        ChartSample.Catalog.FindFamily(family).FirstOrDefault() ?? throw new AssertionException($"no '{family}' font installed");

    [TestCase("WenQuanYi Zen Hei", true)]
    [TestCase("WenQuanYi Zen Hei", false)]
    [TestCase("AR PL UMing CN", true)]
    [TestCase("AR PL UMing CN", false)]
    public void The_reduced_face_parses_with_the_same_glyph_count_units_per_em_names_glyphs_and_advances(string family, bool mapped)
    {
        var face = Face(family);
        var full = TypefaceCache.Get(face) ?? throw new AssertionException("the full face does not load");
        var reduced = ReducedTypeface.Load(face, full, mapped) ?? throw new AssertionException("no reduced face");
        Assert.That(Directory.GetFiles(Path.GetTempPath(), $"finacc-chart-font-{Environment.ProcessId}-*"), Is.Empty,
            "the temporary file is removed at once");
        Assert.That(reduced.Typeface, Is.Not.SameAs(full));
        Assert.That(reduced.Typeface.GlyphCount, Is.EqualTo(full.GlyphCount));
        Assert.That(reduced.Typeface.UnitsPerEm, Is.EqualTo(full.UnitsPerEm));
        Assert.That(reduced.Typeface.FamilyName, Is.EqualTo(full.FamilyName).And.EqualTo(family));
        Assert.That(reduced.Characters.ContainsAll(Common), Is.True);

        using var fullFont = new SKFont(full, 10.5f);
        using var reducedFont = new SKFont(reduced.Typeface, 10.5f);
        var glyphs = fullFont.GetGlyphs(Common);
        Assert.That(glyphs, Has.None.EqualTo(0), "the sample characters are in the face");
        Assert.That(reducedFont.GetGlyphs(Common), Is.EqualTo(glyphs));
        Assert.That(reducedFont.GetGlyphWidths(glyphs), Is.EqualTo(fullFont.GetGlyphWidths(glyphs)));
        Assert.That(reducedFont.MeasureText(Common), Is.EqualTo(fullFont.MeasureText(Common)));
        Assert.That(reducedFont.Spacing, Is.EqualTo(fullFont.Spacing));
    }

    [TestCase("WenQuanYi Zen Hei", "镕")] // GBK, not GB 2312
    [TestCase("WenQuanYi Zen Hei", "啰")]
    [TestCase("WenQuanYi Zen Hei", "가")] // Hangul
    [TestCase("AR PL UMing CN", "镕")]
    [TestCase("AR PL UMing CN", "啰")]
    public void Characters_outside_the_common_set_map_to_glyph_0_in_the_reduced_face_only(string family, string text)
    {
        var face = Face(family);
        var reduced = TypefaceCache.GetReduced(face) ?? throw new AssertionException("no reduced face");
        using var fullFont = new SKFont(TypefaceCache.Get(face), 12);
        using var reducedFont = new SKFont(reduced.Typeface, 12);
        Assert.That(fullFont.GetGlyphs(text), Has.None.EqualTo(0), "the full face has it");
        Assert.That(reducedFont.GetGlyphs(text), Has.All.EqualTo(0));
        Assert.That(reduced.Characters.ContainsAll(text), Is.False);
    }

    [Test]
    public void Chart_text_is_set_in_the_reduced_face_only_when_every_character_is_in_it()
    {
        var fonts = new ChartFonts(ChartSample.Catalog, ChartSample.Style, reducedCmaps: true);
        var role = ChartPlotFactory.TextRole;
        var common = fonts.Typeface(role, "一般公共预算财政拨款收入");
        var rare = fonts.Typeface(role, "朱镕基");
        Assert.That(common.FamilyName, Is.EqualTo(rare.FamilyName), "one face");
        var face = ChartSample.Catalog.Resolve(fonts.Families(role)).Faces.First(f => ChartSample.Catalog.HasGlyph(f, '镕'));
        Assert.That(common, Is.SameAs(TypefaceCache.GetReduced(face)!.Typeface));
        Assert.That(rare, Is.SameAs(TypefaceCache.Get(face)));
        Assert.That(new ChartFonts(ChartSample.Catalog, ChartSample.Style).Typeface(role, "一般公共预算"), Is.SameAs(TypefaceCache.Get(face)),
            "off unless asked for");
    }

    [Test]
    public void Every_sample_chart_is_byte_identical_with_and_without_the_reduced_faces()
    {
        var with = new ChartRenderer(ChartSample.Catalog, ChartSample.Style, new(), reducedCmaps: true);
        var without = new ChartRenderer(ChartSample.Catalog, ChartSample.Style, new(), reducedCmaps: false);
        Assert.That(ChartSample.Figures, Is.Not.Empty);
        foreach (var figure in ChartSample.Figures)
        {
            foreach (var format in new[] { FigureFormat.Svg, FigureFormat.Png })
            {
                var a = with.Render(figure, format).Bytes;
                Assert.That(a, Is.Not.Empty, $"{figure.Label} {format}");
                Assert.That(a, Is.EqualTo(without.Render(figure, format).Bytes), $"{figure.Label} {format}");
            }
        }
    }
}
