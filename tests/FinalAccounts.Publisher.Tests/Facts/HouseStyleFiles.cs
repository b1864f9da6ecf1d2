using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Tests.Facts;

/// <summary>Reads a style.yaml written by a test (based on the repository's default style) from a temporary templates folder.</summary>
internal static class HouseStyleFiles
{
    /// <summary>The style, failing the test on any diagnostic.</summary>
    public static HouseStyle Read(string settings)
    {
        var (style, bag) = TryRead(settings);
        Assert.That(bag.Items, Is.Empty, string.Join("\n", bag.Items.Select(d => DiagnosticFormatter.Headline(d, Language.En))));
        return style!;
    }

    /// <summary>The style (null when it cannot be read) and what reading it reported.</summary>
    public static (HouseStyle? Style, DiagnosticBag Bag) TryRead(string settings)
    {
        var root = Path.Combine(Path.GetTempPath(), "finacc-tests", Guid.NewGuid().ToString("N"), "templates");
        Directory.CreateDirectory(Path.Combine(root, "probe"));
        Support.SampleData.CopyDirectory(Path.Combine(Support.SampleData.RepositoryRoot, "templates", "default"), Path.Combine(root, "default"));
        File.WriteAllText(Path.Combine(root, "probe", "style.yaml"), "base: default\n" + settings);
        var bag = new DiagnosticBag();
        try
        {
            return (HouseStyleReader.Read(root, "probe", bag), bag);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(root)!, recursive: true);
        }
    }
}
