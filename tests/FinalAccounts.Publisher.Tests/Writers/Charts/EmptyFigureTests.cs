using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Compose.Tables;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Writers.Docx;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Markdown;

namespace FinalAccounts.Publisher.Tests.Writers.Charts;

/// <summary>A figure whose data are all zero is left out with FA5008: no picture, no number taken.</summary>
public sealed class EmptyFigureTests
{
    [Test]
    public void All_zero_figure_is_left_out_with_FA5008_and_no_image()
    {
        var root = DocxTestFiles.TempDirectory("charts-zero");
        try
        {
            var department = CopySampleWithoutThreePublicSpending(root);
            File.WriteAllText(Path.Combine(department, "templates", "total.sbn"),
                "::: figure kind=grouped-bar data=three_public caption=\"“三公”经费预决算\"\n:::\n\n" +
                "::: figure kind=grouped-bar data=totals caption=\"收、支决算总计变动情况\"\n:::\n");

            var (document, bag, style) = ComposeWithoutChecks(department);
            var empty = bag.Items.Where(d => d.Code.Id == "FA5008").ToList();
            Assert.That(empty, Has.Count.EqualTo(1));
            Assert.That(empty[0].Location.File, Does.EndWith("templates/total.sbn"));
            Assert.That(empty[0].Location.Line, Is.EqualTo(1));
            Assert.That(empty[0].Code.Severity, Is.EqualTo(Severity.Warning));

            Assert.That(document, Is.Not.Null, SampleDisclosure.Report(bag));
            var figures = document!.Blocks.OfType<Figure>().ToList();
            Assert.That(figures.Select(f => f.FullCaption).First(), Is.EqualTo("图1：收、支决算总计变动情况"), "the left-out figure takes no number");
            Assert.That(figures.Select(f => f.Caption), Has.None.Contains("三公"));

            using var stream = new MemoryStream();
            new MarkdownWriter().Write(document, new WriterContext(style, ChartSample.Renderer(), new DiagnosticBag()), stream, CancellationToken.None);
            var markdown = System.Text.Encoding.UTF8.GetString(stream.ToArray());
            Assert.That(markdown, Does.Not.Contain("三公”经费预决算"));
            Assert.That(System.Text.RegularExpressions.Regex.Matches(markdown, @"\]\(fig-\d+\.png\)").Count, Is.EqualTo(figures.Count));
        }
        finally
        {
            Directory.Delete(root, true);
        }
    }

    /// <summary>
    /// Composes a department without running the checks (zeroing table 09 alone breaks identities with other files; the
    /// composition stage is what is tested here).
    /// </summary>
    private static (DocumentTree? Document, DiagnosticBag Bag, DocumentStyle Style) ComposeWithoutChecks(string department)
    {
        var load = new DepartmentLoader().Load(department);
        var bag = load.Diagnostics;
        var house = HouseStyleReader.Read(SampleDisclosure.TemplatesRoot, "default", bag) ?? throw new AssertionException(SampleDisclosure.Report(bag));
        var templates = TemplateSetLoader.Load(house, department, bag);
        var result = Composer.Compose(load.Model!, house, templates, TableLayouts.Read(house, bag), bag);
        return (result.Document, bag, house.Document);
    }

    /// <summary>A copy of the sample (and the reference lists it needs) whose table 09 has no 三公 spending at all.</summary>
    private static string CopySampleWithoutThreePublicSpending(string root)
    {
        var data = Path.Combine(root, "data");
        Copy(Path.Combine(SampleDisclosure.RepositoryRoot, "data", "reference"), Path.Combine(data, "reference"));
        var department = Path.Combine(data, "2024", "hongshan-jkj");
        Copy(SampleDisclosure.SampleFolder, department);
        var table = Path.Combine(department, "tables", "09.csv");
        var lines = File.ReadAllLines(table);
        File.WriteAllLines(table, lines.Select((l, i) => i == 0 ? l : l.Split(',')[0] + new string(',', l.Count(c => c == ','))));
        Directory.CreateDirectory(Path.Combine(department, "templates"));
        return department;
    }

    private static void Copy(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
