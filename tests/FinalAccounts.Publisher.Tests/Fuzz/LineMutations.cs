namespace FinalAccounts.Publisher.Tests.Fuzz;

/// <summary>
/// Small edits of one line of a text file, as a clerk's slip makes them: a line deleted, repeated, swapped or blanked,
/// a digit changed, a character inserted, a value nulled, a field dropped. Each returns what it did.
/// </summary>
internal static class LineMutations
{
    private const string Inserted = "\":-\t#{[,中~|>&*!%@`";

    public static string Mutate(List<string> lines, Random rng)
    {
        var n = rng.Next(1, Math.Max(2, lines.Count - 1));
        if (n >= lines.Count) lines.Add("");
        switch (rng.Next(8))
        {
            case 0:
                lines.RemoveAt(n);
                return $"line {n + 1} deleted";
            case 1:
                lines.Insert(n, lines[n]);
                return $"line {n + 1} repeated";
            case 2:
                if (n + 1 < lines.Count) (lines[n], lines[n + 1]) = (lines[n + 1], lines[n]);
                return $"lines {n + 1} and {n + 2} swapped";
            case 3:
                lines[n] = "";
                return $"line {n + 1} blanked";
            case 4:
                var digit = lines[n].IndexOfAny("0123456789".ToCharArray());
                if (digit >= 0) lines[n] = lines[n][..digit] + (char)('0' + (lines[n][digit] - '0' + 1) % 10) + lines[n][(digit + 1)..];
                return $"a digit of line {n + 1} changed";
            case 5:
                var c = Inserted[rng.Next(Inserted.Length)];
                var at = rng.Next(lines[n].Length + 1);
                lines[n] = lines[n][..at] + c + lines[n][at..];
                return $"'{c}' inserted at {n + 1}:{at + 1}";
            case 6:
                var colon = lines[n].IndexOf(": ", StringComparison.Ordinal);
                if (colon >= 0) lines[n] = lines[n][..(colon + 2)] + "~";
                return $"value of line {n + 1} nulled";
            default:
                var comma = lines[n].IndexOf(',');
                if (comma >= 0) lines[n] = lines[n][..comma] + lines[n][(comma + 1)..];
                return $"a field of line {n + 1} dropped";
        }
    }
}
