using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Samples;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Samples;

/// <summary>
/// <c>finacc new-year data/2024</c>: data/2025/&lt;id&gt;/ for every department, prior-year.yaml holding every prior-year
/// figure from 2024's tables, the code lists carried with a note, the texts carried as drafts that check flags while
/// unchanged, never over an existing year.
/// </summary>
public sealed class NewYearTests
{
    private static string Next(SampleCopy copy) => Path.Combine(copy.DataRoot, "2025", SampleData.DepartmentId);

    [Test]
    public void Prior_year_yaml_holds_every_prior_figure_as_this_years_tables_give_it()
    {
        using var copy = SampleData.Copy();
        var bag = new DiagnosticBag();
        var result = NewYear.Create(copy.YearFolder, bag);
        Assert.That(bag.Items.Where(d => d.Severity == Severity.Error), Is.Empty);
        Assert.That(result!.Departments, Is.EqualTo(new[] { SampleData.DepartmentId }));

        var current = DataCheck.Department(new DepartmentLoader(), copy.Folder).Model!;
        var next = new DepartmentLoader().Load(Next(copy));
        Assert.That(next.Model!.PriorYear.Year.Value, Is.EqualTo(2024));
        Assert.That(next.Diagnostics.Items.Where(d => d.Location.File.EndsWith("prior-year.yaml", StringComparison.Ordinal)), Is.Empty,
            "prior-year.yaml is complete");
        var figures = CurrentFigures.All(current).ToList();
        Assert.That(figures, Has.Count.GreaterThan(60), "every line of 公开01/04表, every 类, the named figures");
        foreach (var figure in figures)
            Assert.That(next.Model.PriorYear.Prior.Find(figure)?.Value, Is.EqualTo(current.Current(figure).Value), figure.Key);
        Assert.That(current.Current(PriorFigure.IncomeExpenditureTotal).Value, Is.Not.EqualTo(35549.61m),
            "the figures are this year's, not this year's own prior-year.yaml copied");
    }

    [Test]
    public void Department_yaml_moves_to_the_new_year_and_leaves_its_dates_to_fill()
    {
        using var copy = SampleData.Copy();
        NewYear.Create(copy.YearFolder, new DiagnosticBag());
        var text = File.ReadAllText(Path.Combine(Next(copy), "department.yaml"));
        Assert.That(text, Does.Contain("\nyear: 2025\n").And.Contain("\nfill_date:\n").And.Contain("\npublish_date:\n"));
        Assert.That(text, Does.Contain("name: 武汉市洪山区经济信息化和科技创新局"));
        Assert.That(File.Exists(Path.Combine(Next(copy), "tables.xlsx")), Is.True, "the tables are left to fill");
    }

    [Test]
    public void Carried_texts_are_flagged_until_rewritten()
    {
        using var copy = SampleData.Copy();
        NewYear.Create(copy.YearFolder, new DiagnosticBag());
        string[] Flagged() => new DepartmentLoader().Load(Next(copy)).Diagnostics.Items
            .Where(d => d.Code.Id == InputCodes.CarriedText.Id).Select(d => Path.GetFileName(d.Location.File)).Order().ToArray();

        Assert.That(Flagged(), Is.EqualTo(new[] { "explanations.yaml", "key-work.md" }));
        var keyWork = Path.Combine(Next(copy), "key-work.md");
        File.AppendAllText(keyWork, "\n2025 年新增的重点工作。\n");
        Assert.That(Flagged(), Is.EqualTo(new[] { "explanations.yaml" }));
        Assert.That(new DepartmentLoader().Load(copy.Folder).Diagnostics.Items.Where(d => d.Code.Id == InputCodes.CarriedText.Id),
            Is.Empty, "2024 has no 2023 folder to compare with");
    }

    [Test]
    public void The_code_lists_are_carried_with_a_note_only_when_the_new_year_has_none()
    {
        using var copy = SampleData.Copy();
        var result = NewYear.Create(copy.YearFolder, new DiagnosticBag());
        var lists = Path.Combine(copy.DataRoot, "reference", "2025");
        Assert.That(result!.CarriedReference, Does.EndWith("reference/2025"));
        Assert.That(File.ReadAllText(Path.Combine(lists, NewYear.ReferenceNote)), Does.Contain("请用新的科目表替换"));
        Assert.That(File.ReadAllBytes(Path.Combine(lists, "functional-classification.csv")),
            Is.EqualTo(File.ReadAllBytes(Path.Combine(SampleData.ReferenceFolder, "functional-classification.csv"))));

        Directory.Delete(Path.Combine(copy.DataRoot, "2025"), recursive: true);
        File.Delete(Path.Combine(lists, NewYear.ReferenceNote));
        Assert.That(NewYear.Create(copy.YearFolder, new DiagnosticBag())!.CarriedReference, Is.Null);
        Assert.That(File.Exists(Path.Combine(lists, NewYear.ReferenceNote)), Is.False, "the new year's own lists are left alone");
    }

    [Test]
    public void An_existing_year_folder_is_never_touched()
    {
        using var copy = SampleData.Copy();
        var existing = Path.Combine(copy.DataRoot, "2025", "other");
        Directory.CreateDirectory(existing);
        var bag = new DiagnosticBag();
        Assert.That(NewYear.Create(copy.YearFolder, bag), Is.Null);
        Assert.That(bag.Items.Single().Code.Id, Is.EqualTo(InputCodes.YearExists.Id));
        Assert.That(Directory.GetFileSystemEntries(Path.Combine(copy.DataRoot, "2025")), Is.EqualTo(new[] { existing }));
    }

    [Test]
    public void A_year_with_a_failing_department_is_not_carried()
    {
        using var copy = SampleData.Copy();
        copy.Replace("tables/01.csv", "30,总计,26864.63", "30,总计,26864.64");
        var bag = new DiagnosticBag();
        Assert.That(NewYear.Create(copy.YearFolder, bag), Is.Null);
        Assert.That(bag.Items.Select(d => d.Code.Id), Does.Contain(InputCodes.YearNotCarried.Id));
        Assert.That(Directory.Exists(Path.Combine(copy.DataRoot, "2025")), Is.False);
    }

    [Test]
    public void The_command_says_what_it_made_and_refuses_a_department_folder_as_usage()
    {
        using var copy = SampleData.Copy();
        var (code, output, _) = Finacc.Run("new-year", copy.YearFolder, "--lang", "zh");
        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("共 1 个部门").And.Contain("新年度科目表下发后请替换"));
        Assert.That(Finacc.Run("new-year", copy.Folder, "--lang", "zh").Code, Is.EqualTo(2));
    }
}
