using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Tests.Golden;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>What a build loads ahead on a spare core (DisclosureBuilder.Prepare): only what its editions need, never an error.</summary>
public sealed class BuildPreparationTests
{
    private static string Department => SampleDisclosure.SampleFolder;

    private static DisclosureBuilder Builder(string[] formats, string? templatesRoot = null) =>
        new(new BuildOptions(Path.Combine(Path.GetTempPath(), "finacc-prepare-unused"), formats, templatesRoot ?? SampleDisclosure.TemplatesRoot));

    [Test]
    public void A_build_with_a_pdf_makes_the_font_of_every_role_of_the_style_ahead()
    {
        var builder = Builder(["pdf"]);
        var style = builder.DocumentStyleFor(Department)!;
        Assert.That(builder.Writers.Pdf.Layout.HasFonts(style), Is.False);

        builder.Prepare(Department);

        Assert.That(builder.Writers.Pdf.Layout.HasFonts(style), Is.True);
    }

    [Test]
    public void A_build_without_a_paginated_edition_makes_no_font_ahead()
    {
        var builder = Builder(["md", "html"]);
        builder.Prepare(Department);
        Assert.That(builder.Writers.Pdf.Layout.HasFonts(builder.DocumentStyleFor(Department)!), Is.False);
    }

    [Test]
    public void A_style_that_cannot_be_read_is_left_for_the_build_to_report()
    {
        var builder = Builder(["pdf"], Path.Combine(Path.GetTempPath(), "finacc-prepare-" + Guid.NewGuid().ToString("N")));
        Assert.DoesNotThrow(() => builder.Prepare(Department));
        Assert.That(builder.Writers.Pdf.Layout.HasFonts(Document.DocumentStyle.Default), Is.False);
    }
}
