namespace FinalAccounts.Publisher.Tests.Golden;

/// <summary>
/// The sample department's document tree, dumped as text (<see cref="DocumentDump"/>), equals the reviewed golden file
/// beside this test. When a change is meant, run the tests with FINACC_ACCEPT=1 to rewrite the golden file, then review
/// its diff against the published reference (README.md in this folder) before committing it.
/// </summary>
public sealed class DocumentDumpTests
{
    private static string GoldenPath => Path.Combine(
        SampleDisclosure.RepositoryRoot, "tests", "FinalAccounts.Publisher.Tests", "Golden", "hongshan-jkj-2024.ast.txt");

    [Test]
    public void The_sample_document_tree_is_the_reviewed_golden_dump()
    {
        var composed = SampleDisclosure.Get();
        Assert.That(composed.Document, Is.Not.Null, SampleDisclosure.Report(composed.Diagnostics));
        var actual = DocumentDump.Write(composed.Document!, SampleDisclosure.RepositoryRoot);
        if (Environment.GetEnvironmentVariable("FINACC_ACCEPT") == "1")
        {
            File.WriteAllText(GoldenPath, actual, new System.Text.UTF8Encoding(false));
            Assert.Warn("FINACC_ACCEPT=1: the golden dump was rewritten; review its diff before committing it.");
            return;
        }

        var expected = File.Exists(GoldenPath) ? File.ReadAllText(GoldenPath).ReplaceLineEndings("\n") : "";
        if (actual == expected) return;
        Assert.Fail($"The document tree differs from {Path.GetFileName(GoldenPath)} "
            + "(rewrite it with FINACC_ACCEPT=1 and review the diff):\n" + Differences(expected.Split('\n'), actual.Split('\n')));
    }

    [Test]
    public void A_block_dumps_the_same_whichever_line_of_its_template_it_came_from()
    {
        var root = SampleDisclosure.RepositoryRoot;
        var file = Path.Combine(root, "templates", "default", "parts", "overview.sbn");
        string Dump(int line) => DocumentDump.Write(Fixtures.TestBlocks.Document(
            new Document.Paragraph([new Document.Inline("正文。")], Document.ParagraphKind.Body, new(file, line, 1))), root);

        Assert.That(Dump(70), Is.EqualTo(Dump(7)), "a line added above it in the template changes nothing");
        Assert.That(Dump(7), Does.Contain("body 正文。  @templates/default/parts/overview.sbn\n"), "the file is named");
    }

    /// <summary>The first differing lines, each as "-golden" / "+actual" with its line number.</summary>
    private static string Differences(string[] expected, string[] actual)
    {
        var lines = new List<string>();
        for (var i = 0; i < Math.Max(expected.Length, actual.Length) && lines.Count < 30; i++)
        {
            var e = i < expected.Length ? expected[i] : "(end)";
            var a = i < actual.Length ? actual[i] : "(end)";
            if (e == a) continue;
            lines.Add($"{i + 1}: - {e}");
            lines.Add($"{i + 1}: + {a}");
        }

        return string.Join("\n", lines);
    }
}
