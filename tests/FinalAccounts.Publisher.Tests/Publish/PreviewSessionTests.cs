using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>
/// A live preview builds the web page into its own folder, never into output/, builds again after a save, and shows a
/// failed build's errors in the page, each page with the script that reloads it when a newer build is there.
/// </summary>
public sealed class PreviewSessionTests
{
    private static BuildOptions Options(SampleCopy copy, TemplatesCopy templates) =>
        new(Path.Combine(copy.Root, "preview"), BuildOptions.AllFormats, templates.Root);

    [Test]
    public void A_preview_writes_the_web_page_into_its_own_folder_and_nothing_into_output()
    {
        using var copy = SampleData.Copy();
        using var templates = new TemplatesCopy();
        var output = Path.Combine(copy.Root, "output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "published.txt"), "x");
        using var session = new PreviewSession(copy.Folder, Options(copy, templates));

        var build = session.Rebuild();

        Assert.That(build.Failed, Is.False, string.Join("\n", build.Diagnostics.Select(d => DiagnosticFormatter.Headline(d, Language.En))));
        Assert.That(build.Version, Is.EqualTo(1));
        Assert.That(build.Page, Does.StartWith(Path.Combine(copy.Root, "preview", "2024", "hongshan-jkj")).And.EndWith(".html"));
        Assert.That(File.ReadAllText(build.Page!), Does.Contain("武汉市洪山区经济信息化和科技创新局"));
        var written = Directory.GetFiles(Path.Combine(copy.Root, "preview", "2024", "hongshan-jkj")).Select(Path.GetExtension);
        Assert.That(written, Has.None.EqualTo(".pdf").And.None.EqualTo(".docx").And.None.EqualTo(".md"), "the web page only");
        Assert.That(Directory.GetFileSystemEntries(output, "*", SearchOption.AllDirectories), Is.EqualTo(new[] { Path.Combine(output, "published.txt") }));
    }

    [Test]
    public void A_broken_template_shows_its_errors_in_the_page_with_the_reload_script()
    {
        using var copy = SampleData.Copy();
        using var templates = new TemplatesCopy();
        templates.Write("default/parts/income.sbn", "收入合计{{ money income.total.curent }}万元。\n");
        using var session = new PreviewSession(copy.Folder, Options(copy, templates));

        var build = session.Rebuild();
        var page = PreviewPage.For(build, Language.Zh);

        Assert.That(build.Failed, Is.True);
        Assert.That(page, Does.Contain("<title>无法生成预览</title>"));
        Assert.That(page, Does.Contain("default/parts/income.sbn:1:").And.Contain("error FA5002: 没有 curent，是不是 current？"));
        Assert.That(page, Does.Contain("var v=1;").And.Contain("fetch('/wait?v='+v)"));
    }

    [Test]
    public void The_built_page_carries_the_reload_script_before_the_end_of_its_body()
    {
        using var copy = SampleData.Copy();
        using var templates = new TemplatesCopy();
        using var session = new PreviewSession(copy.Folder, Options(copy, templates));
        session.Rebuild();

        var page = PreviewPage.For(session.Rebuild(), Language.Zh);

        Assert.That(page, Does.Contain("var v=2;"));
        Assert.That(page.IndexOf("<script>(function(){var v=2", StringComparison.Ordinal), Is.LessThan(page.LastIndexOf("</body>", StringComparison.Ordinal)));
        Assert.That(page, Does.Contain("武汉市洪山区经济信息化和科技创新局"));
    }

    [Test]
    [Category("Slow")]
    public async Task Saving_a_template_builds_again_and_the_page_shows_the_change()
    {
        using var copy = SampleData.Copy();
        using var templates = new TemplatesCopy();
        using var session = new PreviewSession(copy.Folder, Options(copy, templates));
        session.Rebuild();
        session.Watch();

        var path = Path.Combine(templates.Root, "default", "parts", "income.sbn");
        await File.AppendAllTextAsync(path, "预览中新写的一句。\n");
        var build = await session.WaitNewer(1, TimeSpan.FromSeconds(20));

        Assert.That(build.Version, Is.EqualTo(2));
        Assert.That(File.ReadAllText(build.Page!), Does.Contain("预览中新写的一句。"));
    }

    [Test]
    public void Only_an_empty_new_or_preview_folder_receives_a_preview()
    {
        using var copy = SampleData.Copy();
        var bag = new DiagnosticBag();
        var folder = Path.Combine(copy.Root, "somewhere");
        Assert.That(PreviewSession.CheckFolder(folder, bag), Is.True, "a folder that does not exist");
        Directory.CreateDirectory(folder);
        Assert.That(PreviewSession.CheckFolder(folder, bag), Is.True, "an empty folder");
        File.WriteAllText(Path.Combine(folder, "index.html"), "published");
        Assert.That(PreviewSession.CheckFolder(folder, bag), Is.False, "a folder of other files, such as output/");
        Assert.That(bag.Items.Single().Code.Id, Is.EqualTo("FA8008"));
        File.WriteAllText(Path.Combine(folder, PreviewSession.Marker), "");
        Assert.That(PreviewSession.CheckFolder(folder, new DiagnosticBag()), Is.True, "a preview's own folder");
    }
}
