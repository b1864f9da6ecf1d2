using System.Text.Json;
using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.OpenData;
using FinalAccounts.Publisher.Tests.Facts;

namespace FinalAccounts.Publisher.Tests.OpenData;

/// <summary>data.json's facts are the template variables by the same names (issue 14.1, 14.11), at full precision.</summary>
public sealed class OpenDataFactsTests
{
    private static JsonElement Facts()
    {
        var model = TemplateProbe.Sample;
        return JsonDocument.Parse(OpenDataWriter.Write(model, FactsBuilder.Build(model))).RootElement.GetProperty("facts");
    }

    [Test]
    public void Table_lines_are_in_data_json_by_their_template_names()
    {
        var t01 = Facts().GetProperty("t01");
        Assert.That(t01.GetProperty("line27").GetProperty("amount").GetDecimal(), Is.EqualTo(26864.63m));
        Assert.That(t01.GetProperty("line29").GetProperty("name").GetString(), Does.Contain("年初结转和结余"));
        Assert.That(t01.TryGetProperty("lines", out _), Is.False, "the list repeats the lines");
    }

    [Test]
    public void A_prior_figure_the_data_do_not_give_is_left_out_not_written_as_zero()
    {
        var line29 = Facts().GetProperty("t01").GetProperty("line29").GetProperty("prior_year");
        Assert.That(line29.TryGetProperty("prior", out _), Is.False);
        Assert.That(line29.TryGetProperty("current", out _), Is.True);
    }

    [Test]
    public void The_listing_of_public_tables_stays_out_of_data_json_which_holds_the_tables()
    {
        Assert.That(Facts().TryGetProperty("public_tables", out _), Is.False);
        Assert.That(Facts().GetProperty("summary").GetProperty("total").GetProperty("rate").GetDecimal(), Is.GreaterThan(0.244m).And.LessThan(0.2444m));
    }
}
