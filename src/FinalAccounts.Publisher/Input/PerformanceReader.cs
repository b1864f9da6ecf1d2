using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Input;

/// <summary>Reads performance/: the overview, the overall self-assessment form and each project with its form.</summary>
internal static class PerformanceReader
{
    public const string OverviewFile = "performance/overview.yaml";
    public const string OverallFile = "performance/overall.yaml";
    public const string ProjectsFolder = "performance/projects";

    public static Performance Read(DataFolder folder, DiagnosticBag bag, ISet<string> unavailable)
    {
        var o = YamlFileReader.ReadOrStandIn(folder, OverviewFile, bag, unavailable);
        var overall = o.Map("overall") ?? YamlMap.Unreadable(o.File, bag);
        var overview = new PerformanceOverview(
            o.OptionalInteger("project_count"), o.Text("evaluation"), overall.Integer("department_count"), overall.Text("summary"),
            o.Integer("first_level_project_count"), o.Text("results_application"));
        overall.Done();
        o.Done();

        var f = YamlFileReader.ReadOrStandIn(folder, OverallFile, bag, unavailable);
        var overallForm = new OverallForm(
            ReadForm(folder, f, OverallFile, f.Text("goals"), new Located<string>("", f.Location), f.Money("budget"), f.Money("actual"), bag, unavailable),
            f.Money("basic_expenditure"), f.Money("project_expenditure"));
        f.Done();

        var projects = new List<PerformanceProject>();
        var dir = folder.Full(ProjectsFolder);
        var files = Directory.Exists(dir) ? Directory.GetFiles(dir, "*.yaml").Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList() : [];
        foreach (var name in files)
            projects.Add(ReadProject(folder, $"{ProjectsFolder}/{name}", bag, unavailable));
        return new Performance(overview, overallForm, projects);
    }

    private static PerformanceProject ReadProject(DataFolder folder, string relative, DiagnosticBag bag, ISet<string> unavailable)
    {
        var p = YamlFileReader.ReadOrStandIn(folder, relative, bag, unavailable);
        Amount budget = p.Money("budget"), actual = p.Money("actual");
        var summary = p.Map("summary") ?? YamlMap.Unreadable(p.File, bag);
        var form = p.Map("form") ?? YamlMap.Unreadable(p.File, bag);
        var project = new PerformanceProject(
            SourceLocation.OfFile(p.File), p.Name("name"), budget, actual, p.Text("outcomes"),
            summary.Text("outputs"), summary.Text("problems"), summary.Text("measures"),
            form.Name("competent_department", required: false), form.Text("implementing_units"),
            ReadForm(folder, form, relative, form.Text("goal_target"), form.Text("goal_actual"), budget, actual, bag, unavailable));
        summary.Done();
        form.Done();
        p.Done();
        return project;
    }

    private static SelfAssessmentForm ReadForm(DataFolder folder, YamlMap y, string relative, Located<string> goalTarget, Located<string> goalActual,
        Amount budget, Amount actual, DiagnosticBag bag, ISet<string> unavailable)
    {
        var indicatorsFile = relative[..^".yaml".Length] + ".indicators.csv";
        return new SelfAssessmentForm(
            SourceLocation.OfFile(y.File), y.Name("title"), budget, actual,
            y.OptionalNumber("execution_rate", 2), y.OptionalNumber("execution_score", 2),
            goalTarget, goalActual, y.OptionalNumber("goal_score", 2, required: true) ?? new Located<decimal>(0m, y.Location),
            SourceLocation.OfFile(folder.Display(indicatorsFile)), ReadIndicators(folder, indicatorsFile, bag, unavailable),
            y.Text("deviation"), y.Text("measures"), y.OptionalNumber("total_score", 2));
    }

    private static IReadOnlyList<Indicator> ReadIndicators(DataFolder folder, string relative, DiagnosticBag bag, ISet<string> unavailable)
    {
        var file = CsvFileReader.Read(folder, relative, DataFileColumns.IndicatorColumns, required: true, bag);
        if (file is null)
        {
            unavailable.Add(folder.Display(relative));
            return [];
        }

        var c = DataFileColumns.IndicatorColumns;
        var seen = new HashSet<(string, string, string)>();
        foreach (var r in file.Records.Where(r => !seen.Add((file.Get(r, c[0]), file.Get(r, c[1]), file.Get(r, c[2])))))
            bag.Report(InputCodes.DuplicateRow, file.At(r, c[2]), $"指标“{file.Get(r, c[2])}”在同一个一级、二级指标下出现了两次。",
                $"Indicator '{file.Get(r, c[2])}' appears twice under the same level 1 and level 2.");
        return file.Records.Select(r => new Indicator(
            Text(file, r, c[0]), Text(file, r, c[1]), Text(file, r, c[2]), Text(file, r, c[3]), Text(file, r, c[4]),
            new Located<decimal>(AmountParser.ParseDecimal(file.Get(r, c[5]), file.At(r, c[5]), bag, 2) ?? 0m, file.At(r, c[5])),
            file.At(r))).ToList();
    }

    private static Located<string> Text(CsvFile file, CsvRecord r, string column) => new(file.Get(r, column), file.At(r, column));
}
