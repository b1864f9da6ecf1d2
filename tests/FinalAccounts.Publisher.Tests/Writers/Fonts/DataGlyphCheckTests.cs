using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Tests.Fixtures.Workbooks;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;
using FinalAccounts.Publisher.Writers.Fonts;

namespace FinalAccounts.Publisher.Tests.Writers.Fonts;

/// <summary>
/// The data glyph check reads the data as the readers do: a YAML file by its values (an escape counts, a comment does
/// not), a workbook by its cells (placed at sheet!cell), so check and build stop at the data file (issue 11.8).
/// </summary>
public sealed class DataGlyphCheckTests
{
    private static readonly Lazy<FontCatalog> Catalog = new(() => FontCatalog.ForSystem());

    private static List<Diagnostic> Run(SampleCopy copy)
    {
        var style = LoadedStyle.Read(SampleDisclosure.TemplatesRoot, "default").Style!.Document;
        var bag = new DiagnosticBag();
        DataGlyphCheck.Run(DataFolder.FromArgument(copy.Folder), style, Catalog.Value, bag);
        return bag.Items.Where(d => d.Code.Id == "FA6002").ToList();
    }

    private static string Relative(SampleCopy copy, Diagnostic d) =>
        d.Location.ToString().Replace('\\', '/').Replace(copy.Folder.Replace('\\', '/') + "/", "");

    [Test]
    public void A_character_written_as_an_escape_in_a_quoted_yaml_value_is_found_at_the_value()
    {
        using var copy = SampleData.Copy();
        copy.Replace("explanations.yaml", "income_expenditure_total: 科学技术研究与开发资金减少",
            "income_expenditure_total: \"科学技术研究与开发资金减少\\u0661\"");
        var text = copy.ReadText("explanations.yaml");
        var at = text.IndexOf("\"科学技术", StringComparison.Ordinal);
        var line = text[..at].Count(c => c == '\n') + 1;
        var column = at - text.LastIndexOf('\n', at - 1);

        var found = Run(copy);

        Assert.That(found.Select(d => Relative(copy, d)), Is.EqualTo(new[] { $"explanations.yaml:{line}:{column}" }));
        Assert.That(found[0].Message.En, Does.Contain("U+0661"));
    }

    [Test]
    public void A_character_written_as_itself_in_a_multi_line_yaml_value_is_found_at_its_own_line_and_column()
    {
        using var copy = SampleData.Copy();
        copy.Replace("explanations.yaml", "income_expenditure_total: 科学技术研究与开发资金减少",
            "income_expenditure_total: |\n    第一行\n    科学技术研究与开发资金减少٣");
        var text = copy.ReadText("explanations.yaml");
        var line = text[..text.IndexOf('٣')].Count(c => c == '\n') + 1;

        var found = Run(copy);

        // Four spaces of indentation and thirteen characters before it.
        Assert.That(found.Select(d => Relative(copy, d)), Is.EqualTo(new[] { $"explanations.yaml:{line}:18" }));
    }

    [Test]
    public void Characters_in_yaml_comments_after_a_value_or_on_their_own_line_are_not_published_and_not_checked()
    {
        using var copy = SampleData.Copy();
        copy.Replace("explanations.yaml", "income_expenditure_total: 科学技术研究与开发资金减少",
            "# 注释 ١٢٣\nincome_expenditure_total: 科学技术研究与开发资金减少  # 备注 😀 ١");

        Assert.That(Run(copy), Is.Empty);
    }

    [Test]
    public void A_workbook_cell_with_a_character_no_font_has_is_reported_at_its_sheet_and_cell()
    {
        using var copy = SampleData.Copy();
        var sheets = WorkbookFixture.Sheets(new WorkbookShape(), copy.Folder);
        var sheet = sheets.Single(s => s.Name == "公开02表");
        var row = sheet.Cells.First(c => c.Key.Column == 1 && c.Value.Text == "2010350").Key.Row;
        var name = sheet[row, 2]!.Text!;
        sheet[row, 2] = FixtureCell.Of(name + "😀");
        copy.WriteBytes("tables.xlsx", XlsxFixtureWriter.Write(sheets));
        Directory.Delete(copy.PathOf("tables"), recursive: true);

        var found = Run(copy);

        Assert.That(found.Select(d => Relative(copy, d)), Is.EqualTo(new[] { $"tables.xlsx:公开02表!B{row}" }));
        Assert.That(found[0].Message.En, Does.Contain("U+1F600"));
    }
}
