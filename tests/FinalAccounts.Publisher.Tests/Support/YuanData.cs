using System.Globalization;
using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Tests.Support;

/// <summary>
/// Rewrites a sample copy in 元: every amount of its CSV and YAML files times 10,000, and department.yaml says
/// <c>amount_unit: 元</c>. Counts, scores, rates and years are left as they are.
/// </summary>
internal static partial class YuanData
{
    private static readonly Dictionary<string, string[]> YamlMoney = new(StringComparer.Ordinal)
    {
        ["prior-year.yaml"] = ["*"],
        ["procurement.yaml"] = ["*"],
        ["three-public.yaml"] = ["fuel", "repairs", "insurance", "parking", "other"],
        ["operating-funds.yaml"] = ["budget", "actual"],
        ["performance/overall.yaml"] = ["budget", "actual", "basic_expenditure", "project_expenditure"],
    };

    public static void Convert(SampleCopy sample)
    {
        foreach (var table in PublicTables.All)
        {
            var file = $"tables/{table.Key}.csv";
            var amounts = table.Columns.Where(c => c.IsAmount).Select(c => c.Name).ToList();
            sample.EditCsv(file, csv => Scale(csv, amounts));
        }

        sample.EditCsv("budget-execution.csv", csv => Scale(csv, ["年初预算", "决算数"]));
        foreach (var (file, keys) in YamlMoney) ScaleYaml(sample, file, keys);
        foreach (var project in Directory.GetFiles(sample.PathOf("performance/projects"), "*.yaml"))
            ScaleYaml(sample, "performance/projects/" + Path.GetFileName(project), ["budget", "actual"]);
        sample.AppendLine("department.yaml", "amount_unit: 元");
    }

    /// <summary>An amount in 元 as a data file writes it: 268646300, 1800.5.</summary>
    public static string Yuan(decimal wanYuan) => (wanYuan * 10_000m).ToString("0.##", CultureInfo.InvariantCulture);

    private static void Scale(CsvText csv, IReadOnlyList<string> columns)
    {
        foreach (var column in columns.Select(csv.Column))
            foreach (var row in csv.Rows.Skip(1).Where(r => r.Count > column && r[column].Length > 0))
                row[column] = Yuan(decimal.Parse(row[column], CultureInfo.InvariantCulture));
    }

    private static void ScaleYaml(SampleCopy sample, string file, string[] keys)
    {
        var text = Number().Replace(sample.ReadText(file), m =>
            m.Groups["key"].Value != "year" && (keys[0] == "*" || keys.Contains(m.Groups["key"].Value))
                ? m.Groups["head"].Value + Yuan(decimal.Parse(m.Groups["value"].Value, CultureInfo.InvariantCulture))
                : m.Value);
        sample.WriteText(file, text);
    }

    [GeneratedRegex(@"^(?<head>[ \t]*(?<key>[a-z_0-9""]+):[ \t]*)(?<value>-?\d+(\.\d+)?)[ \t]*$", RegexOptions.Multiline)]
    private static partial Regex Number();
}
