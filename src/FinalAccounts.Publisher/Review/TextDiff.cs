using System.Text;

namespace FinalAccounts.Publisher.Review;

/// <summary>
/// Compares two documents' texts unit by unit. Units equal in both are aligned first (the longest common subsequence);
/// between two aligned units, a removed and an added unit of the same kind are one changed unit when they read alike —
/// the same words with other figures, or most of their character pairs in common — and are aligned in order as well;
/// the rest are removed or added. A changed unit marks what differs inside it (<see cref="InlineDiff"/>).
/// </summary>
public static class TextDiff
{
    /// <summary>How much of two units' character pairs (Dice's coefficient) must be shared to call one a change of the other.</summary>
    private const double Alike = 0.5;

    /// <summary>Cells of a gap's table beyond which only units with the same words pair (a whole year's text rewritten).</summary>
    private const long FullPairing = 400_000;

    public static TextComparison Compare(IReadOnlyList<TextUnit> older, IReadOnlyList<TextUnit> newer)
    {
        var entries = new List<DiffEntry>();
        var (oi, ni) = (0, 0);
        var aligned = Alignment.Pairs(older.Count, newer.Count, (i, j) => older[i] == newer[j]);
        foreach (var (i, j) in aligned.Append((older.Count, newer.Count)))
        {
            Gap(older.Skip(oi).Take(i - oi).ToList(), newer.Skip(ni).Take(j - ni).ToList(), entries);
            if (i < older.Count) entries.Add(new DiffEntry(DiffKind.Same, "", older[i], newer[j], [], []));
            (oi, ni) = (i + 1, j + 1);
        }

        return new TextComparison(WithContext(entries));
    }

    private static void Gap(List<TextUnit> removed, List<TextUnit> added, List<DiffEntry> entries)
    {
        var (a, b) = (removed.Select(Profile.Of).ToList(), added.Select(Profile.Of).ToList());
        var full = (long)a.Count * b.Count <= FullPairing;
        var pairs = Alignment.Pairs(a.Count, b.Count, (i, j) => a[i].Pairs(b[j], full));
        var (ri, ai) = (0, 0);
        foreach (var (i, j) in pairs.Append((a.Count, b.Count)))
        {
            for (; ri < i; ri++) entries.Add(new DiffEntry(DiffKind.Removed, "", removed[ri], null, [], []));
            for (; ai < j; ai++) entries.Add(new DiffEntry(DiffKind.Added, "", null, added[ai], [], []));
            if (i == a.Count) break;
            var (oldParts, newParts) = InlineDiff.Segments(removed[i].Text, added[j].Text);
            entries.Add(new DiffEntry(DiffKind.Changed, "", removed[i], added[j], oldParts, newParts));
            (ri, ai) = (i + 1, j + 1);
        }
    }

    /// <summary>Each entry's place: a heading stands under itself, a table row under its table, the rest under the last heading.</summary>
    private static List<DiffEntry> WithContext(List<DiffEntry> entries)
    {
        var (heading, table) = ("", "");
        var result = new List<DiffEntry>(entries.Count);
        foreach (var e in entries)
        {
            var u = e.Unit;
            if (u.Kind == TextUnitKind.Heading) (heading, table) = (u.Text, "");
            if (u.Kind == TextUnitKind.Table) table = u.Text;
            var context = u.Kind switch
            {
                TextUnitKind.Heading => u.Text,
                TextUnitKind.Row => table.Length > 0 ? table : heading,
                _ => heading,
            };
            result.Add(e with { Context = context });
        }

        return result;
    }

    /// <summary>What pairing looks at: the kind, the words with every figure masked, and the sorted character pairs.</summary>
    private sealed record Profile(TextUnit Unit, string Shape, int[] Bigrams)
    {
        public static Profile Of(TextUnit u)
        {
            var shape = new StringBuilder(u.Text.Length);
            foreach (var token in InlineDiff.Tokens(u.Text)) shape.Append(char.IsAsciiDigit(token[0]) ? "#" : token);
            var bigrams = new int[Math.Max(0, u.Text.Length - 1)];
            for (var k = 0; k < bigrams.Length; k++) bigrams[k] = (u.Text[k] << 16) | u.Text[k + 1];
            Array.Sort(bigrams);
            return new Profile(u, shape.ToString(), bigrams);
        }

        public bool Pairs(Profile other, bool full) =>
            Unit.Kind == other.Unit.Kind && (Shape == other.Shape || (full && Dice(Bigrams, other.Bigrams) >= Alike));

        private static double Dice(int[] x, int[] y)
        {
            if (x.Length + y.Length == 0) return 0;
            var (i, j, shared) = (0, 0, 0);
            while (i < x.Length && j < y.Length)
            {
                if (x[i] == y[j]) (i, j, shared) = (i + 1, j + 1, shared + 1);
                else if (x[i] < y[j]) i++;
                else j++;
            }

            return 2.0 * shared / (x.Length + y.Length);
        }
    }
}
