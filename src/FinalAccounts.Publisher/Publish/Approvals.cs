using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// <c>finacc approve data/&lt;year&gt;/&lt;id&gt; --by NAME</c>: records in the published manifest who approved the
/// department's documents as built, and when; <c>build --publish-approved</c> then publishes the final edition of the
/// approved departments only, and only while their inputs are those approved (see <see cref="DisclosureBuilder"/>).
/// </summary>
public static class Approvals
{
    /// <summary>
    /// The manifest with its approval, written under the output year folder's lock; null (reported) when refused. The
    /// year's portal files are then rewritten as a build with <paramref name="options"/> (its output folder, templates,
    /// style and base URL) writes them.
    /// </summary>
    public static Manifest? Approve(string departmentFolder, BuildOptions options, string by, DateTimeOffset now,
        DiagnosticBag bag, CancellationToken cancellationToken = default)
    {
        var outputRoot = options.OutputRoot;
        var folder = DataFolder.FromArgument(departmentFolder);
        var at = SourceLocation.OfFile(folder.DisplayPath);
        var name = by.Trim();
        if (name.Length is 0 or > InputLimits.NameChars || name.Any(char.IsControl))
        {
            bag.Report(PublishCodes.BadApprover, at, "批准人姓名应为 1–100 个字符。", "The approver's name must be 1–100 characters.");
            return null;
        }

        var yearName = Path.GetFileName(Path.GetDirectoryName(folder.FullPath.TrimEnd(Path.DirectorySeparatorChar)) ?? "");
        if (!DataTree.IsYearName(yearName) || !Directory.Exists(folder.FullPath))
        {
            bag.Report(InputCodes.BadFolder, at, $"finacc approve 需要部门文件夹 data/<年度>/<部门标识>，而不是 {new OwnText(folder.DisplayPath)}。",
                $"finacc approve takes a department folder data/<year>/<id>, not {new OwnText(folder.DisplayPath)}.");
            return null;
        }

        var year = int.Parse(yearName, CultureInfo.InvariantCulture);
        var yearFolder = OutputPublisher.YearFolder(outputRoot, year);
        var path = Path.Combine(yearFolder, folder.Name, Manifest.FileName);
        if (!File.Exists(path)) return Nothing(folder, path, bag);
        using var held = OutputLock.Acquire(yearFolder, OutputLock.DefaultTimeout, bag, null, cancellationToken);
        if (held is null) return null;
        if (Manifest.Read(path) is not { } published) return Nothing(folder, path, bag);

        var approved = published with
        {
            Approval = new ManifestApproval(name, now.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture), published.Fingerprint),
        };
        Portal.AtomicFile.Write(path, approved.ToJson());
        // The department's archive holds the manifest, and the index lists the archive's hash; a draft is not listed.
        if (!published.Draft) BatchBuilder.WritePortal(folder.FullPath, year, options, bag, cancellationToken);
        return approved;
    }

    private static Manifest? Nothing(DataFolder folder, string path, DiagnosticBag bag)
    {
        bag.Report(PublishCodes.NothingToApprove, SourceLocation.OfFile(folder.DisplayPath),
            $"{new OwnText(folder.DisplayPath)} 还没有生成（没有 {new OwnText(path.Replace('\\', '/'))}），无法批准。",
            $"{new OwnText(folder.DisplayPath)} has not been built (no {new OwnText(path.Replace('\\', '/'))}); nothing to approve.");
        return null;
    }
}
