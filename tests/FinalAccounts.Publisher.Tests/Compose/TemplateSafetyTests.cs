using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Compose;

/// <summary>Templates are untrusted text: every mistake or abuse stops the build with a located error, never an exception.</summary>
public sealed class TemplateSafetyTests
{
    private const string Part = "total.sbn";

    [TestCase("{{ if summary.reason }\n", "FA5001", 1)]
    [TestCase("第一行\n{{ summry.total }}\n", "FA5002", 2)]
    [TestCase("{{ summary.total.nothing }}\n", "FA5002", 1)]
    [TestCase("{{ summary.total.get_type }}\n", "FA5002", 1)]
    [TestCase("{{ include 'secret.txt' }}\n", "FA5009", 1)]
    [TestCase("{{ date.now }}\n", "FA5009", 1)]
    [TestCase("{{ while true }}x{{ end }}\n", "FA5004", 1)]
    [TestCase("{{ func f(x); ret f(x); end; f(1) }}\n", "FA5004", 1)]
    [TestCase("{{ for i in 1..100000000 }}x{{ end }}\n", "FA5004", 1)]
    public void A_broken_or_hostile_template_stops_the_build_with_a_located_error(string text, string code, int line)
    {
        using var sample = SampleData.Copy();
        sample.WriteText("templates/" + Part, text);
        var path = sample.PathOf("templates/" + Part);
        var composed = SampleDisclosure.Compose(sample.Folder, "default");
        Assert.That(composed.Document, Is.Null, "the build must stop");
        var d = composed.Diagnostics.Items.FirstOrDefault(x => x.Code.Id == code);
        Assert.That(d, Is.Not.Null, SampleDisclosure.Report(composed.Diagnostics));
        Assert.That(Path.GetFullPath(d!.Location.File), Is.EqualTo(Path.GetFullPath(path)));
        Assert.That(d.Location.Line, Is.EqualTo(line));
        Assert.That(d.Location.Column, Is.GreaterThan(0));
    }

    [Test]
    public void Runaway_output_is_stopped()
    {
        using var sample = SampleData.Copy();
        sample.WriteText("templates/" + Part, "{{ x = 'aaaaaaaaaaaaaaaa'; for i in 1..30; x = x + x; end; x }}\n");
        var composed = SampleDisclosure.Compose(sample.Folder, "default");
        Assert.That(composed.Document, Is.Null);
        Assert.That(composed.Diagnostics.Items.Select(d => d.Code.Id), Has.Some.AnyOf("FA5002", "FA5004"));
    }

    [Test]
    public void A_number_typed_into_a_template_is_flagged_with_its_place()
    {
        using var sample = SampleData.Copy();
        sample.WriteText("templates/" + Part, "## 一、收入支出决算总体情况说明\n\n收、支总计均为26864.63万元。\n");
        var composed = SampleDisclosure.Compose(sample.Folder, "default");
        var d = composed.Diagnostics.Items.Single(x => x.Code.Id == "FA5003");
        Assert.That((d.Location.Line, d.Location.Column), Is.EqualTo((3, 8)));
        Assert.That(d.Message.Zh, Does.Contain("26864.63"));
        Assert.That(composed.Document, Is.Null);
    }

    [TestCase("1. 列表编号不是数据\n")]
    [TestCase("（2）列表编号不是数据\n")]
    [TestCase("单位价值100万元以上设备。{{# number-ok }}\n")]
    [TestCase("::: form project 1\n:::\n")]
    public void List_labels_directives_and_marked_lines_are_not_flagged(string text)
    {
        var bag = new DiagnosticBag();
        NumberLint.Check(new TemplateFile("x.sbn", "x.sbn", text), bag);
        Assert.That(bag.Items, Is.Empty);
    }

    [Test]
    public void A_department_template_replaces_the_default_for_that_department_only()
    {
        using var sample = SampleData.Copy();
        sample.WriteText("templates/" + Part, "## 一、收入支出决算总体情况说明\n\n本部门收、支总计为{{ money summary.total.current }}万元（部门专用措辞）。\n");
        var custom = SampleDisclosure.Compose(sample.Folder, "default");
        Assert.That(custom.Markdown, Does.Contain("本部门收、支总计为26864.63万元（部门专用措辞）。"));
        Assert.That(custom.Markdown, Does.Not.Contain("2024年度收、支总计均为"));
        Assert.That(SampleDisclosure.Get().Markdown, Does.Contain("2024年度收、支总计均为26864.63万元。"));
    }

    [Test]
    public void A_department_template_with_no_default_of_that_name_is_reported()
    {
        using var sample = SampleData.Copy();
        sample.WriteText("templates/totl.sbn", "x\n");
        var composed = SampleDisclosure.Compose(sample.Folder, "default");
        Assert.That(composed.Diagnostics.Items.Single(d => d.Code.Id == "FA5007").Severity, Is.EqualTo(Severity.Warning));
        Assert.That(composed.Document, Is.Not.Null);
    }
}
