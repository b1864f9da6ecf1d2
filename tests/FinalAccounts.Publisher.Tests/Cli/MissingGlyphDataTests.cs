using System.Text.RegularExpressions;
using FinalAccounts.Cli;
using FinalAccounts.Publisher.Tests.Fixtures.Workbooks;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Cli;

/// <summary>
/// A character of the data that no font of the style has (Arabic-Indic digits, emoji) stops <c>check</c> and
/// <c>build</c> alike, at the data file, line and column (a CSV file's field number), naming the character and the fonts,
/// before anything is written (issue 11.8: it passed check, then failed build at a template).
/// </summary>
public sealed class MissingGlyphDataTests
{
    // A CSV value (the annex's indicators), a YAML value and key-work.md: the text before the change, and its field (CSV).
    [TestCase("performance/overall.indicators.csv", "13台套", "١٣台套", "U+0661", 5)]
    [TestCase("explanations.yaml", "income_expenditure_total: 科学技术研究与开发资金减少",
        "income_expenditure_total: 科学技术研究与开发资金减少😀", "U+1F600", 0)]
    [TestCase("key-work.md", "完成工业产值335.6亿", "完成工业产值٣٣٥.6亿", "U+0663", 0)]
    public void Check_and_build_both_stop_at_the_data_file_that_holds_a_character_no_font_has(
        string file, string before, string after, string codePoint, int csvField)
    {
        using var copy = SampleData.Copy();
        copy.Replace(file, before, after);
        var text = copy.ReadText(file);
        var at = text.IndexOf(char.ConvertFromUtf32(Convert.ToInt32(codePoint[2..], 16)), StringComparison.Ordinal);
        var line = text[..at].Count(c => c == '\n') + 1;
        var column = csvField > 0 ? csvField : at - text.LastIndexOf('\n', at - 1);
        var place = new Regex($@"(?m)^.*{Regex.Escape(file)}:{line}:{column}: error FA6002: " +
                              $@".*\({Regex.Escape(codePoint)}\).*\([^)]*(AR PL|WenQuanYi|仿宋|宋体|黑体|楷体)");

        var (checkCode, checkOutput, _) = Finacc.Run("check", copy.Folder, "--templates", SampleDisclosure.TemplatesRoot, "--lang", "en", "-q");
        var output = Path.Combine(copy.Root, "out");
        var (buildCode, buildOutput, _) = Finacc.Run("build", copy.Folder, "--templates", SampleDisclosure.TemplatesRoot, "--out", output,
            "--lang", "en", "-q");

        Assert.That(checkCode, Is.EqualTo(ExitCodes.Errors), checkOutput);
        Assert.That(checkOutput, Does.Match(place), "check names the data file, line and column, the character and the fonts");
        Assert.That(buildCode, Is.EqualTo(ExitCodes.Errors), buildOutput);
        Assert.That(buildOutput, Does.Match(place), "build reports the same place");
        Assert.That(buildOutput, Does.Not.Contain(".sbn:"), "no template is blamed for the data");
        Assert.That(Directory.Exists(Path.Combine(output, SampleData.Year, "hongshan-jkj")), Is.False, "nothing of the department is written");
    }

    [Test]
    public void The_error_is_in_Chinese_with_a_hint_by_default()
    {
        using var copy = SampleData.Copy();
        copy.Replace("key-work.md", "完成工业产值335.6亿", "完成工业产值٣٣٥.6亿");
        var (code, output, _) = Finacc.Run("check", copy.Folder, "--templates", SampleDisclosure.TemplatesRoot, "--lang", "zh");

        Assert.That(code, Is.EqualTo(ExitCodes.Errors), output);
        Assert.That(output, Does.Contain("字符“٣”（U+0663）在样式的字体（")
            .And.Contain("提示：换一种写法，或在样式的字体列表中加入含有该字的 TrueType 字体"));
    }

    [Test]
    public void A_yaml_comment_and_the_editors_notes_are_not_published_so_their_characters_do_not_matter()
    {
        using var copy = SampleData.Copy();
        copy.AppendLine("department.yaml", "# 备注 😀 ١٢٣");
        copy.AppendLine("NOTES.md", "编辑备注 😀");
        var (code, output, _) = Finacc.Run("check", copy.Folder, "--templates", SampleDisclosure.TemplatesRoot, "--lang", "en", "-q");

        Assert.That(code, Is.EqualTo(ExitCodes.Success), output);
        Assert.That(output, Does.Not.Contain("FA6002"));
    }

    [Test]
    public void Check_and_build_agree_on_an_escaped_yaml_character_and_place_it_at_the_value()
    {
        using var copy = SampleData.Copy();
        copy.Replace("explanations.yaml", "income_expenditure_total: 科学技术研究与开发资金减少",
            "income_expenditure_total: \"科学技术研究与开发资金减少\\u0661\"");
        var text = copy.ReadText("explanations.yaml");
        var quote = text.IndexOf("\"科学技术", StringComparison.Ordinal);
        var (line, column) = (text[..quote].Count(c => c == '\n') + 1, quote - text.LastIndexOf('\n', quote));
        var place = $"explanations.yaml:{line}:{column}: error FA6002"; // at the value, where the escape cannot be pointed at

        var (checkCode, checkOutput, _) = Finacc.Run("check", copy.Folder, "--templates", SampleDisclosure.TemplatesRoot, "--lang", "en", "-q");
        var output = Path.Combine(copy.Root, "out");
        var (buildCode, buildOutput, _) = Finacc.Run("build", copy.Folder, "--templates", SampleDisclosure.TemplatesRoot, "--out", output,
            "--lang", "en", "-q");

        Assert.That((checkCode, buildCode), Is.EqualTo((ExitCodes.Errors, ExitCodes.Errors)), checkOutput + buildOutput);
        Assert.That(checkOutput, Does.Contain(place));
        Assert.That(buildOutput, Does.Contain(place).And.Not.Contain(".sbn:"));
    }

