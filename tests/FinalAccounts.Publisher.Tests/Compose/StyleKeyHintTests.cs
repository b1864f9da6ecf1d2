using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Compose;

/// <summary>A misspelt key in style.yaml is reported with the nearest key and every key its section knows.</summary>
public sealed class StyleKeyHintTests
{
    private static Diagnostic UnknownKey(string yaml)
    {
        using var templates = new TemplatesCopy();
        templates.Style("mine", yaml);
        var bag = new DiagnosticBag();
        templates.Read("mine", bag);
        return bag.Items.Single(d => d.Code.Id == "FA1014");
    }

    [Test]
    public void A_misspelt_word_key_lists_every_word_key()
    {
        var d = UnknownKey("words:\n  decrease_rat: 下降\n");
        Assert.That(d.Message.Zh, Does.Contain("是否应为“decrease_rate”"));
        foreach (var key in new[] { "increase", "increase_rate", "decrease", "decrease_rate", "unchanged", "greater", "less", "equal" })
            Assert.That(d.Message.Zh, Does.Contain(key));
    }

    [Test]
    public void A_misspelt_number_key_lists_every_number_key()
    {
        var d = UnknownKey("numbers:\n  percent_decimal: 2\n");
        Assert.That(d.Location.Line, Is.EqualTo(3));
        foreach (var key in new[]
                 {
                     "table_decimals", "table_thousands", "table_zero", "prose_decimals", "prose_thousands", "prose_trim_zeros",
                     "percent_decimals", "percent_trim_zeros", "form_percent_decimals", "form_percent_trim_zeros", "zero_base_text",
                 })
            Assert.That(d.Message.Zh, Does.Contain(key));
    }

    [Test]
    public void A_misspelt_section_setting_lists_the_settings_a_section_has()
    {
        var d = UnknownKey("section_changes:\n  special: { includ: false }\n");
        foreach (var key in new[] { "title", "include", "new_page", "numbered", "toc" }) Assert.That(d.Message.Zh, Does.Contain(key));
    }
}
