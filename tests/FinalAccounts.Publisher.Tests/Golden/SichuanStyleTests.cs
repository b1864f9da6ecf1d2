using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Tests.Golden;

/// <summary>
/// The example Sichuan style, made of style.yaml alone (numbers and words of province-2dp, the Sichuan order of sections),
/// composes the sample as the hand-written expectations say: every heading in order and numbered, the two-decimal
/// percentages with 下降, zero cells as 0.00, and nothing of the sections it leaves out.
/// </summary>
public sealed class SichuanStyleTests
{
    private static string ExpectedPath => Path.Combine(SampleDisclosure.RepositoryRoot, "tests", "FinalAccounts.Publisher.Tests", "Golden", "sichuan-2024.expected.txt");

    private static Dictionary<string, List<string>> Expected()
    {
        var sections = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        List<string>? current = null;
        foreach (var raw in File.ReadAllLines(ExpectedPath))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.StartsWith('#')) continue;
            if (line.StartsWith('[') && line.EndsWith(']')) sections[line[1..^1]] = current = [];
            else current!.Add(line);
        }

        return sections;
    }

    [Test]
    public void The_Sichuan_style_is_style_yaml_alone()
    {
        var files = Directory.GetFiles(Path.Combine(SampleDisclosure.TemplatesRoot, "sichuan"), "*", SearchOption.AllDirectories);
        Assert.That(files.Select(Path.GetFileName), Is.EqualTo(new[] { "style.yaml" }));
    }

    [Test]
    public void Every_heading_comes_in_the_Sichuan_order_and_numbering()
    {
        var composed = SampleDisclosure.Get("sichuan");
        Assert.That(composed.Document, Is.Not.Null, SampleDisclosure.Report(composed.Diagnostics));
        var outline = composed.Document!.Blocks.OfType<Heading>().Where(h => h.Level <= 3).Select(h => h.FullText).ToList();
        Assert.That(outline, Is.EqualTo(Expected()["outline"]));
    }

    [Test]
    public void The_contents_list_the_parts_and_sections_in_the_same_order()
    {
        var md = SampleDisclosure.Get("sichuan").Markdown!;
        var contents = md[..md.IndexOf("第一部分 部门概况\n", StringComparison.Ordinal)];
        Assert.That(contents.IndexOf("[第五部分 附表]"), Is.GreaterThan(contents.IndexOf("[第四部分 附件]")));
        Assert.That(contents, Does.Contain("[十、其他重要事项的情况说明]"));
    }

    [Test]
    public void Sentences_have_two_decimal_percentages_and_下降()
    {
        var md = SampleDisclosure.Get("sichuan").Markdown!;
        var missing = Expected()["sentences"].Where(s => !md.Contains(s, StringComparison.Ordinal)).ToList();
        Assert.That(missing, Is.Empty);
    }

    [Test]
    public void Nothing_of_the_left_out_sections_or_the_default_wording_remains()
    {
        var md = SampleDisclosure.Get("sichuan").Markdown!;
        Assert.That(Expected()["absent"].Where(s => md.Contains(s, StringComparison.Ordinal)), Is.Empty);
    }
}
