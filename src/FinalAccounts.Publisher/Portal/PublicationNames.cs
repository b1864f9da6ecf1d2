using System.Globalization;
using FinalAccounts.Publisher.Writers.Html;

namespace FinalAccounts.Publisher.Portal;

/// <summary>
/// The names of what a year's publication holds, in one place: a department's editions are
/// <c>&lt;id&gt;/&lt;id&gt;-&lt;year&gt;.&lt;ext&gt;</c> and its archive <c>&lt;id&gt;-&lt;year&gt;.zip</c> beside the year's
/// index, sitemap, feed and schemas.
/// </summary>
public static class PublicationNames
{
    /// <summary>The year's index page.</summary>
    public const string Index = PortalIndexWriter.FileName;

    public const string Sitemap = "sitemap.xml";

    public const string Feed = "feed.xml";

    public const string DataSchema = "data.schema.json";

    public const string ManifestSchema = "manifest.schema.json";

    /// <summary>The checksum file of a bundle, in the form <c>sha256sum -c</c> reads.</summary>
    public const string Checksums = "SHA256SUMS";

    /// <summary>The year-level file in data/&lt;year&gt;/ that says who publishes, when, and under which 主管部门.</summary>
    public const string YearFile = "publication.yaml";

    /// <summary>"hongshan-jkj-2024": the name every edition of a department's year shares.</summary>
    public static string BaseName(string id, int year) => id + "-" + year.ToString(CultureInfo.InvariantCulture);

    /// <summary>"hongshan-jkj-2024.zip".</summary>
    public static string Archive(string baseName) => baseName + ".zip";
}
