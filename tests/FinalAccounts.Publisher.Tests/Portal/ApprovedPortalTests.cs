using System.Text;
using FinalAccounts.Cli;
using FinalAccounts.Publisher.Tests.Cli;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Portal;

/// <summary>
/// <c>finacc approve</c> rewrites the year's portal files (the department's archive holds the approved manifest) exactly
/// as a build writes them: with the year's publication.yaml, the base URL and the style (issue 16; before, approve wrote
/// the index without publication.yaml and deleted the sitemap).
/// </summary>
public sealed class ApprovedPortalTests
{
    private static readonly string[] PortalFiles = ["index.html", "feed.xml", "sitemap.xml", "hongshan-jkj-2024.zip"];

    [Test]
    public void After_approve_the_year_portal_files_are_those_a_build_writes()
    {
        using var copy = SampleData.Copy();
        File.WriteAllText(Path.Combine(copy.YearFolder, "publication.yaml"), """
            title: 洪山区2024年度部门决算公开
            issuer: 洪山区财政局
            publish_date: 2025-09-01
            supervisors:
              hongshan-jkj: 洪山区人民政府
            """, new UTF8Encoding(false));
        var output = Path.Combine(copy.Root, "output");
        var year = Path.Combine(output, SampleData.Year);
        string[] common =
            ["--out", output, "--templates", SampleDisclosure.TemplatesRoot, "--base-url", "https://www.example.gov.cn/czxx/"];
        string[] build = ["build", copy.YearFolder, "--formats", "md", "--no-progress", .. common];
        Dictionary<string, byte[]> Portal() => PortalFiles.ToDictionary(f => f, f => File.ReadAllBytes(Path.Combine(year, f)));

        Assert.That(Finacc.Run(build).Code, Is.EqualTo(ExitCodes.Success));
        var built = Portal();
        var approve = Finacc.Run(["approve", copy.Folder, "--by", "张三", .. common]);
        Assert.That(approve.Code, Is.EqualTo(ExitCodes.Success), approve.Output + approve.Error);
        var approved = Portal();
        Assert.That(Finacc.Run(build).Code, Is.EqualTo(ExitCodes.Success), "the department is current: only the portal is rewritten");
        var rebuilt = Portal();

        var index = Encoding.UTF8.GetString(approved["index.html"]);
        Assert.That(index, Does.Contain("洪山区财政局").And.Contain("洪山区人民政府").And.Contain("洪山区2024年度部门决算公开"));
        Assert.That(approved["hongshan-jkj-2024.zip"], Is.Not.EqualTo(built["hongshan-jkj-2024.zip"]), "the archive holds the approval");
        foreach (var file in PortalFiles) Assert.That(approved[file], Is.EqualTo(rebuilt[file]), file);
    }
}
