using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Tests.Facts;

/// <summary>
/// Issue 14.5 and 14.7: units for prose and tables (万元 or 元, converted in one place before rounding) and the
/// percentage thousands separator, as style.yaml sets them.
/// </summary>
public sealed class NumberSettingsTests
{
    [Test]
    public void Percent_thousands_separates_large_percentages()
    {
        var style = HouseStyleFiles.Read("numbers:\n  percent_thousands: true\n").Numbers;
        Assert.That(new NumberFormatter(style).Percent(10.554m), Is.EqualTo("1,055.4%"));
        Assert.That(new NumberFormatter(NumberStyle.Default).Percent(10.554m), Is.EqualTo("1055.4%"));
    }

    [TestCase("26864.63", "268646300")]
    [TestCase("0.18", "1800")]
    [TestCase("123.456789", "1234567.89")]
    [TestCase("0.0000005", "0.01")]
    public void Prose_in_yuan_converts_before_rounding(string wanYuan, string expected)
    {
        var f = new NumberFormatter(NumberStyle.Default with { ProseUnit = AmountUnit.Yuan });
        Assert.That(f.Prose(decimal.Parse(wanYuan, System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(expected));
    }

    [Test]
    public void Amount_prints_the_number_with_the_unit_of_the_setting()
    {
        Assert.That(new NumberFormatter(NumberStyle.Default).ProseWithUnit(187.9m), Is.EqualTo("187.9万元"));
        Assert.That(new NumberFormatter(NumberStyle.Default with { ProseUnit = AmountUnit.Yuan }).ProseWithUnit(187.9m), Is.EqualTo("1879000元"));
    }

    [Test]
    public void Tables_in_yuan_keep_separators_and_two_decimals()
    {
        var f = new NumberFormatter(NumberStyle.Default with { TableUnit = AmountUnit.Yuan });
        Assert.That((f.Table(26864.63m), f.Table(123.456789m), f.Table(0m)), Is.EqualTo(("268,646,300.00", "1,234,567.89", "")));
        Assert.That(f.FormMoney(15975.89m), Is.EqualTo("159758900.00"));
    }

    [Test]
    public void A_part_can_have_a_unit_of_its_own()
    {
        var style = HouseStyleFiles.Read("numbers:\n  part_units:\n    three-public: 元\n").Numbers;
        var part = new NumberFormatter(style).ForPart("three-public");
        var other = new NumberFormatter(style).ForPart("operating-funds");
        Assert.That((part.ProseWithUnit(6.72m), part.Table(6.72m)), Is.EqualTo(("67200元", "67,200.00")));
        Assert.That((other.ProseWithUnit(6.72m), other.Table(6.72m)), Is.EqualTo(("6.72万元", "6.72")));
    }

    [TestCase("numbers:\n  prose_unit: 千元\n", "千元")]
    [TestCase("numbers:\n  part_units:\n    three-public: yuan\n", "yuan")]
    public void An_unknown_unit_is_reported_at_its_value(string settings, string value)
    {
        var (_, bag) = HouseStyleFiles.TryRead(settings);
        var d = bag.Items.Single();
        Assert.That(d.Code.Id, Is.EqualTo("FA5006"));
        Assert.That(d.Message.Zh, Does.Contain(value).And.Contain("万元"));
        Assert.That(d.Location.Line, Is.GreaterThan(1));
    }

    [Test]
    public void Every_new_setting_is_a_known_key()
    {
        var style = HouseStyleFiles.Read(
            "numbers:\n  percent_thousands: true\n  zero_base_growth: \"--\"\n  zero_base_completion: \"--%\"\n  zero_base_share: \"--\"\n" +
            "  prose_unit: 元\n  table_unit: 元\nwords:\n  equal_without_reason: \"，支出决算数与年初预算数持平\"\n");
        Assert.That(style.Numbers.PercentThousands && style.Numbers.ProseUnit == AmountUnit.Yuan && style.Numbers.TableUnit == AmountUnit.Yuan);
        Assert.That(style.Words.EqualWithoutReason, Is.EqualTo("，支出决算数与年初预算数持平"));
    }

    [Test]
    public void A_unit_typed_after_an_amount_is_flagged_where_the_part_prints_another_unit()
    {
        var yuan = NumberStyle.Default with { ProseUnit = AmountUnit.Yuan };
        var (text, bag) = TemplateProbe.Render("标题\n支出{{ money summary.total.current }}万元。", numbers: yuan);
        var d = bag.Items.Single();
        Assert.That((d.Code.Id, d.Location.Line, d.Location.Column), Is.EqualTo(("FA5022", 2, 36)));
        Assert.That(text, Is.Not.Null, "the text is written, the build stops on the error");
        Assert.That(TemplateProbe.Render("支出{{ money summary.total.current }}万元。").Bag.Items, Is.Empty, "万元 is right in a 万元 part");
        Assert.That(TemplateProbe.Text("支出{{ amount summary.total.current }}，即{{ money summary.total.current }}{{ unit }}。", numbers: yuan),
            Is.EqualTo("支出268646300元，即268646300元。"));
    }

    [Test]
    public void A_part_unit_for_a_part_the_style_does_not_have_is_reported_at_its_key()
    {
        using var sample = Support.SampleData.Copy();
        var root = Path.Combine(sample.Root, "templates");
        Support.SampleData.CopyDirectory(Path.Combine(Support.SampleData.RepositoryRoot, "templates", "default"), Path.Combine(root, "default"));
        Directory.CreateDirectory(Path.Combine(root, "yuan"));
        File.WriteAllText(Path.Combine(root, "yuan", "style.yaml"), "base: default\nnumbers:\n  part_units:\n    09-three-public: 元\n");
        var bag = new Diagnostics.DiagnosticBag();
        var style = Publisher.Compose.HouseStyleReader.Read(root, "yuan", bag)!;
        var templates = Publisher.Compose.TemplateSetLoader.Load(style, null, bag);
        Publisher.Compose.Composer.Compose(TemplateProbe.Sample, style, templates, Publisher.Compose.Tables.TableLayouts.Read(style, bag), bag);
        var d = bag.Items.Single(x => x.Code.Id == "FA5006");
        Assert.That((Path.GetFileName(d.Location.File), d.Location.Line), Is.EqualTo(("style.yaml", 4)));
        Assert.That(d.Message.Zh, Does.Contain("09-three-public").And.Contain("three-public"));
    }
}
