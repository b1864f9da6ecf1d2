using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;
using Scriban;
using Scriban.Runtime;

namespace FinalAccounts.Publisher.Tests.Compose;

/// <summary>
/// Same inputs, same document: a template cannot reach anything that differs between runs (clock, randomness, files,
/// text run as a template), and every built-in function of Scriban is either audited as safe or refused by name.
/// </summary>
public sealed class TemplateDeterminismTests
{
    private const string Part = "total.sbn";

    [TestCase("{{ math.random 1 10 }}", "math.random")]
    [TestCase("{{ math.uuid }}", "math.uuid")]
    [TestCase("{{ date.now }}", "date.now")]
    [TestCase("{{ date.utc_now }}", "date.utc_now")]
    [TestCase("{{ date.parse '12/31' }}", "date.parse")]
    [TestCase("{{ date.add_days '2024-12-31' 1 }}", "date.add_days")]
    [TestCase("{{ f = @math.uuid; f }}", "math.uuid")]
    [TestCase("{{ department.units | array.each @math.random }}", "math.random")]
    [TestCase("{{ regex.replace department.name 'a+' 'b' }}", "regex.replace")]
    [TestCase("{{ object.eval 'math.uuid' }}", "object.eval")]
    [TestCase("{{ object.eval_template '{{ year }}' }}", "object.eval_template")]
    [TestCase("{{ include 'secret.txt' }}", "include")]
    [TestCase("{{ include_join ['a.txt'] }}", "include_join")]
    public void A_function_that_differs_between_runs_or_reads_files_stops_the_build_naming_it(string call, string function)
    {
        using var sample = SampleData.Copy();
        sample.WriteText("templates/" + Part, "第一行\n" + call + "\n");
        var composed = SampleDisclosure.Compose(sample.Folder, "default");

        Assert.That(composed.Document, Is.Null, "the build must stop");
        var d = composed.Diagnostics.Items.FirstOrDefault(x => x.Code.Id == "FA5009");
        Assert.That(d, Is.Not.Null, SampleDisclosure.Report(composed.Diagnostics));
        Assert.That(Path.GetFullPath(d!.Location.File), Is.EqualTo(sample.PathOf("templates/" + Part)));
        Assert.That((d.Location.Line, d.Location.Column > 0), Is.EqualTo((2, true)));
        Assert.That(d.Message.Zh, Does.Contain(function));
        Assert.That(d.Message.En, Does.Contain(function));
    }

    [Test]
    public void Audited_functions_still_work()
    {
        using var sample = SampleData.Copy();
        sample.WriteText("templates/" + Part,
            "{{ department.units | array.size }}|{{ 'ab' | string.upcase }}|{{ math.abs year }}|{{ html.strip '<b>x</b>' }}|" +
            "{{ timespan.zero }}|{{ object.typeof year }}\n");
        var composed = SampleDisclosure.Compose(sample.Folder, "default");

        Assert.That(composed.Document, Is.Not.Null, SampleDisclosure.Report(composed.Diagnostics));
        var texts = composed.Document!.Blocks.OfType<FinalAccounts.Publisher.Document.Paragraph>().Select(p => p.PlainText);
        Assert.That(texts, Has.Member("1|AB|2024|x|00:00:00|number"));
    }

    [Test]
    public void Every_builtin_of_this_Scriban_version_is_audited()
    {
        var present = new List<string>();
        foreach (var (name, value) in new TemplateContext().BuiltinObject)
        {
            if (value is ScriptObject functions) present.AddRange(functions.Keys.Select(k => name + "." + k));
            else present.Add(name);
        }

        Assert.That(present, Is.EquivalentTo(TemplateBuiltins.Audited),
            "a Scriban upgrade changed the built-in functions: audit the new ones in TemplateBuiltins");
    }
}
