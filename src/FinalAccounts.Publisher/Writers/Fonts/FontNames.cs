namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>Comparing family names: case-insensitive, spaces ignored ("AR PL UMing CN" = "arplumingcn").</summary>
internal static class FontNames
{
    public static string Normalize(string name)
    {
        Span<char> buffer = name.Length <= 256 ? stackalloc char[name.Length] : new char[name.Length];
        var n = 0;
        foreach (var c in name)
        {
            if (!char.IsWhiteSpace(c)) buffer[n++] = char.ToLowerInvariant(c);
        }

        return new string(buffer[..n]);
    }
}
