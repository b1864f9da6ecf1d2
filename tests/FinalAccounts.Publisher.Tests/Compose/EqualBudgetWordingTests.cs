using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Tests.Facts;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Compose;

/// <summary>
/// Issue 14.8: when an item's actual equals its 年初预算 and no reason is given, the reference says nothing; a style may
/// say so (words.equal_without_reason) without touching the template.
/// </summary>
public sealed class EqualBudgetWordingTests
{
    private static string Item(WordStyle words)
    {
        using var sample = SampleData.Copy();
        // 2210203 购房补贴: 年初预算 42.80, 决算数 42.77, no reason; made equal here.
        sample.SetCell("budget-execution.csv", "2210203", "年初预算", "42.77");
        var template = File.ReadAllText(Path.Combine(SampleDisclosure.TemplatesRoot, "default", "parts", "gpb.sbn"));
        var text = TemplateProbe.Text(template, TemplateProbe.Load(sample.Folder), words: words, part: "04-explanation/05-gpb");
        return text.Split('\n').Single(l => l.Contains("购房补贴（项）", StringComparison.Ordinal));
    }

    [Test]
    public void By_default_nothing_is_said_after_the_completion_rate() =>
        Assert.That(Item(WordStyle.Default), Does.EndWith("年初预算为42.77万元，支出决算为42.77万元，完成年初预算的100%。"));

    [Test]
    public void A_style_can_say_that_actual_and_budget_are_equal() =>
        Assert.That(Item(WordStyle.Default with { EqualWithoutReason = "，支出决算数与年初预算数持平" }),
            Does.EndWith("年初预算为42.77万元，支出决算为42.77万元，完成年初预算的100%，支出决算数与年初预算数持平。"));
}
