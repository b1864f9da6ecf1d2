using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Reporting;

/// <summary>
/// Values echoed in a message are input: whatever their size or characters, a diagnostic prints at most about 80
/// characters of each, ending in "…", and never a character that breaks or disguises its line.
/// </summary>
public sealed class EchoTests
{
    [Test]
    public void A_value_of_ten_megabytes_is_echoed_as_80_characters_ending_in_an_ellipsis()
    {
        var value = new string('x', 10_000_000);
        var bag = new DiagnosticBag();

        bag.Report(InputCodes.BadNumber, new SourceLocation("a.csv", 2, 3), $"“{value}”不是有效的数字。", $"'{value}' is not a number.");

        var d = bag.Items.Single();
        Assert.That(d.Message.Zh, Is.EqualTo("“" + new string('x', 79) + "…”不是有效的数字。"));
        Assert.That(d.Message.En, Is.EqualTo("'" + new string('x', 79) + "…' is not a number."));
    }

    [Test]
    public void A_value_of_80_characters_is_echoed_whole()
    {
        var value = new string('字', DiagnosticText.EchoLimit);
        var bag = new DiagnosticBag();

        bag.Report(InputCodes.BadNumber, SourceLocation.None, $"[{value}]", $"[{value}]");

        Assert.That(bag.Items.Single().Message.Zh, Is.EqualTo($"[{value}]"));
    }

    [Test]
    public void A_cut_never_splits_a_character_outside_the_basic_plane()
    {
        var value = new string('x', DiagnosticText.EchoLimit - 2) + "𠮷𠮷𠮷";

        var echo = DiagnosticText.Echo(value);

        Assert.That(echo, Is.EqualTo(new string('x', DiagnosticText.EchoLimit - 2) + "…"));
    }

    [TestCase("a\nb", "a\\nb")]
    [TestCase("a\r\nb", "a\\r\\nb")]
    [TestCase("tab\there", "tab\\there")]
    [TestCase("evil\u202Etxt.exe", "evil\\u202Etxt.exe")]
    [TestCase("bell\u0007", "bell\\u0007")]
    [TestCase("zero\u200Bwidth", "zero\\u200Bwidth")]
    [TestCase("line\u2028sep", "line\\u2028sep")]
    [TestCase("吉𠮷 ok", "吉𠮷 ok")]
    public void Invisible_and_line_breaking_characters_in_a_value_are_echoed_as_escapes(string value, string echoed)
    {
        var bag = new DiagnosticBag();

        bag.Report(InputCodes.BadNumber, SourceLocation.None, $"“{value}”", $"'{value}'");

        Assert.That(bag.Items.Single().Message.Zh, Is.EqualTo($"“{echoed}”"));
    }

    [Test]
    public void An_unpaired_surrogate_is_echoed_as_an_escape()
    {
        Assert.That(DiagnosticText.Echo("lone\uD800 and \uDC00"), Is.EqualTo("lone\\uD800 and \\uDC00"));
    }

    [Test]
    public void Text_of_our_own_is_printed_whole()
    {
        var known = new OwnText(string.Join(", ", Enumerable.Range(1, 40).Select(i => $"key_{i}")));
        var bag = new DiagnosticBag();

        bag.Report(InputCodes.UnknownKey, SourceLocation.None, $"可用：{known}", $"Known: {known}");

        Assert.That(bag.Items.Single().Message.En, Is.EqualTo("Known: " + known.Text));
    }

    [Test]
    public void A_newline_in_a_folder_name_does_not_split_the_diagnostic_line()
    {
        var d = new Diagnostic(InputCodes.BadFolder, SourceLocation.OfFile("data/2024/a\nb"), new LocalizedText("坏\n行", "bad\nline"));

        var line = DiagnosticFormatter.Headline(d, Language.Zh);

        Assert.That(line, Is.EqualTo("data/2024/a\\nb: error FA1019: 坏\\n行"));
    }

    [Test]
    public void A_bad_amount_of_5000_characters_is_reported_with_an_80_character_echo()
    {
        using var copy = SampleData.Copy();
        var value = new string('9', 4_999) + "x";
        copy.SetCell("tables/05.csv", "2060101", "项目支出", value);
        var run = copy.Check();

        var d = run.Expect("FA1007", "tables/05.csv:12:5");
        Assert.That(d.Message.Zh, Does.StartWith("“" + new string('9', 79) + "…”"));
        Assert.That(d.Message.Zh.Length, Is.LessThan(200));
        Assert.That(d.Message.En.Length, Is.LessThan(200));
    }
}
