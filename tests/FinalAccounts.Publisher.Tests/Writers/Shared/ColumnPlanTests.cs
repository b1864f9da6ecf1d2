using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Tests.Writers.Shared;

/// <summary>Column planning, the one rule the PDF, the Word file and the web page share.</summary>
public sealed class ColumnPlanTests
{
    [Test]
    public void Weighted_columns_share_the_width_by_weight()
    {
        var widths = ColumnPlan.Allocate([10, 10, 10], [20, 20, 20], [3, 1, 1], 500)!;
        Assert.That(widths, Is.EqualTo(new[] { 300, 100, 100 }).Within(0.001));
    }

    [Test]
    public void A_weighted_column_under_its_least_width_is_raised_and_the_others_share_the_rest()
    {
        var widths = ColumnPlan.Allocate([10, 150, 10], [10, 150, 10], [2, 1, 1], 400)!;
        Assert.That(widths[1], Is.EqualTo(150).Within(0.001));
        Assert.That(widths[0], Is.EqualTo(2 * widths[2]).Within(0.001));
        Assert.That(widths.Sum(), Is.EqualTo(400).Within(0.001));
    }

    [Test]
    public void Without_weights_columns_get_what_their_text_wants_and_share_the_room_left()
    {
        var widths = ColumnPlan.Allocate([10, 10], [30, 90], [0, 0], 240)!;
        Assert.That(widths, Is.EqualTo(new[] { 60, 180 }).Within(0.001));
    }

    [Test]
    public void A_table_whose_least_widths_pass_the_portrait_width_goes_landscape_and_one_too_wide_for_that_is_squeezed()
    {
        var landscape = ColumnPlan.Place(false, [60, 60], [60, 60], [1, 1], 100, 200);
        Assert.That((landscape.Landscape, landscape.Squeezed), Is.EqualTo((true, false)));
        Assert.That(landscape.Widths.Sum(), Is.EqualTo(200).Within(0.001));
        var squeezed = ColumnPlan.Place(false, [150, 150], [150, 150], [1, 1], 100, 200);
        Assert.That((squeezed.Landscape, squeezed.Squeezed), Is.EqualTo((true, true)));
        Assert.That(squeezed.Widths, Is.EqualTo(new[] { 100, 100 }).Within(0.001));
        Assert.That(ColumnPlan.Place(true, [10], [10], [1], 100, 200).Landscape, Is.True, "a table marked wide");
    }

    [Test]
    public void Shares_for_the_web_page_follow_the_weights_and_give_a_column_without_one_the_average()
    {
        var shares = ColumnPlan.Shares([new(CellAlign.Left, 3), new(CellAlign.Right, 1), new(CellAlign.Right)]);
        Assert.That(shares, Is.EqualTo(new[] { 0.5, 1.0 / 6, 2.0 / 6 }).Within(0.0001));
    }
}
