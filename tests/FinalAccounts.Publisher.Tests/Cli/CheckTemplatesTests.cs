using System.Text.Json;
using System.Text.RegularExpressions;
using FinalAccounts.Cli;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Cli;

/// <summary><c>finacc check</c> checks the templates too: a broken one exits 1 and is reported once, whatever the departments.</summary>
public sealed class CheckTemplatesTests
{
    [Test]
    public void A_broken_template_exits_1_and_is_reported_once_for_a_year_of_departments()
    {
        using var copy = SampleData.Copy();
        copy.AddDepartment("second-dept");
        using var templates = new TemplatesCopy();
        templates.Write("default/parts/income.sbn", "收入合计{{ money income.total.curent }}万元。\n");
        var (code, output, _) = Finacc.Run("check", copy.YearFolder, "--templates", templates.Root, "--lang", "zh", "-q");

        Assert.That(code, Is.EqualTo(ExitCodes.Errors), output);
        Assert.That(Regex.Matches(output, @"(?m)^.+/default/parts/income\.sbn:1:\d+: error FA5002: ").Count, Is.EqualTo(1), output);
        Assert.That(output, Does.Contain("没有 curent，是不是 current？"));
        Assert.That(output, Does.Contain("模板（版式 default）：1 个错误，0 个警告。"));
        Assert.That(Regex.Matches(output, "0 个错误，0 个警告").Count, Is.EqualTo(2), "the departments' data are sound");
    }

    [Test]
    public void Sound_templates_check_clean()
    {
        using var copy = SampleData.Copy();
        var (code, output, _) = Finacc.Run("check", copy.Folder, "--templates", SampleDisclosure.TemplatesRoot, "--lang", "zh");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
        Assert.That(output, Does.Contain("模板（版式 default）：0 个错误，0 个警告。"));
    }

    [Test]
    public void A_syntax_error_is_found_even_when_the_data_fail_and_no_department_is_composed()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("tables/05.csv", "2060199", "基本支出", "369.94");
        using var templates = new TemplatesCopy();
        templates.Write("default/parts/special.sbn", "{{ if special == \"\" }}未涉及。\n");
        var (code, output, _) = Finacc.Run("check", copy.Folder, "--templates", templates.Root, "--lang", "en", "-q");

        Assert.That(code, Is.EqualTo(ExitCodes.Errors), output);
        Assert.That(output, Does.Contain("/default/parts/special.sbn:1:").And.Contain("error FA5001: {{ if }} has no matching {{ end }}."));
    }

    [Test]
    public void A_part_that_no_section_names_is_a_warning_with_the_name_meant()
    {
        using var copy = SampleData.Copy();
        using var templates = new TemplatesCopy();
        templates.Write("default/parts/10-operating-funds.sbn", "部门专用措辞。\n");
        var (code, output, _) = Finacc.Run("check", copy.Folder, "--templates", templates.Root, "--lang", "zh", "-q");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
        Assert.That(output, Does.Contain("/default/parts/10-operating-funds.sbn: warning FA5007:").And.Contain("是不是 operating-funds.sbn？"));
    }

    [Test]
    public void The_json_report_lists_the_templates_problems_apart_from_the_departments()
    {
        using var copy = SampleData.Copy();
        using var templates = new TemplatesCopy();
        templates.Write("default/parts/income.sbn", "{{ operating_fund.actual }}\n");
        var (code, output, _) = Finacc.Run("check", copy.Folder, "--templates", templates.Root, "--report", "json");

        Assert.That(code, Is.EqualTo(ExitCodes.Errors));
        using var json = JsonDocument.Parse(output);
        var t = json.RootElement.GetProperty("templates");
        Assert.That(t.GetProperty("errors").GetInt32(), Is.EqualTo(1));
        Assert.That(t.GetProperty("diagnostics")[0].GetProperty("code").GetString(), Is.EqualTo("FA5002"));
        Assert.That(json.RootElement.GetProperty("errors").GetInt32(), Is.EqualTo(1));
        Assert.That(json.RootElement.GetProperty("departments")[0].GetProperty("errors").GetInt32(), Is.EqualTo(0));
    }

    [Test]
    public void A_style_named_but_not_found_is_a_usage_error()
    {
        using var copy = SampleData.Copy();
        var (code, output, _) = Finacc.Run("check", copy.Folder, "--templates", SampleDisclosure.TemplatesRoot, "--style", "sichuan2", "--lang", "zh");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage), output);
        Assert.That(output, Does.Contain("找不到样式“sichuan2”"));
    }
}
