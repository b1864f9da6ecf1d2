using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Tests.Reporting;

/// <summary>Values left empty are listed per file as one to-do line that counts for all of them.</summary>
public sealed class ToDoListTests
{
    private static Diagnostic Empty(string file, int line, string key) =>
        new(InputCodes.NullValue, new SourceLocation(file, line, 5), new LocalizedText($"必填项“{key}”不能为空。", "")) { ToDo = key };

    [Test]
    public void Empty_values_of_a_file_become_one_line_at_the_first()
    {
        var bag = new DiagnosticBag();
        bag.Add(Empty("a.yaml", 3, "name"));
        bag.Add(Empty("a.yaml", 9, "year"));
        bag.Add(Empty("b.yaml", 2, "budget"));
        bag.Report(InputCodes.BadNumber, new SourceLocation("a.yaml", 5, 1), "x", "x");

        var sorted = bag.Sorted();

        Assert.That(sorted.Select(d => $"{d.Location} {d.Count} {d.Message.Zh}"), Is.EqualTo(new[]
        {
            "a.yaml:3:5 2 还有 2 项要填写：name、year（第 3–9 行）。",
            "a.yaml:5:1 1 x",
            "b.yaml:2:5 1 必填项“budget”不能为空。",
        }));
    }

    [Test]
    public void A_long_list_names_the_first_eight()
    {
        var bag = new DiagnosticBag();
        for (var i = 1; i <= 10; i++) bag.Add(Empty("a.yaml", i, "k" + i));

        var line = bag.Sorted().Single();

        Assert.That(line.Message.Zh, Is.EqualTo("还有 10 项要填写：k1、k2、k3、k4、k5、k6、k7、k8等（第 1–10 行）。"));
        Assert.That(line.Message.En, Is.EqualTo("10 values still to fill in: k1, k2, k3, k4, k5, k6, k7, k8, … (lines 1–10)."));
        Assert.That(line.Count, Is.EqualTo(10));
    }
}
