using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Samples;
using FinalAccounts.Publisher.Tests.Facts;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Checks;

/// <summary>
/// Issue 15.5, years chain: when data/&lt;year-1&gt;/&lt;id&gt;/ exists its checked figures are the prior year's;
/// prior-year.yaml is then optional and, where it states a figure, must agree with them (FA4012 at its line, naming both
/// values and both places), unless the figure is an adjusted 上年数 written with its reason. Without the prior year's
/// folder prior-year.yaml is read as before.
/// </summary>
public sealed class PriorYearChainTests
{
    /// <summary>
    /// data/2025/hongshan-jkj: the sample's data filed as the next year (same figures, so its changes are all 持平), with
    /// prior-year.yaml as <c>finacc new-year</c> writes it from 2024, or none.
    /// </summary>
    private static string NextYear(SampleCopy copy, bool priorYearYaml = true)
    {
        var next = Path.Combine(copy.DataRoot, "2025", SampleData.DepartmentId);
        SampleData.CopyDirectory(copy.Folder, next);
        var department = Path.Combine(next, "department.yaml");
        File.WriteAllText(department, File.ReadAllText(department).Replace("year: 2024", "year: 2025").Replace("2025-02-10", "2026-02-10"));
        var prior = Path.Combine(next, PriorYearReader.File);
        if (priorYearYaml) File.WriteAllText(prior, PriorYearYaml.Write(DataCheck.Department(new DepartmentLoader(), copy.Folder).Model!, ""));
        else File.Delete(prior);
        return next;
    }

    private static LoadResult Check(string folder) => DataCheck.Department(new DepartmentLoader(), folder);

    private static IEnumerable<Diagnostic> Errors(LoadResult load) => load.Diagnostics.Items.Where(d => d.Severity == Severity.Error);

