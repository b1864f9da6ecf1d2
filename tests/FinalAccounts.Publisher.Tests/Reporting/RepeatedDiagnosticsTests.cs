using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Reporting;

/// <summary>
/// A flood of one kind of problem in one file is folded: the first 20 are listed, then one line says how many more
/// there are ("另有 N 处同类错误"), in the text and the JSON report alike, and the counts still count every one.
/// </summary>
public sealed class RepeatedDiagnosticsTests
{
    [Test]
    public void Of_100000_unknown_keys_in_one_file_20_are_listed_and_one_line_counts_the_rest()
    {
        var bag = new DiagnosticBag();
        for (var i = 1; i <= 100_000; i++)
            bag.Report(InputCodes.UnknownKey, new SourceLocation("x.yaml", i, 1), $"未知“k{i}”", $"Unknown 'k{i}'");

        var shown = bag.Sorted();

        Assert.That(shown, Has.Count.EqualTo(21));
        Assert.That(shown.Take(20).Select(d => d.Location.Line), Is.EqualTo(Enumerable.Range(1, 20)));
        var summary = shown[20];
        Assert.That(summary.Location, Is.EqualTo(new SourceLocation("x.yaml", 21, 1)));
        Assert.That(summary.Code, Is.EqualTo(InputCodes.UnknownKey));
        Assert.That(summary.Severity, Is.EqualTo(Severity.Error));
        Assert.That(summary.Count, Is.EqualTo(99_980));
        Assert.That(summary.Message.Zh, Does.StartWith("另有 99980 处同类错误"));
        Assert.That(summary.Message.En, Does.StartWith("99980 more errors of the same kind"));
        Assert.That(shown.Sum(d => d.Count), Is.EqualTo(100_000));
    }

    [Test]
    public void Repeats_are_counted_per_file_and_per_code()
    {
        var bag = new DiagnosticBag();
        for (var i = 1; i <= 20; i++)
        {
            bag.Report(InputCodes.UnknownKey, new SourceLocation("a.yaml", i, 1), "a", "a");
            bag.Report(InputCodes.UnknownKey, new SourceLocation("b.yaml", i, 1), "b", "b");
            bag.Report(InputCodes.WrongType, new SourceLocation("a.yaml", i, 2), "c", "c");
        }

        Assert.That(bag.Sorted(), Has.Count.EqualTo(60));
        Assert.That(bag.Sorted().All(d => d.Count == 1));
    }

    [Test]
    public void Check_prints_20_unknown_keys_and_a_summary_in_text_and_json_with_the_full_count()
    {
        using var copy = SampleData.Copy();
        copy.WriteText("operating-funds.yaml", copy.ReadText("operating-funds.yaml") +
            string.Concat(Enumerable.Range(1, 1000).Select(i => $"extra_{i:0000}: 1\n")));

        var (code, text, _) = Finacc.Run("check", copy.Folder, "--lang", "zh");
        var (_, json, _) = Finacc.Run("check", copy.Folder, "--report", "json");

        Assert.That(code, Is.EqualTo(FinalAccounts.Cli.ExitCodes.Errors));
        Assert.That(text.Split('\n').Count(l => l.Contains("error FA1014")), Is.EqualTo(21), text);
        Assert.That(text, Does.Contain("error FA1014: 另有 980 处同类错误"));
        Assert.That(text, Does.Contain("1000 个错误"));
        using var doc = System.Text.Json.JsonDocument.Parse(json);
        var department = doc.RootElement.GetProperty("departments")[0];
        var listed = department.GetProperty("diagnostics").EnumerateArray().Where(d => d.GetProperty("code").GetString() == "FA1014").ToList();
        Assert.That(listed, Has.Count.EqualTo(21));
        Assert.That(listed[20].GetProperty("message").GetString(), Does.StartWith("另有 980 处同类错误"));
        Assert.That(department.GetProperty("errors").GetInt32(), Is.EqualTo(1000));
        Assert.That(doc.RootElement.GetProperty("errors").GetInt32(), Is.EqualTo(1000));
    }
}
