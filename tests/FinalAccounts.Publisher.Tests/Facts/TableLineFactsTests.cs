using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Facts;

/// <summary>Issue 14.1: every line of 公开01/04表 is a fact named by its 行次, with the descriptor's name, not only the totals.</summary>
public sealed class TableLineFactsTests
{
    [Test]
    public void Every_fixed_line_of_table_01_is_a_fact_with_the_descriptor_s_name()
    {
        var rows = (LineRows)PublicTables.T01.Rows;
        var template = string.Join("|", rows.Fixed.Select(l => $"{{{{ t01.line{l.Number}.number }}}}={{{{ t01.line{l.Number}.name }}}}"));
        var expected = string.Join("|", rows.Fixed.Select(l => $"{l.Number}={l.Name}"));
        Assert.That(TemplateProbe.Text(template), Is.EqualTo(expected));
    }

    [Test]
    public void Class_lines_of_table_01_carry_the_code_list_names_and_amounts()
    {
        // 公开01表 line 36 科学技术支出 17,078.57 and line 49 住房保障支出 179.26 (reference publication).
        Assert.That(TemplateProbe.Text("{{ t01.line36.name }}{{ amount t01.line36.amount }}；{{ t01.line49.name }}{{ amount t01.line49.amount }}"),
            Is.EqualTo("科学技术支出17078.57万元；住房保障支出179.26万元"));
    }

    [Test]
    public void Balances_and_single_income_lines_are_reachable_with_their_figures()
    {
        using var sample = SampleData.Copy();
        sample.SetCell("tables/01.csv", "4", "金额", "120.5");
        sample.SetCell("tables/01.csv", "28", "金额", "3.2");
        sample.SetCell("tables/01.csv", "29", "金额", "-15");
        sample.SetCell("tables/01.csv", "59", "金额", "40.25");
        var model = TemplateProbe.Load(sample.Folder);
        Assert.That(TemplateProbe.Text(
                "{{ t01.line4.name }}{{ amount t01.line4.amount }}，{{ t01.line28.name }}{{ amount t01.line28.amount }}，" +
                "{{ t01.line29.name }}{{ amount t01.line29.amount }}，{{ t01.line59.name }}{{ amount t01.line59.amount }}", model),
            Is.EqualTo("上级补助收入120.5万元，使用非财政拨款结余（含专用结余）3.2万元，年初结转和结余-15万元，年末结转和结余40.25万元"));
    }

    [Test]
    public void Table_04_lines_include_the_carry_overs_of_appropriations()
    {
        Assert.That(TemplateProbe.Text("{{ t04.line28.name }}/{{ t04.line60.name }}/{{ amount t04.line32.amount }}"),
            Is.EqualTo("年初财政拨款结转和结余/年末财政拨款结转和结余/26864.63万元"));
    }

    [Test]
    public void Every_income_part_is_listed_with_zero_ones_included()
    {
        Assert.That(TemplateProbe.Text("{{ for p in income.parts }}{{ p.name }}{{ amount p.amount }}；{{ end }}"),
            Is.EqualTo("财政拨款收入26864.63万元；上级补助收入0万元；事业收入0万元；经营收入0万元；附属单位上缴收入0万元；其他收入0万元；"));
    }

    [Test]
    public void The_lines_can_be_looped_over_in_order()
    {
        var text = TemplateProbe.Text("{{ for l in t01.lines }}{{ l.number }},{{ end }}");
        var numbers = text.TrimEnd(',').Split(',').Select(int.Parse).ToList();
        Assert.That(numbers, Is.Ordered);
        Assert.That(numbers, Has.Count.EqualTo(((LineRows)PublicTables.T01.Rows).Fixed.Count + 26));
    }
}
