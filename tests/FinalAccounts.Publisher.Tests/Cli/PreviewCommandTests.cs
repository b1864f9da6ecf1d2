using System.Net.Http;
using FinalAccounts.Cli;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Cli;

/// <summary><c>finacc preview</c>: one department, its own folder, and a server that answers the page and its wait.</summary>
public sealed class PreviewCommandTests
{
    [Test]
    public void A_year_of_departments_is_a_usage_error_naming_one_department()
    {
        using var copy = SampleData.Copy();
        copy.AddDepartment("second-dept");
        var (code, output, _) = Finacc.Run("preview", copy.YearFolder, "--dir", Path.Combine(copy.Root, "preview"),
            "--templates", SampleDisclosure.TemplatesRoot, "--lang", "zh");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage), output);
        Assert.That(output, Does.Contain("error FA8009: 预览一次只能看一个部门"));
    }

    [Test]
    public void A_folder_of_published_files_is_refused_and_left_as_it_was()
    {
        using var copy = SampleData.Copy();
        var output = Path.Combine(copy.Root, "output");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "index.html"), "published");
        var (code, text, _) = Finacc.Run("preview", copy.Folder, "--dir", output, "--templates", SampleDisclosure.TemplatesRoot, "--lang", "en");

        Assert.That(code, Is.EqualTo(ExitCodes.Usage), text);
        Assert.That(text, Does.Contain("error FA8008:"));
        Assert.That(Directory.GetFileSystemEntries(output), Is.EqualTo(new[] { Path.Combine(output, "index.html") }));
    }

    [Test]
    [Category("Slow")]
    public async Task The_server_answers_the_page_and_a_wait_for_a_newer_build()
    {
        using var copy = SampleData.Copy();
        using var templates = new TemplatesCopy();
        using var session = new PreviewSession(copy.Folder, new BuildOptions(Path.Combine(copy.Root, "preview"), ["html"], templates.Root));
        session.Rebuild();
        using var server = PreviewServer.Start(session, Language.Zh, 0)!;
        using var stop = new CancellationTokenSource();
        var serving = server.Serve(stop.Token);
        using var http = new HttpClient { BaseAddress = new Uri(server.Address) };

        var page = await http.GetStringAsync("/");
        var current = await http.GetStringAsync("/wait?v=0");
        var waiting = http.GetStringAsync("/wait?v=1");
        await Task.Delay(100);
        Assert.That(waiting.IsCompleted, Is.False, "a wait holds until a newer build");
        session.Rebuild();
        var newer = await waiting;

        Assert.That(page, Does.Contain("武汉市洪山区经济信息化和科技创新局").And.Contain("var v=1;"));
        Assert.That(current, Is.EqualTo("1"));
        Assert.That(newer, Is.EqualTo("2"));
        Assert.That((await http.GetAsync("/other")).StatusCode, Is.EqualTo(System.Net.HttpStatusCode.NotFound));
        await stop.CancelAsync();
        await serving;
    }
}