    /// <summary>
    /// Every text a workbook publishes is a 科目 name, which the reader checks against the code list first (FA1011 at
    /// the cell); the glyph check of the cells read (see DataGlyphCheckTests) stands behind it. Either way check and
    /// build stop at the same cell, never at a template.
    /// </summary>
    [Test]
    public void Check_and_build_stop_at_the_workbook_cell_that_holds_a_character_no_font_has()
    {
        using var copy = SampleData.Copy();
        var sheets = WorkbookFixture.Sheets(new WorkbookShape(), copy.Folder);
        var sheet = sheets.Single(s => s.Name == "公开02表");
        var row = sheet.Cells.First(c => c.Key.Column == 1 && c.Value.Text == "2010350").Key.Row;
        sheet[row, 2] = FixtureCell.Of(sheet[row, 2]!.Text + "٣");
        copy.WriteBytes("tables.xlsx", XlsxFixtureWriter.Write(sheets));
        Directory.Delete(copy.PathOf("tables"), recursive: true);
        var place = $"tables.xlsx:公开02表!B{row}: error FA";

        var (checkCode, checkOutput, _) = Finacc.Run("check", copy.Folder, "--templates", SampleDisclosure.TemplatesRoot, "--lang", "en", "-q");
        var (buildCode, buildOutput, _) = Finacc.Run("build", copy.Folder, "--templates", SampleDisclosure.TemplatesRoot,
            "--out", Path.Combine(copy.Root, "out"), "--lang", "en", "-q");

        Assert.That((checkCode, buildCode), Is.EqualTo((ExitCodes.Errors, ExitCodes.Errors)), checkOutput + buildOutput);
        Assert.That(checkOutput, Does.Contain(place));
        Assert.That(buildOutput, Does.Contain(place).And.Not.Contain(".sbn:"));
    }

    /// <summary>
    /// With a style whose every role names first a family found only in the --fonts folder, a character that family
    /// has passes check and build alike, and fails both alike when the folder lacks the font (before, check had no
    /// --fonts and judged by other fonts than the build).
    /// </summary>
    [TestCase(true, ExitCodes.Success)]
    [TestCase(false, ExitCodes.Errors)]
    public void Check_and_build_agree_for_the_fonts_folder_given(bool folderHasTheGlyph, int expected)
    {
        using var copy = SampleData.Copy();
        copy.Replace("performance/overall.indicators.csv", "13台套", "١٣台套");
        using var templates = new TemplatesCopy();
        var styleFile = Path.Combine(templates.Root, "default", "style.yaml");
        var text = File.ReadAllText(styleFile);
        File.WriteAllText(styleFile, text.Replace("families: [", $"families: [{TestFont.Family}, "));
        var fonts = Path.Combine(copy.Root, "fonts");
        Directory.CreateDirectory(fonts);
        if (folderHasTheGlyph) TestFont.WriteTo(fonts);

        string[] style = ["--templates", templates.Root, "--fonts", fonts, "--lang", "en", "-q"];
        var (checkCode, checkOutput, _) = Finacc.Run(["check", copy.Folder, .. style]);
        var (buildCode, buildOutput, _) = Finacc.Run(["build", copy.Folder, "--out", Path.Combine(copy.Root, "out"),
            "--formats", "md", .. style]);

        Assert.That(checkCode, Is.EqualTo(expected), checkOutput);
        Assert.That(buildCode, Is.EqualTo(expected), buildOutput);
        foreach (var output in new[] { checkOutput, buildOutput })
        {
            if (folderHasTheGlyph) Assert.That(output, Does.Not.Contain("FA6002"));
            else Assert.That(output, Does.Match("overall.indicators.csv:[0-9]+:[0-9]+: error FA6002"));
        }
    }

    /// <summary>A copy of DejaVu Sans (which has the Arabic-Indic digits) under a family name no system has.</summary>
    private static class TestFont
    {
        public const string Family = "FinaccTestS";

        public static void WriteTo(string folder)
        {
            const string system = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";
            if (!File.Exists(system)) Assert.Ignore($"{system} is missing (Debian package fonts-dejavu-core, installed by .ci/run)");
            var bytes = File.ReadAllBytes(system);
            // The name table spells the family in Mac Roman and UTF-16BE; a name of the same length keeps every offset.
            Patch(bytes, System.Text.Encoding.ASCII, "DejaVu Sans", Family);
            Patch(bytes, System.Text.Encoding.BigEndianUnicode, "DejaVu Sans", Family);
            File.WriteAllBytes(Path.Combine(folder, "finacc-test.ttf"), bytes);
        }

        private static void Patch(byte[] bytes, System.Text.Encoding encoding, string from, string to)
        {
            var (a, b) = (encoding.GetBytes(from), encoding.GetBytes(to));
            for (var i = bytes.AsSpan().IndexOf(a); i >= 0;)
            {
                b.CopyTo(bytes, i);
                var next = bytes.AsSpan(i + a.Length).IndexOf(a);
                i = next < 0 ? -1 : i + a.Length + next;
            }
        }
    }
}