    private static void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.That(text, Does.Contain(from));
        File.WriteAllText(file, text.Replace(from, to));
    }

    [Test]
    public void The_prior_year_s_folder_gives_the_prior_figures_when_there_is_no_prior_year_yaml()
    {
        using var copy = SampleData.Copy();
        var load = Check(NextYear(copy, priorYearYaml: false));
        Assert.That(Errors(load), Is.Empty, string.Join("\n", Errors(load).Select(d => d.Location + " " + d.Message.En)));
        var prior = load.Model!.PriorYear;
        Assert.That(prior.Chain!.Folder, Does.EndWith("data/2024/hongshan-jkj"));
        Assert.That(prior.Year.Value, Is.EqualTo(2024));
        var income = prior.Prior.Find(PriorFigure.IncomeTotal)!.Value;
        Assert.That(income.Value, Is.EqualTo(26864.63m), "2024's own 本年收入合计, not 2024's prior-year.yaml (35549.61)");
        Assert.That(income.Location.File, Does.EndWith("data/2024/hongshan-jkj/tables/01.csv"));
        Assert.That(TemplateProbe.Text("{{ change_phrase summary.total }}|{{ change_phrase gpb.classes[2].prior_year }}", load.Model),
            Is.EqualTo("持平|持平"));
    }

    [Test]
    public void An_audit_with_data_reads_the_prior_year_from_its_folder_as_check_does()
    {
        using var copy = SampleData.Copy();
        var next = NextYear(copy, priorYearYaml: false);
        var load = FinalAccounts.Publisher.Audit.DocumentAudit.LoadData(next);
        Assert.That(Errors(load), Is.Empty, string.Join("\n", Errors(load).Select(d => d.Location + " " + d.Message.En)));
        Assert.That(load.Model!.PriorYear.Chain, Is.Not.Null);
        Assert.That(load.Model.PriorYear.Prior.Find(PriorFigure.IncomeTotal)!.Value.Value, Is.EqualTo(26864.63m));
    }

    [Test]
    public void A_prior_year_yaml_that_agrees_with_the_prior_year_s_folder_passes()
    {
        using var copy = SampleData.Copy();
        var load = Check(NextYear(copy));
        Assert.That(load.Model!.PriorYear.Chain, Is.Not.Null);
        Assert.That(Errors(load), Is.Empty, string.Join("\n", Errors(load).Select(d => d.Location + " " + d.Message.En)));
    }

    [Test]
    public void A_prior_year_yaml_figure_that_disagrees_is_an_error_at_its_line_with_both_values_and_both_files()
    {
        using var copy = SampleData.Copy();
        var next = NextYear(copy);
        Edit(Path.Combine(next, PriorYearReader.File), "income_total: 26864.63\n", "income_total: 26864.64\n");
        var errors = Errors(Check(next)).ToList();
        var d = errors.Single(x => x.Code.Id == CheckCodes.PriorYearDisagrees.Id);
        Assert.That(d.Location.File, Does.EndWith("2025/hongshan-jkj/prior-year.yaml"));
        var line = File.ReadAllLines(Path.Combine(next, PriorYearReader.File)).ToList().FindIndex(l => l.StartsWith("income_total:")) + 1;
        Assert.That(d.Location.Line, Is.EqualTo(line));
        Assert.That(d.Message.Zh, Does.Contain("income_total").And.Contain("26,864.64").And.Contain("26,864.63")
            .And.Contain("2025/hongshan-jkj/prior-year.yaml").And.Contain("2024/hongshan-jkj/tables/01.csv"));
        Assert.That(errors, Has.Count.EqualTo(1), "reported once, at prior-year.yaml");
    }

    [Test]
    public void An_adjusted_prior_figure_with_its_reason_passes_and_templates_can_say_why()
    {
        using var copy = SampleData.Copy();
        var next = NextYear(copy);
        Edit(Path.Combine(next, PriorYearReader.File), "income_total: 26864.63\n",
            "income_total:\n  amount: 26000\n  reason: 按机构改革后的口径调整\n");
        var load = Check(next);
        Assert.That(Errors(load), Is.Empty, string.Join("\n", Errors(load).Select(d => d.Location + " " + d.Message.En)));
        Assert.That(load.Model!.PriorYear.Prior.Find(PriorFigure.IncomeTotal)!.Value.Value, Is.EqualTo(26000m), "the published figure is compared with");
        // 26864.63 − 26000 = 864.63; 864.63 ÷ 26000 = 3.33%.
        Assert.That(TemplateProbe.Text(
                "{{ change_phrase income.total }}|{{ for a in prior_adjustments }}{{ a.label }}（{{ a.figure }}）：上年决算{{ money a.own }}万元，" +
                "调整为{{ money a.prior }}万元，{{ a.reason }}{{ end }}", load.Model),
            Is.EqualTo("增加864.63万元，增长3.3%|公开01表第27行 本年收入合计（income_total）：上年决算26864.63万元，调整为26000万元，按机构改革后的口径调整"));
    }

    [Test]
    public void An_adjusted_figure_without_a_reason_is_the_disagreement()
    {
        using var copy = SampleData.Copy();
        var next = NextYear(copy);
        Edit(Path.Combine(next, PriorYearReader.File), "income_total: 26864.63\n", "income_total:\n  amount: 26000\n");
        var codes = Errors(Check(next)).Select(d => d.Code.Id).ToList();
        Assert.That(codes, Does.Contain(CheckCodes.PriorYearDisagrees.Id).And.Contain(InputCodes.MissingKey.Id));
    }

    [Test]
    public void Without_the_prior_year_s_folder_prior_year_yaml_is_read_as_before()
    {
        using var copy = SampleData.Copy();
        var load = Check(copy.Folder);
        var prior = load.Model!.PriorYear;
        Assert.That(prior.Chain, Is.Null);
        Assert.That(prior.Prior.Find(PriorFigure.IncomeTotal)!.Value.Value, Is.EqualTo(35549.61m));
        Assert.That(prior.Prior.Find(PriorFigure.IncomeTotal)!.Value.Location.File, Does.EndWith("prior-year.yaml"));
        File.Delete(copy.PathOf(PriorYearReader.File));
        Assert.That(Errors(Check(copy.Folder)).Select(d => d.Code.Id), Does.Contain(InputCodes.MissingFile.Id),
            "with no prior year's folder prior-year.yaml is required");
    }

    [Test]
    public void A_prior_year_s_folder_that_fails_check_is_an_error_and_prior_year_yaml_is_read_alone()
    {
        using var copy = SampleData.Copy();
        var next = NextYear(copy);
        copy.Delete("three-public.yaml");
        var load = Check(next);
        var d = Errors(load).Single(x => x.Code.Id == InputCodes.PriorFolderFails.Id);
        Assert.That(d.Location.File, Does.EndWith("data/2024/hongshan-jkj"));
        Assert.That(load.Model!.PriorYear.Chain, Is.Null);
        Assert.That(load.Model.PriorYear.Prior.Find(PriorFigure.IncomeTotal)!.Value.Location.File, Does.EndWith("2025/hongshan-jkj/prior-year.yaml"));
    }

    [Test]
    public void Build_checks_the_chain_as_check_does()
    {
        using var copy = SampleData.Copy();
        var next = NextYear(copy);
        Edit(Path.Combine(next, PriorYearReader.File), "income_total: 26864.63\n", "income_total: 1\n");
        var builder = new DisclosureBuilder(new BuildOptions(Path.Combine(copy.Root, "output"), ["md"], SampleDisclosure.TemplatesRoot));
        Assert.That(builder.Check(next).Diagnostics.Items.Select(d => d.Code.Id), Does.Contain(CheckCodes.PriorYearDisagrees.Id));
    }

    [Test]
    public void Facts_and_data_json_give_chained_prior_figures_as_prior_year_yaml_gives_them()
    {
        using var copy = SampleData.Copy();
        var next = NextYear(copy);
        var fromYaml = TemplateProbe.OpenDataValues(new DepartmentLoader().Load(next).Model!);
        File.Delete(Path.Combine(next, PriorYearReader.File));
        var chained = Check(next).Model!;
        Assert.That(chained.PriorYear.Chain, Is.Not.Null);
        var fromChain = TemplateProbe.OpenDataValues(chained);
        Assert.That(fromChain.Keys.Count(k => k.Contains("prior_year.prior")), Is.GreaterThan(50));
        Assert.That(fromChain, Is.EqualTo(fromYaml));
        var listed = FactCatalog.Flatten(FactCatalog.Of(FactsBuilder.Build(chained))).Single(f => f.Path == "summary.total.prior").Node;
        Assert.That(listed.Location.File, Does.EndWith("2024/hongshan-jkj/tables/01.csv"), "finacc facts names where it came from");
    }

    [Test]
    public void Fill_reads_the_prior_year_from_its_folder_as_check_does()
    {
        using var copy = SampleData.Copy();
        var next = NextYear(copy, priorYearYaml: false);
        var result = Publisher.Filling.DataFill.Run(next, write: false);
        Assert.That(result.Succeeded, Is.True, string.Join("\n", result.Diagnostics.Items.Select(d => d.Location + " " + d.Message.En)));
        Assert.That(result.RemainingErrors, Is.Zero);
    }

    [Test]
    public void The_prior_year_s_folder_is_named_as_the_user_named_the_department()
    {
        using var copy = SampleData.Copy();
        var next = NextYear(copy);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), next).Replace('\\', '/');
        Assert.That(PriorYearFolder.Of(relative), Is.EqualTo(relative.Replace("/2025/", "/2024/")));
        Assert.That(PriorYearFolder.Of(copy.Folder), Is.Null, "2023 has no folder");
    }
}
