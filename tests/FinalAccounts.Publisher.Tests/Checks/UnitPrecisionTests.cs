using System.Globalization;
using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Tests.Fixtures.Workbooks;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Checks;

/// <summary>
/// Figures entered in different units (a workbook in 元 beside budget-execution.csv in 万元) compare at the coarser
/// precision by the one rounding rule; figures entered in one unit compare exactly.
/// </summary>
public sealed class UnitPrecisionTests
{
    private const string Execution = "budget-execution.csv";

    [Test]
    public void Yuan_beside_wan_yuan_compare_at_two_decimals_of_wan_yuan()
    {
        Assert.That(UnitPrecision.Common(AmountUnit.Yuan, AmountUnit.WanYuan), Is.EqualTo(2));
        Assert.That(UnitPrecision.Common(AmountUnit.WanYuan, AmountUnit.Yuan), Is.EqualTo(2));
    }

    [Test]
    public void Figures_in_one_unit_compare_exactly()
    {
        Assert.That(UnitPrecision.Common(AmountUnit.Yuan, AmountUnit.Yuan), Is.Null);
        Assert.That(UnitPrecision.Common(AmountUnit.WanYuan, AmountUnit.WanYuan), Is.Null);
        Assert.That(UnitPrecision.At(190.011234m, null), Is.EqualTo(190.011234m));
    }

    // 1,900,112.34 元 is 190.011234 万元: its 万元 figure is 190.01; half a cent rounds away from zero (四舍五入).
    [TestCase("190.011234", "190.01")]
    [TestCase("190.014999", "190.01")]
    [TestCase("190.015", "190.02")]
    [TestCase("-190.015", "-190.02")]
    public void A_yuan_figure_compares_as_its_wan_yuan_rounding(string yuan, string wanYuan) =>
        Assert.That(UnitPrecision.At(decimal.Parse(yuan, CultureInfo.InvariantCulture), 2), Is.EqualTo(decimal.Parse(wanYuan, CultureInfo.InvariantCulture)));

    [Test]
    public void A_workbook_in_yuan_with_cents_checks_clean_against_budget_execution_in_wan_yuan()
    {
        using var copy = InYuanWorkbook();

        var run = copy.Check();

        Assert.That(run.Model.T05.Find(new SubjectCode("2060101"))![0].Value, Is.EqualTo(516.491234m));
        Assert.That(run.Errors.Select(run.Describe), Is.Empty);
    }

    // 公开05表 2060101 holds 5,164,912.34 元 (516.49 万元 rounded); a 万元 figure a cent off either way is an error.
    [TestCase("516.48")]
    [TestCase("516.50")]
    public void A_yuan_figure_off_by_more_than_the_coarser_precision_is_still_FA3009(string actual)
    {
        using var copy = InYuanWorkbook();
        copy.SetCell(Execution, "2060101", "决算数", actual);

        var run = copy.Check();

        run.Expect("FA3009", "budget-execution.csv:5:4", 516.491234m, decimal.Parse(actual, CultureInfo.InvariantCulture));
    }

    [Test]
    public void A_comparison_between_figures_entered_in_yuan_is_not_rounded()
    {
        using var copy = SampleData.Copy();
        YuanData.Convert(copy);
        copy.SetCell(Execution, "2060101", "决算数", "5164912.34");

        var run = copy.Check();

        run.Expect("FA3009", "budget-execution.csv:5:4", 516.49m, 516.491234m);
    }

    private static SampleCopy InYuanWorkbook()
    {
        var copy = SampleData.Copy();
        copy.WriteBytes("tables.xlsx", WorkbookFixture.Xlsx(new WorkbookShape { InYuan = true }, copy.Folder));
        Directory.Delete(copy.PathOf("tables"), recursive: true);
        return copy;
    }
}
