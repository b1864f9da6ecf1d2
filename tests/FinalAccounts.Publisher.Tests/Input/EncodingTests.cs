using System.Text;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Input;

/// <summary>
/// Data files must be UTF-8; a UTF-8 byte order mark (Excel's "CSV UTF-8") is accepted. Other encodings give FA1002 at
/// the first byte that is not UTF-8 and the file is not used.
/// </summary>
public sealed class EncodingTests
{
    /// <summary>"科目" in GBK, as Excel's plain "CSV (comma delimited)" writes it on a Chinese Windows.</summary>
    private static readonly byte[] GbkKemu = [0xBF, 0xC6, 0xC4, 0xBF];

    [Test]
    public void A_GBK_header_reports_FA1002_at_line_1_field_1()
    {
        using var copy = SampleData.Copy();
        var utf8 = copy.ReadBytes("tables/05.csv");
        Assert.That(utf8.Take(6), Is.EqualTo(Encoding.UTF8.GetBytes("科目")));
        copy.WriteBytes("tables/05.csv", [.. GbkKemu, .. utf8.Skip(6)]);
        var run = copy.Check();

        Assert.That(run.Expect("FA1002", "tables/05.csv:1:1").Message.Zh, Does.Contain("GBK"));
        run.ExpectNewExactly("FA1002 tables/05.csv:1:1");
    }

    [Test]
    public void A_GBK_name_in_a_row_reports_FA1002_at_its_line_and_field()
    {
        using var copy = SampleData.Copy();
        copy.WriteBytes("tables/02.csv", Splice(copy.ReadText("tables/02.csv"), "2060101,行政运行", "2060101,", GbkKemu));
        var run = copy.Check();

        run.Expect("FA1002", "tables/02.csv:12:2");
        run.ExpectNewExactly("FA1002 tables/02.csv:12:2");
    }

    [Test]
    public void A_GBK_field_after_a_quoted_comma_is_located_by_field()
    {
        using var copy = SampleData.Copy();
        var text = copy.ReadText("budget-execution.csv").Replace("2060102,一般行政管理事务,5.42,5.32,", "2060102,一般行政管理事务,5.42,5.32,\"x,y\"科目");
        copy.WriteBytes("budget-execution.csv", Splice(text, "\"x,y\"科目", "\"x,y\"", GbkKemu));
        var run = copy.Check();

        run.ExpectNewExactly("FA1002 budget-execution.csv:6:5");
    }

    [Test]
    public void A_GBK_YAML_file_reports_FA1002_at_the_character()
    {
        using var copy = SampleData.Copy();
        copy.WriteBytes("procurement.yaml", Splice(copy.ReadText("procurement.yaml"), "total: 875.78", "total: ", [.. GbkKemu, (byte)'\n']));
        var run = copy.Check();

        run.ExpectNewExactly("FA1002 procurement.yaml:7:8");
    }

    [TestCase("utf-16LE")]
    [TestCase("utf-16BE")]
    public void A_UTF16_file_reports_FA1002_at_its_line_1(string encoding)
    {
        using var copy = SampleData.Copy();
        var unicode = Encoding.GetEncoding(encoding);
        copy.WriteBytes("tables/05.csv", [.. unicode.GetPreamble(), .. unicode.GetBytes(copy.ReadText("tables/05.csv"))]);
        var run = copy.Check();

        Assert.That(run.Expect("FA1002", "tables/05.csv:1:1").Message.Zh, Does.Contain("UTF-16"));
        run.ExpectNewExactly("FA1002 tables/05.csv:1:1");
    }

    [TestCase("tables/05.csv")]
    [TestCase("tables/01.csv")]
    [TestCase("budget-execution.csv")]
    [TestCase("procurement.yaml")]
    [TestCase("department.yaml")]
    [TestCase("key-work.md")]
    public void A_UTF8_byte_order_mark_is_accepted(string file)
    {
        using var copy = SampleData.Copy();
        copy.WriteBytes(file, [0xEF, 0xBB, 0xBF, .. copy.ReadBytes(file)]);
        var run = copy.Check();

        run.ExpectNothingNew();
        Assert.That(run.Load.Unavailable, Is.Empty);
    }

    [Test]
    public void Windows_line_endings_are_accepted_and_lines_counted_the_same()
    {
        using var copy = SampleData.Copy();
        foreach (var file in new[] { "tables/05.csv", "procurement.yaml" })
            copy.WriteText(file, copy.ReadText(file).Replace("\n", "\r\n"));
        copy.SetCell("tables/05.csv", "2060101", "项目支出", "12万");
        var run = copy.Check();

        run.ExpectNewExactly("FA1007 tables/05.csv:12:5");
    }

    /// <summary>The UTF-8 bytes of <paramref name="text"/> with <paramref name="replace"/> turned into <paramref name="prefix"/> + raw bytes.</summary>
    private static byte[] Splice(string text, string replace, string prefix, byte[] raw)
    {
        var at = text.IndexOf(replace, StringComparison.Ordinal);
        Assert.That(at, Is.GreaterThanOrEqualTo(0), replace);
        return [.. Encoding.UTF8.GetBytes(text[..at] + prefix), .. raw, .. Encoding.UTF8.GetBytes(text[(at + replace.Length)..])];
    }
}
