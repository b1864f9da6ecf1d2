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
}
