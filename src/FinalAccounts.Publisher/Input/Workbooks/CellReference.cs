namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>A1-style cell references (the sheet grid's addresses).</summary>
internal static class CellReference
{
    /// <summary>The 1-based row and column of "D14" (a "$" is allowed); null when it is not a cell reference.</summary>
    public static (int Row, int Column)? Parse(string reference)
    {
        int i = 0, column = 0, row = 0;
        var text = reference.Replace("$", "", StringComparison.Ordinal);
        for (; i < text.Length && char.IsAsciiLetter(text[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(text[i]) - 'A' + 1);
            if (column > 1 << 20) return null;
        }

        if (i == 0 || i == text.Length) return null;
        for (; i < text.Length; i++)
        {
            if (!char.IsAsciiDigit(text[i])) return null;
            row = row * 10 + (text[i] - '0');
            if (row > 1 << 24) return null;
        }

        return row == 0 ? null : (row, column);
    }

    /// <summary>The column of "D14" or "D" (1-based); 0 when there is none.</summary>
    public static int ColumnOf(string reference)
    {
        var column = 0;
        foreach (var ch in reference)
        {
            if (!char.IsAsciiLetter(ch)) break;
            column = column * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
            if (column > 1 << 20) return 0;
        }

        return column;
    }
}
