using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Portal;
using FinalAccounts.Publisher.Review;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// The text of what was built, kept for review in output/&lt;year&gt;/.texts/ (a hidden folder: not a department, not
/// published, not in the portal bundle): &lt;id&gt;.built.txt, the text of the department's last build (draft or final),
/// and &lt;id&gt;.final.txt, the text of its last final (not draft) build — "the last published build" that
/// <c>finacc diff</c> and the status page compare with. Each is a <see cref="TextDump"/> with the build's fingerprint and
/// when that build was first made: a rebuild from the same inputs keeps the time, so the status page says the same for
/// the same inputs. Written after the department is published, under the year folder's lock, each file atomically.
/// </summary>
public static class PublishedTexts
{
    public const string FolderName = ".texts";

    public static string BuiltPath(string yearFolder, string id) => Path.Combine(yearFolder, FolderName, id + ".built.txt");

    public static string FinalPath(string yearFolder, string id) => Path.Combine(yearFolder, FolderName, id + ".final.txt");

    /// <summary>Records a published build's text (and, for a final build, as the last final text); throws on I/O errors.</summary>
    public static TextDump Record(string yearFolder, string id, string fingerprint, bool draft, DocumentTree document,
        DateTimeOffset now)
    {
        var built = Read(BuiltPath(yearFolder, id)) is { } before && before.Fingerprint == fingerprint ? before.Built : now;
        var seconds = built.UtcDateTime.Ticks - built.UtcDateTime.Ticks % TimeSpan.TicksPerSecond;
        var dump = new TextDump(fingerprint, new DateTimeOffset(seconds, TimeSpan.Zero), draft, document.Info.Title,
            DocumentText.Units(document));
        Directory.CreateDirectory(Path.Combine(yearFolder, FolderName));
        var bytes = dump.ToBytes();
        AtomicFile.Write(BuiltPath(yearFolder, id), bytes);
        if (!draft) AtomicFile.Write(FinalPath(yearFolder, id), bytes);
        return dump;
    }

    /// <summary>The text of the department's last build, or null when none was recorded.</summary>
    public static TextDump? Built(string yearFolder, string id) => Read(BuiltPath(yearFolder, id));

    /// <summary>The text of the department's last final build, or null when none was recorded.</summary>
    public static TextDump? Final(string yearFolder, string id) => Read(FinalPath(yearFolder, id));

    private static TextDump? Read(string path)
    {
        try
        {
            return File.Exists(path) ? TextDump.Parse(File.ReadAllText(path)) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
