using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Samples;
using FinalAccounts.Publisher.Tests.Golden;

namespace FinalAccounts.Publisher.Tests.Samples;

/// <summary>Generated departments pass every check, vary in the ways the batch needs, and are reproducible.</summary>
public sealed class SampleGeneratorTests
{
    private string root = "";

    [SetUp]
    public void CreateRoot() => root = Path.Combine(Path.GetTempPath(), "finacc-samples-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void DeleteRoot()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    [Category("Slow")]
    [TestCase(40, 3)]
    [TestCase(200, 1)] // the README's 200-department batch (`finacc sample --departments 200`): dept-114 once repeated an indicator
    public void Generated_departments_pass_every_check_without_warnings(int count, int seed)
    {
        var folders = Generate(count, seed);
        Assert.That(folders, Has.Count.EqualTo(count));
        var loader = new DepartmentLoader();
        foreach (var folder in folders)
        {
            var load = loader.Load(folder);
            Checker.Run(load);
            var problems = load.Diagnostics.Sorted().Where(d => d.Severity != Severity.Info).Select(d => DiagnosticFormatter.Headline(d, Language.En)).ToList();
            Assert.That(problems, Is.Empty, folder);
        }
    }

    [Category("Slow")]
    [Test]
    public void Generated_departments_vary_codes_income_budgets_and_funds()
    {
        var models = Generate(12, seed: 5).Select(f => new DepartmentLoader().Load(f).Model!).ToList();
        Assert.That(models.SelectMany(m => m.T05.Items.Select(i => i.Code!.Value)).Distinct().Count(), Is.GreaterThan(60), "varied 项 codes");
        Assert.That(models.Any(m => m.T01[4].Value + m.T01[5].Value + m.T01[8].Value > 0), "some non-fiscal income");
        Assert.That(models.Any(m => m.BudgetExecution.Any(b => b.Budget.Value == 0m)), "some zero budgets");
        Assert.That(models.Any(m => !m.T07.IsEmpty) && models.Any(m => !m.T08.IsEmpty), "tables 07 and 08 with rows");
        Assert.That(models.Any(m => m.T07.IsEmpty && m.T08.IsEmpty), "tables 07 and 08 empty");
    }

    [Category("Slow")]
    [Test]
    public void Forty_departments_reach_every_layout_corner()
    {
        var models = Generate(40, seed: 1).Select(f => new DepartmentLoader().Load(f).Model!).ToList();
        var names = models.Select(m => m.Department.Name.Value).ToList();
        Assert.That(names.Distinct().Count(), Is.EqualTo(40), "unique names");
        Assert.That(names.Count(n => n.Length >= 17), Is.GreaterThan(5), "names as long as the real sample's");
        Assert.That(names.Count(n => n.Length >= 26), Is.GreaterThan(5), "names longer than a title line");
        Assert.That(models.Count(m => !m.T07.IsEmpty), Is.GreaterThan(3), "table 07 with rows");
        Assert.That(models.Count(m => !m.T08.IsEmpty), Is.GreaterThan(3), "table 08 with rows");
        Assert.That(models.Count(m => m.T03.Items.Count() == 1), Is.GreaterThan(1), "a single 项");
        Assert.That(models.Count(m => m.T05.Items.Count() >= 30), Is.GreaterThan(3), "dozens of 项");
        Assert.That(models.Count(m => m.T05.Items.Any(i => i.Name.Length >= 17)), Is.GreaterThan(5), "the longest 科目 names");
        Assert.That(models.Count(m => m.BudgetExecution.Any(b => b.Reason.Value.Length > 100)), Is.GreaterThan(5), "long reasons");
        Assert.That(models.Count(m => m.PriorYear[Model.PriorFigure.IncomeExpenditureTotal].Value == 0m), Is.GreaterThan(2), "zero bases");
        var forms = models.SelectMany(m => m.Performance.Projects.Select(p => p.Form).Append(m.Performance.Overall.Form)).ToList();
        Assert.That(forms.Count(f => f.GoalTarget.Value.Length > 400 && f.Indicators.Count >= 12), Is.GreaterThan(5), "tall forms");
        Assert.That(models.Count(m => m.T03.Total[2].Value > 0m && m.T03.Total[2].Value * 100 < m.T03.Total[0].Value), Is.GreaterThan(2),
            "a slice under 1% in the expenditure pie");
    }

    [Test]
    public void The_same_options_generate_the_same_files()
    {
        Generate(3, seed: 9);
        var first = Snapshot();
        Generate(3, seed: 9);
        Assert.That(Snapshot(), Is.EqualTo(first));
    }

    private List<string> Generate(int count, int seed)
    {
        var bag = new DiagnosticBag();
        var folders = SampleGenerator.Generate(new SampleOptions(count, 2024, root, Path.Combine(SampleDisclosure.RepositoryRoot, "data", "reference"), seed), bag);
        Assert.That(bag.HasErrors, Is.False);
        return folders.ToList();
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).ToDictionary(f => Path.GetRelativePath(root, f), File.ReadAllText);
}
