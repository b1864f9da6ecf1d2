using System.Text;

namespace FinalAccounts.Publisher.Tests.Fuzz;

/// <summary>
/// One mutation's world, under its own folder: <c>data/2024/hongshan-jkj/</c> and <c>data/reference/2024/</c> copied from
/// the sample, <c>outside/</c> (a folder beside the data holding a secret that must never be read or echoed),
/// <c>templates/</c> when an operator edits a template, and <c>out/</c> holding the sample's published output.
/// </summary>
internal sealed class FuzzCase
{
    /// <summary>The secret's text: it is in outside/secret.txt only, and no output or message may show it.</summary>
    public const string Secret = "FUZZ-SECRET-4f1c";

    public FuzzCase(string root, string repository, Random rng)
    {
        Root = root;
        Rng = rng;
        Repository = repository;
        Folder = Path.Combine(root, "data", "2024", "hongshan-jkj");
        Outside = Path.Combine(root, "outside");
        Out = Path.Combine(root, "out");
        Copy(Path.Combine(repository, "data", "2024", "hongshan-jkj"), Folder);
        Copy(Path.Combine(repository, "data", "reference", "2024"), Path.Combine(root, "data", "reference", "2024"));
        Directory.CreateDirectory(Path.Combine(Outside, "folder"));
        File.WriteAllText(Path.Combine(Outside, "secret.txt"), Secret + "\n");
        File.WriteAllText(Path.Combine(Outside, "folder", "01.csv"), Secret + ",1\n");
    }

    public string Root { get; }

    public Random Rng { get; }

    public string Repository { get; }

    /// <summary>The department folder the case checks and builds (an operator may rename it).</summary>
    public string Folder { get; set; }

    public string Outside { get; }

    public string Out { get; }

    /// <summary>The templates root the build uses: the repository's, or a copy an operator edited.</summary>
    public string Templates { get; private set; } = "";

    /// <summary>Whether an operator changed something the check does not read (templates), so check and build may differ.</summary>
    public bool BuildOnly { get; private set; }

    public string TemplatesRoot => Templates.Length > 0 ? Templates : Path.Combine(Repository, "templates");

    /// <summary>The data files of the department, relative and sorted, with extension filter.</summary>
    public List<string> DataFiles(params string[] extensions) =>
        Directory.EnumerateFiles(Folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Folder, f).Replace('\\', '/'))
            .Where(f => extensions.Length == 0 || extensions.Any(e => f.EndsWith(e, StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal).ToList();

    public string Pick(List<string> items) => items[Rng.Next(items.Count)];

    public string PathOf(string relative) => Path.Combine(Folder, relative);

    public string ReadText(string relative) => File.ReadAllText(PathOf(relative), Encoding.UTF8);

    public void WriteText(string relative, string text) => File.WriteAllText(PathOf(relative), text, new UTF8Encoding(false));

    public byte[] ReadBytes(string relative) => File.ReadAllBytes(PathOf(relative));

    public void WriteBytes(string relative, byte[] bytes) => File.WriteAllBytes(PathOf(relative), bytes);

    /// <summary>A copy of the templates to edit; the build uses it from now on.</summary>
    public string EditableTemplates()
    {
        if (Templates.Length == 0)
        {
            Templates = Path.Combine(Root, "templates");
            Copy(Path.Combine(Repository, "templates"), Templates);
        }

        BuildOnly = true;
        return Templates;
    }

    public static void Copy(string from, string to)
    {
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from)) File.Copy(file, Path.Combine(to, Path.GetFileName(file)));
        foreach (var dir in Directory.EnumerateDirectories(from)) Copy(dir, Path.Combine(to, Path.GetFileName(dir)));
    }
}
