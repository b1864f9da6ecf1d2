using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// Moves a department's files into output/&lt;year&gt;/&lt;id&gt;/ only when all of them are ready: they are written to a
/// temporary folder beside it first, then swapped in, so a failure leaves the previous good output untouched.
/// </summary>
public static class OutputPublisher
{
    public static string? Publish(string outputRoot, int year, string id, IReadOnlyList<OutputFile> files, DiagnosticBag bag)
    {
        var yearFolder = Path.Combine(outputRoot, year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var target = Path.Combine(yearFolder, id);
        var staging = Path.Combine(yearFolder, $".{id}.new");
        var retired = Path.Combine(yearFolder, $".{id}.old");
        try
        {
            Directory.CreateDirectory(yearFolder);
            Delete(staging);
            Directory.CreateDirectory(staging);
            foreach (var f in files)
            {
                var path = Path.Combine(staging, f.Name);
                using (var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
                {
                    stream.Write(f.Bytes);
                    stream.Flush(flushToDisk: true);
                }
            }

            Delete(retired);
            if (Directory.Exists(target)) Directory.Move(target, retired);
            Directory.Move(staging, target);
            Delete(retired);
            return target;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            bag.Report(PublishCodes.WriteFailed, SourceLocation.OfFile(target), $"无法写出 {target}：{e.Message}", $"Cannot write {target}: {e.Message}");
            if (!Directory.Exists(target) && Directory.Exists(retired)) Directory.Move(retired, target);
            return null;
        }
    }

    private static void Delete(string folder)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
    }
}
