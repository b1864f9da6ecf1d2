using System.Globalization;

namespace FinalAccounts.Publisher.Portal;

/// <summary>The date a department's publication counts from: its own publish date, else the year's, else the year's last day.</summary>
internal static class PortalDates
{
    public static DateOnly Of(PublishedDepartment d, PublicationInfo info) =>
        d.Manifest.Published is { } text && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var own)
            ? own
            : info.PublishDate ?? new DateOnly(d.Manifest.Year, 12, 31);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An Atom date: the day's start in China Standard Time.</summary>
    public static string Atom(DateOnly date) => Iso(date) + "T00:00:00+08:00";
}
