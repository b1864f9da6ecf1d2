using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Input;

/// <summary>
/// The shape of a YAML file: one document whose root is a mapping of keys, nested only a few levels. Anything else is one
/// located FA1025 (never a crash, never silently ignored content), and the file is not used.
/// </summary>
public sealed class YamlStructureTests
{
    [TestCase(30_000)]
    [TestCase(100_000)]
    public void Flow_mappings_nested_thousands_deep_report_FA1025_on_their_line_instead_of_overflowing_the_stack(int depth)
    {
        using var copy = SampleData.Copy();
        copy.AppendLine("procurement.yaml", "zz_deep: " + string.Concat(Enumerable.Repeat("{a: ", depth)) + "1" + new string('}', depth));
        var run = copy.Check();

        Assert.That(run.Expect("FA1025", "procurement.yaml:16:134").Message.Zh, Does.Contain("嵌套").And.Contain("32"));
        run.ExpectNewExactly("FA1025 procurement.yaml:16:134");
    }

    [Test]
    public void Flow_sequences_nested_deep_report_FA1025()
    {
        using var copy = SampleData.Copy();
        copy.AppendLine("assets.yaml", "zz: " + new string('[', 50_000) + new string(']', 50_000));
        var run = copy.Check();

        run.ExpectNewExactly("FA1025 assets.yaml:18:36");
    }

    [Test]
    public void Block_mappings_indented_forty_levels_report_FA1025_at_the_level_too_deep()
    {
        using var copy = SampleData.Copy();
        var lines = Enumerable.Range(0, 40).Select(i => new string(' ', 2 * i) + "a:").Append(new string(' ', 80) + "b: 1");
        copy.AppendLine("operating-funds.yaml", string.Join("\n", lines));
        var run = copy.Check();

        run.ExpectNewExactly("FA1025 operating-funds.yaml:39:65");
    }

    [Test]
    public void A_line_that_opens_flow_mappings_before_a_text_is_a_located_FA1013_not_a_crash()
    {
        // YamlDotNet's scanner throws InvalidOperationException, not a YamlException, on this input (found by the fuzz run,
        // seed 11 case 4451: "{{" inserted into style.yaml before "font_note: 没有安装仿宋_GB2312 时，…").
        using var copy = SampleData.Copy();
        copy.AppendLine("operating-funds.yaml", "{{\nnote: 没有安装仿宋_GB2312 时，正文以楷体或宋体代替。");
        var run = copy.Check();

        Assert.That(run.Load.Unavailable.Select(run.Relative), Does.Contain("operating-funds.yaml"));
        run.ExpectNewExactly("FA1013 operating-funds.yaml:7:1");
    }

    [Test]
    public void Nesting_as_deep_as_the_data_needs_is_read()
    {
        using var copy = SampleData.Copy();
        copy.Check().ExpectNothingNew();
    }

    [Test]
    public void A_second_YAML_document_reports_FA1025_at_its_start_and_the_file_is_not_used()
    {
        using var copy = SampleData.Copy();
        copy.AppendLine("operating-funds.yaml", "---\nbudget: 1");
        var run = copy.Check();

        Assert.That(run.Expect("FA1025", "operating-funds.yaml:7:1").Message.Zh, Does.Contain("---").And.Contain("第二个文档"));
        Assert.That(run.Load.Unavailable.Select(run.Relative), Does.Contain("operating-funds.yaml"));
        run.ExpectNewExactly("FA1025 operating-funds.yaml:7:1");
    }

    [Test]
    public void A_document_end_marker_followed_by_more_content_is_a_second_document()
    {
        using var copy = SampleData.Copy();
        copy.AppendLine("operating-funds.yaml", "...\nbudget: 1");
        var run = copy.Check();

        run.ExpectNewExactly("FA1025 operating-funds.yaml:8:1");
    }

    [Test]
    public void A_leading_document_start_marker_is_one_document()
    {
        using var copy = SampleData.Copy();
        copy.WriteText("operating-funds.yaml", "---\n" + copy.ReadText("operating-funds.yaml"));
        copy.Check().ExpectNothingNew();
    }

    [TestCase("- 货物\n- 服务\n", "列表")]
    [TestCase("政府采购\n", "一段文字")]
    public void A_root_that_is_not_a_mapping_reports_FA1025_saying_the_root_must_be_keys(string text, string found)
    {
        using var copy = SampleData.Copy();
        copy.WriteText("procurement.yaml", text);
        var run = copy.Check();

        var d = run.Expect("FA1025", "procurement.yaml:1:1");
        Assert.That(d.Message.Zh, Does.Contain("“键: 值”").And.Contain(found));
        Assert.That(d.Message.En, Does.Contain("mapping of keys"));
        run.ExpectNewExactly("FA1025 procurement.yaml:1:1");
    }
}
