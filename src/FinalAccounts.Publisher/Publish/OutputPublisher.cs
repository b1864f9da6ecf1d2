using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// Puts a department's files into output/&lt;year&gt;/&lt;id&gt;/ only when all of them are ready. Files are written and
/// flushed in a staging folder beside the target (<c>.&lt;id&gt;.new</c>); the previous output is renamed aside
/// (<c>.&lt;id&gt;.old</c>), the staging folder renamed into place, and the old one deleted. If the process dies between
/// the renames, the previous output survives in <c>.&lt;id&gt;.old</c> and <see cref="Recover"/> (run before every
/// publish) puts it back; a half-written file never reaches the target.
/// </summary>
public sealed class OutputPublisher(string outputRoot, Action<string>? afterStep = null)
{
    public string? Publish(int year, string id, IReadOnlyList<OutputFile> files, DiagnosticBag bag)
    {
        var yearFolder = Path.Combine(outputRoot, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!InputNames.IsSafe(id) || files.Any(f => !IsSafeFileName(f.Name)))
        {
            bag.Report(PublishCodes.UnsafeName, SourceLocation.OfFile(id), $"拒绝写出：部门标识或文件名“{id}”不安全，可能写到 output 之外。",
                $"Refused: the department id or a file name ('{id}') is unsafe and could escape output/.");
            return null;
        }

        var target = Path.Combine(yearFolder, id);
        var staging = Path.Combine(yearFolder, $".{id}.new");
        var retired = Path.Combine(yearFolder, $".{id}.old");
        try
        {
            Directory.CreateDirectory(yearFolder);
            Recover(yearFolder, id);
            Directory.CreateDirectory(staging);
            foreach (var f in files)
            {
                using var stream = new FileStream(Path.Combine(staging, f.Name), FileMode.CreateNew, FileAccess.Write);
                stream.Write(f.Bytes);
                stream.Flush(flushToDisk: true);
            }

            afterStep?.Invoke("staged");
            if (Directory.Exists(target)) Directory.Move(target, retired);
            afterStep?.Invoke("retired");
            Directory.Move(staging, target);
            afterStep?.Invoke("swapped");
            if (Directory.Exists(retired)) Directory.Delete(retired, recursive: true);
            return target;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Report(PublishCodes.WriteFailed, SourceLocation.OfFile(target), $"无法写出 {target}：{e.Message}（原有文件未改动）",
                $"Cannot write {target}: {e.Message} (the previous output is untouched)");
            TryRecover(yearFolder, id);
            return null;
        }
    }

    /// <summary>Undoes an interrupted publish of <paramref name="id"/>: restores the retired output if the target is missing, drops a stale staging folder.</summary>
    public static void Recover(string yearFolder, string id)
    {
        var target = Path.Combine(yearFolder, id);
        var staging = Path.Combine(yearFolder, $".{id}.new");
        var retired = Path.Combine(yearFolder, $".{id}.old");
        if (Directory.Exists(retired))
        {
            if (Directory.Exists(target)) Directory.Delete(retired, recursive: true);
            else Directory.Move(retired, target);
        }

        if (Directory.Exists(staging)) Directory.Delete(staging, recursive: true);
    }

    private static void TryRecover(string yearFolder, string id)
    {
        try
        {
            Recover(yearFolder, id);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing more to do now: the next publish runs Recover again before it writes.
        }
    }

    private static bool IsSafeFileName(string name) =>
        name.Length > 0 && name.IndexOfAny(Path.GetInvalidFileNameChars()) < 0 && name.IndexOfAny(['/', '\\', ':']) < 0 && !name.StartsWith('.');
}
