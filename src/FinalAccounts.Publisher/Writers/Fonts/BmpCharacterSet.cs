namespace FinalAccounts.Publisher.Writers.Fonts;

/// <summary>An immutable set of characters of the Basic Multilingual Plane, one bit each.</summary>
internal sealed class BmpCharacterSet
{
    private readonly ulong[] bits = new ulong[0x10000 / 64];

    /// <summary>The set of <paramref name="characters"/> (code points above U+FFFF are left out).</summary>
    public BmpCharacterSet(IEnumerable<int> characters)
    {
        foreach (var c in characters)
        {
            if ((uint)c > 0xFFFF || Contains(c)) continue;
            bits[c >> 6] |= 1UL << (c & 63);
            Count++;
        }
    }

    public int Count { get; }

    public bool Contains(int codePoint) => (uint)codePoint <= 0xFFFF && (bits[codePoint >> 6] & (1UL << (codePoint & 63))) != 0;

    /// <summary>Whether every UTF-16 unit of <paramref name="text"/> is in the set (a surrogate never is).</summary>
    public bool ContainsAll(string text)
    {
        foreach (var c in text)
        {
            if (!Contains(c)) return false;
        }

        return true;
    }
}
