using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// A build request resolved before any department is read: the department folders of the paths named, the options
/// with the project fonts found, and the problems with the request itself — a folder that does not exist, an unknown
/// format or style, an output folder inside the data. Those are usage errors: nothing is read or written.
/// </summary>
public sealed record BuildPlan(IReadOnlyList<string> Folders, BuildOptions Options, DiagnosticBag Request)
{
    /// <summary>Resolves and validates a request; <see cref="IsValid"/> says whether it can run.</summary>
    public static BuildPlan Make(IEnumerable<string> paths, BuildOptions options)
    {
        var request = new DiagnosticBag();
        foreach (var unknown in options.UnknownFormats)
            request.Report(PublishCodes.UnknownFormat, SourceLocation.None, $"未知的输出格式“{unknown}”。", $"Unknown output format '{unknown}'.");
        var folders = DepartmentDiscovery.Expand(paths, request);
        foreach (var root in folders.Select(f => ProjectFolders.TemplatesRoot(f, options)).Distinct(StringComparer.Ordinal))
            CheckStyle(root, options.Style, request);
        if (folders.Count > 0) OutputLocation.Check(options.OutputRoot, folders, request);
        var resolved = options with { FontsFolder = ProjectFolders.FontsFolder(options.FontsFolder) };
        return new BuildPlan(folders, resolved, request);
    }

    /// <summary>Whether the request can run (no usage error).</summary>
    public bool IsValid => !Request.HasErrors;

    /// <summary>Builds the plan's departments as a batch (nothing when the request is not valid).</summary>
    public BatchResult Run(bool force, IProgress<BuildProgress>? progress, CancellationToken cancellationToken = default) =>
        IsValid ? new BatchBuilder(new DisclosureBuilder(Options)).Run(Folders, force, progress, cancellationToken)
            : new BatchResult([], [], [], new DiagnosticBag());

    /// <summary>Reports a style the templates root does not hold, naming the ones it does (a usage error).</summary>
    internal static void CheckStyle(string root, string style, DiagnosticBag request)
    {
        if (ProjectFolders.HasStyle(root, style)) return;
        var styles = ProjectFolders.Styles(root);
        var shown = Path.Combine(root, style, HouseStyleReader.StyleFile).Replace('\\', '/');
        var (zh, en) = styles.Count == 0
            ? ($"{new OwnText(root.Replace('\\', '/'))} 中没有任何样式", $"{new OwnText(root.Replace('\\', '/'))} holds no style")
            : ($"可用的样式：{new OwnText(string.Join("、", styles))}", $"styles: {new OwnText(string.Join(", ", styles))}");
        request.Report(ComposeCodes.MissingTemplates, SourceLocation.OfFile(shown),
            $"找不到样式“{style}”（{zh}）。", $"Style '{style}' not found ({en}).");
    }
}
