using FinalAccounts.Publisher.Writers.Html;
using static FinalAccounts.Publisher.Tests.Fixtures.TestBlocks;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>Row groups for print: the rows the page rules keep together are groups the browser does not break.</summary>
public sealed class HtmlRowGroupsTests
{
    [Test]
    public void First_rows_last_rows_and_a_total_with_the_row_before_are_kept_groups()
    {
        var groups = HtmlRowGroups.For(Rows(12, totalAt: 7), spans: true).Groups;
        Assert.That(groups, Is.EqualTo(new[] { (0, 3, true), (3, 5, false), (5, 7, true), (7, 10, false), (10, 12, true) }));
    }

    [Test]
    public void A_group_never_cuts_a_row_span_and_a_long_one_is_left_to_the_browser()
    {
        var small = Form(indicators: 3);
        Assert.That(HtmlRowGroups.For(small, spans: true).Groups, Is.EqualTo(new[] { (0, small.Body.Count, true) }),
            "the label row keeps with its rows, which share its span: the whole short form is one group");
        var tall = Form(indicators: 20);
        var groups = HtmlRowGroups.For(tall, spans: true).Groups;
        Assert.That(groups.Sum(g => g.End - g.Start), Is.EqualTo(tall.Body.Count), "every row once");
        Assert.That(groups.Any(g => g.Kept), Is.False, "a span of twenty-one rows is too long to keep: the browser breaks it");
        var tallRows = HtmlRowGroups.For(Form(indicators: 3, tallLines: 20), spans: true).Groups;
        Assert.That(tallRows.Any(g => g.Kept && g.Start <= 2 && g.End > 2), Is.False,
            "nor are the first rows with a row of running text (row 2), which splits by its lines");
    }
}
