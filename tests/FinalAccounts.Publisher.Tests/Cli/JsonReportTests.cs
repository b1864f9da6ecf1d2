using System.Text.Json;
using FinalAccounts.Cli;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Cli;

/// <summary><c>finacc check --format json</c>: one parseable document with every diagnostic's code, place and figures.</summary>
public sealed class JsonReportTests
{
    [Test]
    public void Json_output_parses_and_carries_code_place_and_figures()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("budget-execution.csv", "2060101", "决算数", "517.49");
        var (code, output, _) = Finacc.Run("check", copy.Folder, "--report", "json", "--lang", "zh");

        Assert.That(code, Is.EqualTo(ExitCodes.Errors));
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.That(root.GetProperty("language").GetString(), Is.EqualTo("zh"));
        Assert.That(root.GetProperty("errors").GetInt32(), Is.EqualTo(2), "budget-execution.csv and the 公开05表 row it contradicts");
        var department = root.GetProperty("departments").EnumerateArray().Single();
        Assert.That(department.GetProperty("folder").GetString(), Is.EqualTo(copy.Folder.Replace('\\', '/')));
        Assert.That(department.GetProperty("status").GetString(), Is.EqualTo("failed"));
        Assert.That((department.GetProperty("errors").GetInt32(), department.GetProperty("warnings").GetInt32(), department.GetProperty("infos").GetInt32()),
            Is.EqualTo((2, 0, 4)));

        var d = department.GetProperty("diagnostics").EnumerateArray().Single(x =>
            x.GetProperty("code").GetString() == "FA3009" && x.GetProperty("file").GetString()!.EndsWith("budget-execution.csv"));
        Assert.That(d.GetProperty("severity").GetString(), Is.EqualTo("error"));
        Assert.That(d.GetProperty("file").GetString(), Is.EqualTo(copy.Folder.Replace('\\', '/') + "/budget-execution.csv"));
        Assert.That((d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()), Is.EqualTo((5, 4)));
        Assert.That(d.GetProperty("expected").GetDecimal(), Is.EqualTo(516.49m));
        Assert.That(d.GetProperty("actual").GetDecimal(), Is.EqualTo(517.49m));
        Assert.That(d.GetProperty("difference").GetDecimal(), Is.EqualTo(1m));
        Assert.That(d.GetProperty("tolerance").GetDecimal(), Is.EqualTo(0m));
        Assert.That(d.GetProperty("message").GetString(), Does.Contain("2060101 行政运行"));
        Assert.That(d.GetProperty("hint").GetString(), Does.Contain("budget-execution.csv"));
    }

    [Test]
    public void Json_output_of_the_sample_is_ok_with_the_rounding_tails_as_infos()
    {
        using var copy = SampleData.Copy();
        var (code, output, _) = Finacc.Run("check", copy.Folder, "--report", "json", "--lang", "en");

        Assert.That(code, Is.EqualTo(ExitCodes.Success));
        using var json = JsonDocument.Parse(output);
        var department = json.RootElement.GetProperty("departments")[0];
        Assert.That(department.GetProperty("status").GetString(), Is.EqualTo("ok"));
        var infos = department.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.That(infos.Select(i => (i.GetProperty("code").GetString(), i.GetProperty("severity").GetString())),
            Is.All.EqualTo(("FA2900", "info")));
        Assert.That(infos.Select(i => (i.GetProperty("line").GetInt32(), i.GetProperty("column").GetInt32(), i.GetProperty("tolerance").GetDecimal())),
            Is.EqualTo(new[] { (2, 4, 0.03m), (2, 5, 0.02m), (2, 4, 0.03m), (2, 5, 0.02m) }));
        Assert.That(infos[0].GetProperty("message").GetString(), Does.StartWith("'基本支出' of the 合计 row must equal"));
    }

    [Test]
    public void Diagnostics_without_figures_leave_the_figure_fields_out()
    {
        using var copy = SampleData.Copy();
        copy.SetCell("tables/05.csv", "2060101", "项目支出", "12万");
        var (_, output, _) = Finacc.Run("check", copy.Folder, "--report", "json");

        using var json = JsonDocument.Parse(output);
        var d = json.RootElement.GetProperty("departments")[0].GetProperty("diagnostics").EnumerateArray()
            .Single(x => x.GetProperty("code").GetString() == "FA1007");
        Assert.That(d.TryGetProperty("expected", out _), Is.False);
        Assert.That((d.GetProperty("line").GetInt32(), d.GetProperty("column").GetInt32()), Is.EqualTo((12, 5)));
    }

    [Test]
    public void A_missing_folder_is_listed_among_the_general_diagnostics()
    {
        using var copy = SampleData.Copy();
        var missing = Path.Combine(copy.YearFolder, "gone");
        var (code, output, _) = Finacc.Run("check", missing, "--report", "json");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage));
        using var json = JsonDocument.Parse(output);
        var d = json.RootElement.GetProperty("diagnostics").EnumerateArray().Single();
        Assert.That((d.GetProperty("code").GetString(), d.GetProperty("file").GetString()), Is.EqualTo(("FA1001", missing.Replace('\\', '/'))));
        Assert.That(json.RootElement.GetProperty("departments").GetArrayLength(), Is.Zero);
    }

    [Test]
    public void Each_kind_of_place_carries_its_own_fields()
    {
        var cell = Location(SourceLocation.Cell("tables.xlsx", "公开02表", 14, 4));
        Assert.That((cell["kind"], cell["place"], cell["sheet"], cell["cell"], cell["row"], cell["column"]),
            Is.EqualTo(("cell", "tables.xlsx:公开02表!D14", "公开02表", "D14", "14", "4")));
        var text = Location(new SourceLocation("a/tables/02.csv", 12, 5));
        Assert.That((text["kind"], text["place"], text["line"], text["column"]), Is.EqualTo(("text", "a/tables/02.csv:12:5", "12", "5")));
        var page = Location(SourceLocation.InDocument("r.pdf", 12, table: 3, row: 5));
        Assert.That((page["kind"], page["page"], page["table"], page["row"], page["paragraph"]), Is.EqualTo(("document", "12", "3", "5", "0")));
    }

    private static Dictionary<string, string> Location(SourceLocation at)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream))
        {
            w.WriteStartObject();
            JsonReport.WriteLocation(w, at);
            w.WriteEndObject();
        }

        using var json = JsonDocument.Parse(stream.ToArray());
        return json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.ToString());
    }
}
