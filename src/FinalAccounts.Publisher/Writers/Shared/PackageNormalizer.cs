using System.IO.Compression;

namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// Rewrites an OpenXML package the SDK produced (the Word edition, the tables' workbook) so the bytes depend only on
/// the content: entries in a fixed order
/// ([Content_Types].xml first, then by name), each stamped with the document's date instead of the clock.
/// </summary>
public static class PackageNormalizer
{
    private const string ContentTypes = "[Content_Types].xml";

    public static void Normalize(MemoryStream source, Stream output, DateTimeOffset date)
    {
        source.Position = 0;
        using var input = new ZipArchive(source, ZipArchiveMode.Read, leaveOpen: true);
        var entries = input.Entries
            .OrderBy(e => e.FullName == ContentTypes ? 0 : 1)
            .ThenBy(e => e.FullName, StringComparer.Ordinal)
            .ToList();
        var stamp = ZipTime(date);
        using var buffer = PooledStreams.Get("package");
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        buffer.Position = 0;
        buffer.CopyTo(output);
    }

    /// <summary>The document's date as a zip (DOS) time, which has no time zone and runs from 1980 to 2107.</summary>
    internal static DateTimeOffset ZipTime(DateTimeOffset date)
    {
        var year = Math.Clamp(date.Year, 1980, 2107);
        return new DateTimeOffset(year, date.Month, date.Day, date.Hour, date.Minute, date.Second / 2 * 2, TimeSpan.Zero);
    }
}
