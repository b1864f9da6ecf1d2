using System.Collections.Concurrent;
using FinalAccounts.Cli;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Tests.Golden;

namespace FinalAccounts.Publisher.Tests.Cli;

/// <summary>Every stage a batch reports is shown to the clerk in words of their language, not as an internal name.</summary>
[Category("Slow")]
public sealed class ProgressLabelTests
{
    [Test]
    public void Every_stage_of_a_batch_has_a_chinese_and_an_english_label()
    {
        var output = Path.Combine(Path.GetTempPath(), "finacc-stages-" + Guid.NewGuid().ToString("N"));
        try
        {
            var batch = new BatchBuilder(new DisclosureBuilder(new BuildOptions(output, BuildOptions.AllFormats, SampleDisclosure.TemplatesRoot)));
            var stages = new ConcurrentBag<string>();
            var result = batch.Run([SampleDisclosure.SampleFolder], force: true, new Recorder(stages), CancellationToken.None);
            Assert.That(result.Succeeded, Is.True);
            Assert.That(stages.Distinct(), Is.SupersetOf(new[] { "check", "compose", "layout", "md", "docx", "pdf", "html", "publish", BatchBuilder.Done }));
            foreach (var stage in stages.Distinct())
            {
                var zh = BuildProgressDisplay.Label(stage, Language.Zh);
                var en = BuildProgressDisplay.Label(stage, Language.En);
                Assert.That(zh, Does.Match(@"\p{IsCJKUnifiedIdeographs}"), stage);
                Assert.That(en, Is.Not.EqualTo(zh).And.Not.Empty, stage);
            }
        }
        finally
        {
            if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        }
    }

    private sealed class Recorder(ConcurrentBag<string> stages) : IProgress<BuildProgress>
    {
        public void Report(BuildProgress value) => stages.Add(value.Stage);
    }
}
