using FinalAccounts.Publisher.Document;
using static FinalAccounts.Publisher.Tests.Fixtures.TestBlocks;
using static FinalAccounts.Publisher.Tests.Writers.Pdf.Layout.LayoutProbe;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf.Layout;

/// <summary>A heading keeps with what must start below it, wherever the page ends.</summary>
public sealed class HeadingKeepTests
{
    [Test]
    public void A_heading_before_a_three_line_paragraph_takes_all_three_lines_with_it()
    {
        // Three lines cannot split: two at a page's foot would leave one alone at the next page's head.
        var paragraph = "起" + string.Concat(Enumerable.Repeat("一二三四五六七八九十", 6)) + "八九十终";
        for (var filler = 14; filler <= 24; filler++)
        {
            var blocks = Enumerable.Range(0, filler).Select(_ => (Block)Para("填充一行。"))
                .Append(Heading("三、标题")).Append(Para(paragraph)).ToArray();
            var pages = Run(blocks).Pages.Select(ContentText).ToList();
            var at = pages.FindIndex(p => p.Contains("三、标题", StringComparison.Ordinal));
            Assert.That(pages[at], Does.Contain("起").And.Contain("终"), $"{filler} lines above: the heading's page holds the paragraph");
        }
    }
}
