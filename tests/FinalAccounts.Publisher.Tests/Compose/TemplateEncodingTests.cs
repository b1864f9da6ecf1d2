using System.Text;
using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Compose.Tables;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Compose;

/// <summary>
/// Templates, style.yaml and tables.yaml are UTF-8 like the data: another encoding is FA1002 at the line and column of
/// the first byte that is not UTF-8, never U+FFFD in the published text.
/// </summary>
public sealed class TemplateEncodingTests
{
    /// <summary>"收入" in GBK, as Notepad saves it under "ANSI" on a Chinese Windows.</summary>
    private static readonly byte[] GbkShouru = [0xCA, 0xD5, 0xC8, 0xEB];

    [Test]
    public void A_GBK_template_reports_FA1002_at_its_line_and_column_and_stops_the_build()
    {
        using var sample = SampleData.Copy();
        sample.WriteBytes("templates/total.sbn", [.. Utf8("## 一、收入支出决算总体情况说明\n\n本年"), .. GbkShouru, .. Utf8("合计。\n")]);
        var composed = SampleDisclosure.Compose(sample.Folder, "default");

        Assert.That(composed.Document, Is.Null, "the build must stop");
        Assert.That(composed.Markdown ?? "", Does.Not.Contain("\uFFFD"));
        var d = composed.Diagnostics.Items.Single(x => x.Code.Id == "FA1002");
        Assert.That(Path.GetFullPath(d.Location.File), Is.EqualTo(sample.PathOf("templates/total.sbn")));
        Assert.That((d.Location.Line, d.Location.Column), Is.EqualTo((3, 3)));
    }

    [Test]
    public void An_empty_template_is_still_allowed()
    {
        using var sample = SampleData.Copy();
        sample.WriteText("templates/special.sbn", "");
        var composed = SampleDisclosure.Compose(sample.Folder, "default");

        Assert.That(composed.Document, Is.Not.Null, SampleDisclosure.Report(composed.Diagnostics));
        Assert.That(composed.Markdown, Does.Contain("十四、财政专项支出、专项转移支付支出情况说明"), "the heading comes from style.yaml");
        Assert.That(composed.Markdown, Does.Not.Contain("我部门决算信息公开未涉及该类支出"));
    }

    [TestCase(HouseStyleReader.StyleFile, "name:")]
    [TestCase(TableLayouts.File, "title:")]
    public void A_GBK_style_or_table_layout_file_reports_FA1002_at_its_line(string file, string key)
    {
        var root = Path.Combine(Path.GetTempPath(), "finacc-tests", Guid.NewGuid().ToString("N"));
        try
        {
            SampleData.CopyDirectory(Path.Combine(SampleDisclosure.TemplatesRoot, "default"), Path.Combine(root, "default"));
            var path = Path.Combine(root, "default", file);
            var lines = File.ReadAllText(path, Encoding.UTF8).Split('\n');
            var line = Array.FindIndex(lines, l => l.TrimStart().StartsWith(key, StringComparison.Ordinal));
            Assert.That(line, Is.GreaterThanOrEqualTo(0), $"{file} has no '{key}' line");
            var indent = lines[line].IndexOf(key, StringComparison.Ordinal);
            var before = string.Join('\n', lines.Take(line)) + "\n" + lines[line][..(indent + key.Length)] + " ";
            File.WriteAllBytes(path, [.. Utf8(before), .. GbkShouru, .. Utf8("\n" + string.Join('\n', lines.Skip(line + 1)))]);

            var bag = new DiagnosticBag();
            if (HouseStyleReader.Read(root, "default", bag) is { } style) TableLayouts.Read(style, bag);

            var d = bag.Items.Single(x => x.Code.Id == "FA1002");
            Assert.That(Path.GetFullPath(d.Location.File), Is.EqualTo(Path.GetFullPath(path)));
            Assert.That((d.Location.Line, d.Location.Column), Is.EqualTo((line + 1, indent + key.Length + 2)));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
