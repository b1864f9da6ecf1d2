using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Tests.Documents;

/// <summary>
/// Escaped text reads back as itself (whatever punctuation, spaces and line breaks it holds), and no Markdown, however
/// hostile, makes the reader throw: what is too deep or too long is reported before Markdig sees it.
/// </summary>
public sealed class MarkdownTextTests
{
    private static readonly string[] TextPieces =
    [
        "a", "中文", " ", "  ", "\t", "\n", "\n\n", "\n    ", "*", "**", "_", "#", "# ", "1.", "1. ", "1)", "- ", "+ ",
        ">", "<", "<b>", "</p>", "&", "&amp;", "&#20013;", "\\", "`", "```", "~~~", "[", "]", "](x)", "!", "{", "}", "{#id}",
        ":", "::", ":::", "|", "---", "===", "\"", "'", "(", ")", "%", "$", "@", "^", "=",
    ];

    private static readonly string[] HostilePieces =
    [
        ">", "> ", "- ", "  ", "    ", "1. ", "*", "**", "_", "[", "](", "![", "<", "<a ", "&#", "::", ":::", ":::\n",
        "\n", "\n\n", "`", "a", "中", "{", "#", "\t",
    ];

    [Test]
    public void Escaped_text_reads_back_as_the_same_characters()
    {
        var random = new Random(20261206);
        for (var n = 0; n < 400; n++)
        {
            var pieces = Enumerable.Range(0, random.Next(1, 40)).Select(_ => TextPieces[random.Next(TextPieces.Length)]);
            var text = string.Concat(pieces);
            foreach (var (before, after) in new[] { ("", ""), ("前", "后") })
            {
                var bag = new DiagnosticBag();
                var blocks = new MarkdownReader(_ => [], bag).Read(before + MarkdownText.Escape(text) + after, "x.sbn");

                Assert.That(bag.Items, Is.Empty, Show(text));
                Assert.That(blocks, Has.All.InstanceOf<Paragraph>(), Show(text));
                var expected = Paragraphs(before + Trimmed(text) + after);
                Assert.That(blocks.Cast<Paragraph>().Select(p => p.PlainText), Is.EqualTo(expected), Show(text));
            }

            var line = text.Replace("\n", "");
            Assert.That(MarkdownText.Unescape(MarkdownText.Escape(line)), Is.EqualTo(line.Trim(' ', '\t')));
        }
    }

    [Category("Slow")]
    [Test]
    public void Hostile_Markdown_is_reported_never_thrown()
    {
        var random = new Random(11);
        for (var n = 0; n < 300; n++)
        {
            var count = n % 10 == 0 ? random.Next(5_000, 60_000) : random.Next(1, 600);
            var run = random.Next(HostilePieces.Length);
            var markdown = string.Concat(Enumerable.Range(0, count)
                .Select(_ => HostilePieces[random.Next(4) == 0 ? random.Next(HostilePieces.Length) : run]));
            foreach (var data in new[] { false, true })
            {
                var bag = new DiagnosticBag();
                var reader = new MarkdownReader(_ => [], bag);
                Assert.DoesNotThrow(() => _ = data ? reader.ReadText(markdown, "k.md") : reader.Read(markdown, "x.sbn"),
                    Show(markdown));
                var gaveUp = bag.Items.Where(d => d.Message.En.StartsWith("The Markdown cannot be parsed", StringComparison.Ordinal));
                Assert.That(gaveUp, Is.Empty, "the bounds must stop it before Markdig gives up: " + Show(markdown));
            }
        }
    }

    [TestCase("list")]
    [TestCase("quotes")]
    [TestCase("fences")]
    public void Deep_structures_are_one_error_at_the_line_that_goes_too_deep(string shape)
    {
        var markdown = string.Concat(Enumerable.Range(1, 200).Select(i => shape switch
        {
            "list" => new string(' ', 2 * i) + "- 甲\n",
            "quotes" => new string('>', i) + " 甲\n",
            _ => "::: x\n",
        }));
        var bag = new DiagnosticBag();
        var blocks = new MarkdownReader(_ => [], bag).Read(markdown, "x.sbn");

        Assert.That(blocks, Is.Empty);
        var d = bag.Items.Single();
        Assert.That((d.Code.Id, d.Severity), Is.EqualTo(("FA6103", Severity.Error)));
        Assert.That(d.Location.Line, Is.GreaterThan(1).And.LessThanOrEqualTo(MarkdownBounds.Depth + 1));
    }

    [Test]
    public void Text_longer_than_a_document_may_be_is_an_error_at_the_character_where_it_crosses()
    {
        var bag = new DiagnosticBag();
        new MarkdownReader(_ => [], bag).ReadText("第一行\n" + new string('字', MarkdownReader.MaxLength), "k.md");
        var d = bag.Items.Single();
        var at = (d.Code.Id, d.Location.Line, d.Location.Column);
        Assert.That(at, Is.EqualTo(("FA6103", 2, MarkdownReader.MaxLength - 3)));
    }

    /// <summary>A text as <see cref="MarkdownText.Escape"/> keeps it: each line without spaces at its ends.</summary>
    private static string Trimmed(string text) => string.Join("\n", text.Split('\n').Select(l => l.Trim(' ', '\t')));

    /// <summary>The paragraphs a plain text makes: blank lines split, lines trimmed and joined (a soft break is nothing).</summary>
    private static List<string> Paragraphs(string text) => Trimmed(text)
        .Split("\n\n", StringSplitOptions.None)
        .Select(p => p.Replace("\n", ""))
        .Where(p => p.Length > 0)
        .ToList();

    private static string Show(string text) =>
        text.Length <= 200 ? $"[{text}]" : $"[{text[..200]}…] ({text.Length} chars)";
}
