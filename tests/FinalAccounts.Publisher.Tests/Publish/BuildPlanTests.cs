using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>
/// A build request is resolved and validated before any department is read: folders, formats, style and output place
/// are the request's problems (usage errors), found all at once; the project fonts and templates are found without the CLI.
/// </summary>
public sealed class BuildPlanTests
{
    [Test]
    public void A_good_request_expands_the_folders_and_is_valid()
    {
        using var copy = SampleData.Copy();
        var plan = BuildPlan.Make([copy.YearFolder], Options(copy));

        Assert.That(plan.IsValid, Is.True, string.Join("\n", plan.Request.Items));
        Assert.That(plan.Folders.Select(Path.GetFileName), Is.EqualTo(new[] { "hongshan-jkj" }));
    }

    [Test]
    public void Every_problem_of_the_request_is_reported_at_once()
    {
        using var copy = SampleData.Copy();
        var options = Options(copy) with { Formats = ["pdf", "odt"], Style = "nope", OutputRoot = copy.YearFolder };
        var plan = BuildPlan.Make([copy.Folder, Path.Combine(copy.YearFolder, "typo")], options);

        Assert.That(plan.IsValid, Is.False);
        Assert.That(plan.Request.Items.Select(d => d.Code.Id).Order(), Is.EqualTo(new[] { "FA1001", "FA5007", "FA8002", "FA8005" }));
    }

    [Test]
    public void An_invalid_plan_runs_nothing()
    {
        using var copy = SampleData.Copy();
        var output = Path.Combine(copy.Root, "out");
        var plan = BuildPlan.Make([copy.Folder], Options(copy) with { Formats = ["odt"], OutputRoot = output });
        var result = plan.Run(force: false, progress: null);

        Assert.That(result.Builds, Is.Empty);
        Assert.That(Directory.Exists(output), Is.False);
    }

    [Test]
    public void Formats_are_parsed_as_a_clerk_types_them()
    {
        Assert.That(BuildOptions.ParseFormats(" PDF, docx,,md "), Is.EqualTo(new[] { "pdf", "docx", "md" }));
        Assert.That(new BuildOptions("out", ["pdf", "ppt", "Md"]).UnknownFormats, Is.EqualTo(new[] { "ppt" }));
    }

    [Test]
    public void Templates_above_the_data_are_found_without_naming_them()
    {
        using var copy = SampleData.Copy();
        SampleData.CopyDirectory(SampleDisclosure.TemplatesRoot, Path.Combine(copy.Root, "templates"));
        var options = new BuildOptions(Path.Combine(copy.Root, "out"), BuildOptions.AllFormats, Style: "province-2dp");

        Assert.That(ProjectFolders.TemplatesRoot(copy.Folder, options), Is.EqualTo(Path.Combine(copy.Root, "templates")));
        Assert.That(BuildPlan.Make([copy.Folder], options).IsValid, Is.True);
    }

    [Test]
    public void A_given_fonts_folder_is_kept_and_none_is_found_where_there_is_none()
    {
        using var copy = SampleData.Copy();
        var fonts = Path.Combine(copy.Root, "fonts");
        Directory.CreateDirectory(fonts);

        Assert.That(BuildPlan.Make([copy.Folder], Options(copy) with { FontsFolder = fonts }).Options.FontsFolder, Is.EqualTo(fonts));
        Assert.That(ProjectFolders.FontsFolder(null), Is.Null.Or.EqualTo(ProjectFolders.Fonts), "only fonts/ in the current folder or beside the program");
    }

    [Test]
    public void A_style_is_looked_for_only_as_a_plain_folder_name()
    {
        Assert.That(ProjectFolders.HasStyle(SampleDisclosure.TemplatesRoot, "default"), Is.True);
        Assert.That(ProjectFolders.HasStyle(SampleDisclosure.TemplatesRoot, "../templates/default"), Is.False);
        var styles = ProjectFolders.Styles(SampleDisclosure.TemplatesRoot);
        Assert.That(styles, Does.Contain("default").And.Contain("province-2dp").And.Contain("sichuan").And.Contain("guangdong").And.Contain("yuan"));
        Assert.That(styles, Is.Ordered.Using((IComparer<string>)StringComparer.Ordinal));
    }

    private static BuildOptions Options(SampleCopy copy) =>
        new(Path.Combine(copy.Root, "out"), BuildOptions.AllFormats, SampleDisclosure.TemplatesRoot);
}
