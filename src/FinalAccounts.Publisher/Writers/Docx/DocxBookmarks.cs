using System.Text;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>
/// Word-safe bookmark names for heading, table and figure ids: ASCII letters, digits and '_', starting with a letter,
/// at most 40 characters, unique (a suffix _2, _3 … resolves clashes). The first id to claim a name keeps it.
/// </summary>
internal sealed class DocxBookmarks
{
    private const int MaxLength = 40;
    private readonly Dictionary<string, string> byId = new(StringComparer.Ordinal);
    private readonly HashSet<string> used = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Claims a name for <paramref name="id"/>; returns null when the id is empty or already has one.</summary>
    public string? Claim(string id)
    {
        if (id.Length == 0 || byId.ContainsKey(id)) return null;
        var stem = Sanitize(id);
        var name = stem;
        for (var n = 2; used.Contains(name); n++)
        {
            var suffix = "_" + DocxUnits.Str(n);
            name = (stem.Length + suffix.Length > MaxLength ? stem[..(MaxLength - suffix.Length)] : stem) + suffix;
        }

        used.Add(name);
        byId[id] = name;
        return name;
    }

    /// <summary>The bookmark of an id claimed before, or null.</summary>
    public string? Find(string id) => byId.GetValueOrDefault(id);

    internal static string Sanitize(string id)
    {
        var b = new StringBuilder(id.Length + 2);
        foreach (var ch in id)
            b.Append(ch is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_' ? ch : '_');
        if (b.Length == 0 || !char.IsAsciiLetter(b[0])) b.Insert(0, "h_");
        return b.Length > MaxLength ? b.ToString(0, MaxLength) : b.ToString();
    }
}
