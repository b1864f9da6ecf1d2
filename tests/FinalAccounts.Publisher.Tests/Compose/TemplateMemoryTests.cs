using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Compose;

/// <summary>
/// A template cannot make the build take the machine's memory: strings, what a template allocates while it runs and the
/// Markdown the whole document may hold are bounded, and crossing a bound is FA5004 at the template's line.
/// </summary>
public sealed class TemplateMemoryTests
{
    /// <summary>What composing the sample allocates with a runaway template: the budget, the sample (≈ 3 MB) and slack.</summary>
    private const long AllocationCeiling = 400L << 20;

    [TestCase("{{ a = []; s = 'x' * 999990; for i in 1..1000; a[i] = s + i; end; a.size }}", 1)]
    [TestCase("{{ s = 'x' * 999990; t = s; for i in 1..1000; t = t + s; end; t.size }}", 1, Category = "Slow")]
    [TestCase("{{ s = 'x' * 999990; a = []; for i in 1..1000; a = a | array.add (s | string.append i); end }}", 1, Category = "Slow")]
    [TestCase("第一行\n{{ func f(n); if n > 0; f(n - 1); f(n - 1); end; x = 'ab' * 999; end; f(40) }}", 2, Category = "Slow")]
    public void A_template_that_builds_too_much_stops_with_FA5004_before_it_takes_the_memory(string body, int line)
    {
        using var sample = SampleData.Copy();
        sample.WriteText("templates/total.sbn", body.Replace("}}", "}}{{# number-ok }}") + "\n");
        var before = GC.GetAllocatedBytesForCurrentThread();
        var composed = SampleDisclosure.Compose(sample.Folder, "default");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.That(composed.Document, Is.Null, "the build must stop");
        var d = composed.Diagnostics.Items.FirstOrDefault(x => x.Code.Id == "FA5004");
        Assert.That(d, Is.Not.Null, SampleDisclosure.Report(composed.Diagnostics));
        Assert.That(Path.GetFullPath(d!.Location.File), Is.EqualTo(sample.PathOf("templates/total.sbn")));
        Assert.That((d.Location.Line, d.Location.Column > 0), Is.EqualTo((line, true)));
        Assert.That(allocated, Is.LessThan(AllocationCeiling), $"allocated {allocated >> 20} MB");
    }

    [Test]
    public void A_string_longer_than_a_document_may_be_stops_the_template()
    {
        using var sample = SampleData.Copy();
        sample.WriteText("templates/total.sbn", "{{ s = 'x' * 1000001 }}{{# number-ok }}\n");
        var composed = SampleDisclosure.Compose(sample.Folder, "default");

        Assert.That(composed.Document, Is.Null);
        Assert.That(composed.Diagnostics.Items.Single(x => x.Code.Id == "FA5004").Location.Line, Is.EqualTo(1));
    }

    [Test]
    public void The_whole_document_is_bounded_not_only_each_template()
    {
        using var sample = SampleData.Copy();
        const string half = "{{ for i in 1..6; 'x' * 99999 | string.append '\\n\\n'; end }}{{# number-ok }}\n";
        sample.WriteText("templates/total.sbn", half);
        sample.WriteText("templates/income.sbn", half);
        var composed = SampleDisclosure.Compose(sample.Folder, "default");

        Assert.That(composed.Document, Is.Null);
        var d = composed.Diagnostics.Items.Single(x => x.Code.Id == "FA5004");
        Assert.That(Path.GetFullPath(d.Location.File), Is.EqualTo(sample.PathOf("templates/income.sbn")));
        Assert.That(d.Message.Zh, Does.Contain("1,000,000"));
    }
}
