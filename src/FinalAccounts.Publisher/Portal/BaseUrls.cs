namespace FinalAccounts.Publisher.Portal;

/// <summary>The portal address of a year folder: absolute http(s), ending in '/', so every published path is appended to it.</summary>
public static class BaseUrls
{
    /// <summary>The address with a trailing '/'; null when it is not an absolute http or https URL without query or fragment.</summary>
    public static string? Normalize(string text)
    {
        var trimmed = text.Trim();
        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")
            || uri.Query.Length > 0 || uri.Fragment.Length > 0 || trimmed.Any(char.IsControl)) return null;
        var absolute = uri.AbsoluteUri;
        return absolute.EndsWith('/') ? absolute : absolute + "/";
    }

    /// <summary>A published path ("hongshan-jkj/hongshan-jkj-2024.pdf") under the base, each segment percent-encoded.</summary>
    public static string Combine(string baseUrl, string relative) =>
        baseUrl + string.Join("/", relative.Split('/').Select(Uri.EscapeDataString));
}
