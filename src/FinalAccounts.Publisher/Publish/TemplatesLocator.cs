namespace FinalAccounts.Publisher.Publish;

/// <summary>Finds the templates folder: the nearest <c>templates/&lt;style&gt;/style.yaml</c> above the department folder, else in the current folder.</summary>
public static class TemplatesLocator
{
    public static string? Find(string departmentFolder, string style)
    {
        for (var dir = new DirectoryInfo(Path.GetFullPath(departmentFolder)); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "templates");
            if (File.Exists(Path.Combine(candidate, style, "style.yaml"))) return candidate;
        }

        return null;
    }
}
