using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// Puts a department's files into output/&lt;year&gt;/&lt;id&gt;/ only when all of them are ready. Files are written and
/// flushed in a staging folder beside the target (<c>.&lt;id&gt;.new</c>); the previous output is renamed aside
/// (<c>.&lt;id&gt;.old</c>), the staging folder renamed into place, and the old one deleted. If the process dies between
/// the renames, the previous output survives in <c>.&lt;id&gt;.old</c> and <see cref="Recover"/> (run before every
/// publish, and for the whole year folder when a run takes its <see cref="OutputLock"/>) puts it back; a half-written
/// file never reaches the target. Callers hold the year folder's lock, so no other run renames these folders meanwhile.
/// </summary>
public sealed class OutputPublisher(string outputRoot, Action<string>? afterStep = null)
{
    private const string StagingSuffix = ".new";
    private const string RetiredSuffix = ".old";

    /// <summary>output/&lt;year&gt;: the folder a year's departments, index and lock live in.</summary>
    public static string YearFolder(string outputRoot, int year) => Path.Combine(outputRoot, year.ToString(CultureInfo.InvariantCulture));

    public string? Publish(int year, string id, IReadOnlyList<OutputFile> files, DiagnosticBag bag)
    {
        var yearFolder = YearFolder(outputRoot, year);
        if (!InputNames.IsSafe(id) || files.Any(f => !IsSafeFileName(f.Name)))
        {
            bag.Report(PublishCodes.UnsafeName, SourceLocation.OfFile(id), $"拒绝写出：部门标识或文件名“{id}”不安全，可能写到 output 之外。",
                $"Refused: the department id or a file name ('{id}') is unsafe and could escape output/.");
            return null;
        }

        var target = Path.Combine(yearFolder, id);
        var staging = Path.Combine(yearFolder, $".{id}{StagingSuffix}");
        var retired = Path.Combine(yearFolder, $".{id}{RetiredSuffix}");
        try
        {
            Directory.CreateDirectory(yearFolder);
            Recover(yearFolder, id);
            Directory.CreateDirectory(staging);
            foreach (var f in files)
            {
                var path = Path.Combine(staging, f.Name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
                stream.Write(f.Bytes);
                stream.Flush(flushToDisk: true);
            }

            afterStep?.Invoke("staged");
            if (Directory.Exists(target)) Directory.Move(target, retired);
            afterStep?.Invoke("retired");
            Directory.Move(staging, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Say what is true now: the previous output is back in place, or where it waits to be put back.
            var restored = TryRecover(yearFolder, id);
            bag.Report(PublishCodes.WriteFailed, SourceLocation.OfFile(target),
                restored ? $"无法写出 {target}：{e.Message}（原有文件未改动）" : $"无法写出 {target}：{e.Message}（原有文件保存在 {retired}，下次生成时自动恢复）",
                restored ? $"Cannot write {target}: {e.Message} (the previous output is untouched)"
                    : $"Cannot write {target}: {e.Message} (the previous output is kept in {retired} and restored by the next run)");
            return null;
        }

        // Published. The retired folder is only clean-up: if it cannot be removed now, the next Recover removes it.
        try
        {
            afterStep?.Invoke("swapped");
            if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the next run.
        }

        return target;
    }

    /// <summary>Undoes an interrupted publish of <paramref name="id"/>: restores the retired output if the target is missing, drops a stale staging folder.</summary>
    public static void Recover(string yearFolder, string id)
    {
        var target = Path.Combine(yearFolder, id);
        var staging = Path.Combine(yearFolder, $".{id}{StagingSuffix}");
        var retired = Path.Combine(yearFolder, $".{id}{RetiredSuffix}");
        if (Directory.Exists(retired))
        {
            if (Directory.Exists(target)) Directory.Delete(retired, recursive: true);
            else Directory.Move(retired, target);
        }

        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
    }

    /// <summary>Undoes every interrupted publish in a year folder (only safe while holding its <see cref="OutputLock"/>).</summary>
    public static void RecoverAll(string yearFolder)
    {
        if (!Directory.Exists(yearFolder)) return;
        var ids = Directory.GetDirectories(yearFolder, ".*")
            .Select(Path.GetFileName)
            .Where(n => n!.EndsWith(StagingSuffix, StringComparison.Ordinal) || n.EndsWith(RetiredSuffix, StringComparison.Ordinal))
            .Select(n => n![1..^StagingSuffix.Length])
            .Where(InputNames.IsSafe)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        foreach (var id in ids) Recover(yearFolder, id);
    }

    /// <summary><see cref="RecoverAll"/>, leaving what cannot be undone now to each department's own publish.</summary>
    public static void TryRecoverAll(string yearFolder)
    {
        try
        {
            RecoverAll(yearFolder);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Each publish runs Recover for its department again and reports what it cannot do.
        }
    }

    /// <summary>Recover, and whether the previous output (if there was one) is now in place.</summary>
    private static bool TryRecover(string yearFolder, string id)
    {
        try
        {
            Recover(yearFolder, id);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Reported by the caller; the next publish runs Recover again before it writes.
        }

        return !Directory.Exists(Path.Combine(yearFolder, $".{id}{RetiredSuffix}"));
    }

    /// <summary>A file name, or one folder and a file name ("tables/01.csv"), that cannot leave the department's folder.</summary>
    private static bool IsSafeFileName(string name)
    {
        var parts = name.Split('/');
        return parts.Length <= 2 && parts.All(p =>
            p.Length > 0 && p.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && p.IndexOfAny(['\\', ':']) < 0 && !p.StartsWith('.'));
    }
}
