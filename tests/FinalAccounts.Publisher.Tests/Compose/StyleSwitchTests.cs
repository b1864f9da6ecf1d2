using FinalAccounts.Publisher.Tests.Golden;

namespace FinalAccounts.Publisher.Tests.Compose;

/// <summary>A second house style made by editing settings only changes percentages, empty cells and wording.</summary>
public sealed class StyleSwitchTests
{
    [Test]
    public void The_second_style_is_settings_only()
    {
        var files = Directory.GetFiles(Path.Combine(SampleDisclosure.TemplatesRoot, "province-2dp"), "*", SearchOption.AllDirectories);
        Assert.That(files.Select(Path.GetFileName), Is.EqualTo(new[] { "style.yaml" }));
    }

    [Test]
    public void Default_style_writes_one_decimal_percentages_降低_and_blank_zero_cells()
    {
        var md = SampleDisclosure.Get("default").Markdown!;
        Assert.That(md, Does.Contain("收、支总计减少8684.98万元，降低24.4%"));
        Assert.That(md, Does.Contain("占本年收入100%。"));
        Assert.That(md, Does.Contain("| 二、政府性基金预算财政拨款收入 | 2 |  |"));
        Assert.That(md, Does.Not.Contain("万元，下降"));
    }

    [Test]
    public void Second_style_writes_two_decimal_percentages_下降_and_zero_cells()
    {
        var composed = SampleDisclosure.Get("province-2dp");
        Assert.That(composed.Document, Is.Not.Null, SampleDisclosure.Report(composed.Diagnostics));
        var md = composed.Markdown!;
        Assert.That(md, Does.Contain("收、支总计减少8684.98万元，下降24.43%"));
        Assert.That(md, Does.Contain("占本年收入100.00%。"));
        Assert.That(md, Does.Contain("| 二、政府性基金预算财政拨款收入 | 2 | 0.00 |"));
        Assert.That(md, Does.Not.Contain("万元，降低"));
    }
}
