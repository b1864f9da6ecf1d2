namespace FinalAccounts.Publisher.Portal;

/// <summary>
/// What data/&lt;year&gt;/publication.yaml says about a year's publication: the index title (null: the style's), the issuing
/// body, the year's publish date, the portal address of the year folder (for the sitemap and feed), and each
/// department's 主管部门 by department id.
/// </summary>
public sealed record PublicationInfo(
    string? Title,
    string Issuer,
    DateOnly? PublishDate,
    string? BaseUrl,
    IReadOnlyDictionary<string, string> Supervisors)
{
    /// <summary>A year without publication.yaml: no issuer, date, address or groups.</summary>
    public static PublicationInfo None { get; } = new(null, "", null, null, new Dictionary<string, string>());

    /// <summary>
    /// This information with the address of the output folder given on the command line (<c>--base-url</c>), which wins
    /// over the file's: the year folder is <c>&lt;base&gt;&lt;year&gt;/</c>.
    /// </summary>
    public PublicationInfo WithOutputBaseUrl(string? outputBaseUrl, int year) =>
        outputBaseUrl is not null && BaseUrls.Normalize(outputBaseUrl) is { } b
            ? this with { BaseUrl = b + year.ToString(System.Globalization.CultureInfo.InvariantCulture) + "/" }
            : this;
}
