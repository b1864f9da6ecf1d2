using System.Text;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Guides;

/// <summary>
/// The guides clerks and template editors read (README, data/, templates/, the packaged 使用说明) are plain UTF-8 text:
/// a script that wrote "D:\finacc" through an escaping layer once left a form feed and U+0082 in the README.
/// </summary>
public sealed class GuideTextTests
{
    private static IEnumerable<string> Guides()
    {
        var root = SampleData.RepositoryRoot;
        var options = new EnumerationOptions { RecurseSubdirectories = true };
        return new[] { "*.md", "*.txt" }
            .SelectMany(pattern => Directory.EnumerateFiles(root, pattern, options))
            .Where(f => !Path.GetRelativePath(root, f).Split(Path.DirectorySeparatorChar)
                .Any(part => part is "bin" or "obj" or "output" or "node_modules" || part.StartsWith('.')))
            .Order(StringComparer.Ordinal);
    }

    [Test]
    public void Every_guide_is_valid_UTF8_without_control_characters()
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var found = new List<string>();
        var guides = Guides().ToList();
        Assert.That(guides.Select(Path.GetFileName), Does.Contain("README.md").And.Contain("使用说明.txt"));
        foreach (var file in guides)
        {
            string text;
            try { text = strict.GetString(File.ReadAllBytes(file)); }
            catch (DecoderFallbackException) { found.Add($"{file}: not UTF-8"); continue; }
            var lines = text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                var bad = lines[i].FirstOrDefault(c => c != '\t' && c != '\r' && (char.IsControl(c) || c == '\uFFFD'));
                if (bad != default) found.Add($"{Path.GetRelativePath(SampleData.RepositoryRoot, file)}:{i + 1}: U+{(int)bad:X4}");
            }
        }

        Assert.That(found, Is.Empty);
    }

    [Test]
    public void The_packaged_guide_is_UTF8_with_a_BOM_and_CRLF_line_ends_as_Notepad_on_Windows_7_needs()
    {
        var bytes = File.ReadAllBytes(PackagedGuide);
        var text = Encoding.UTF8.GetString(bytes);

        Assert.That(bytes.Take(3), Is.EqualTo(new byte[] { 0xEF, 0xBB, 0xBF }),
            "no byte-order mark: Notepad of Windows 7 reads the file as GBK");
        Assert.That(text.Replace("\r\n", "").Count(c => c is '\r' or '\n'), Is.Zero, "a line end that is not CRLF");
        Assert.That(text, Does.EndWith("\r\n"));
    }

    [Test]
    public void The_packaged_guide_gives_the_command_for_cmd_and_for_PowerShell_and_the_output_encoding_override()
    {
        var text = File.ReadAllText(PackagedGuide);

        Assert.That(text, Does.Contain("\n      finacc.exe check data\\2024")
            .And.Contain(@".\finacc.exe check data\2024"));
        Assert.That(text, Does.Contain("FINACC_OUTPUT_ENCODING=utf-8")
            .And.Contain("$env:FINACC_OUTPUT_ENCODING = 'utf-8'"));
        Assert.That(text, Does.Contain("SetEnvironmentVariable('Path'"));
    }

    private static string PackagedGuide =>
        Path.Combine(SampleData.RepositoryRoot, "src", "FinalAccounts.Cli", "使用说明.txt");
}
