namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>"Did you mean": the known name nearest to a misspelt one, by edit distance, when it is near enough.</summary>
public static class NearestName
{
    /// <summary>
    /// The candidate nearest to <paramref name="name"/> (ties: the first in ordinal order), or null when none is within
    /// a third of its length (at least two edits).
    /// </summary>
    public static string? Of(string name, IEnumerable<string> candidates)
    {
        var limit = Math.Max(2, name.Length / 3);
        return candidates.Distinct(StringComparer.Ordinal).Where(c => c != name)
            .Select(c => (c, d: Distance(c, name))).Where(x => x.d <= limit)
            .OrderBy(x => x.d).ThenBy(x => x.c, StringComparer.Ordinal).Select(x => x.c).FirstOrDefault();
    }

    /// <summary>Levenshtein distance (insertions, deletions, substitutions).</summary>
    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
