using System.Text;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Input;

/// <summary>Finds the characters no published text may hold (<see cref="UnsafeText"/>) in data and reports each at its place.</summary>
internal static class UnsafeCharacters
{
    /// <summary>
    /// Reports every unsafe character of a data file (the first <see cref="RepeatedDiagnostics.Shown"/> one by one, the
    /// rest counted on one line) at its line and column; in a CSV file the column is the field number. True when any.
    /// </summary>
    public static bool Report(byte[] utf8, string display, bool csv, DiagnosticBag bag)
    {
        var text = Encoding.UTF8.GetString(utf8);
        var i = UnsafeText.IndexOfUnsafe(text);
        if (i < 0) return false;
        int line = 1, lineStart = 0, scanned = 0, found = 0;
        Diagnostic? firstLeftOut = null;
        for (; i >= 0; i = UnsafeText.IndexOfUnsafe(text, i + 1))
        {
            for (; scanned < i; scanned++)
                if (text[scanned] == '\n')
                {
                    line++;
                    lineStart = scanned + 1;
                }

            var column = csv ? FieldNumber(text.AsSpan(lineStart, i - lineStart), '"', ',') : i - lineStart + 1;
            if (++found <= RepeatedDiagnostics.Shown) Report(text, i, new SourceLocation(display, line, column), bag);
            else firstLeftOut ??= Describe(text, i, new SourceLocation(display, line, column));
        }

        if (firstLeftOut is not null) bag.Add(RepeatedDiagnostics.Summary(firstLeftOut, found - RepeatedDiagnostics.Shown));
        return true;
    }

    /// <summary>Reports the unsafe characters of one value read from a file (an escape in a quoted YAML text).</summary>
    public static void Report(string value, SourceLocation location, DiagnosticBag bag)
    {
        if (UnsafeText.IndexOfUnsafe(value) is var i and >= 0) Report(value, i, location, bag);
    }

    /// <summary>The 1-based number of the CSV field that the start of a line reaches (commas inside quotes do not count).</summary>
    public static int FieldNumber<T>(ReadOnlySpan<T> lineStart, T quote, T comma) where T : IEquatable<T>
    {
        var field = 1;
        var quoted = false;
        foreach (var c in lineStart)
        {
            if (c.Equals(quote)) quoted = !quoted;
            else if (c.Equals(comma) && !quoted) field++;
        }

        return field;
    }

    private static void Report(string text, int i, SourceLocation at, DiagnosticBag bag) => bag.Add(Describe(text, i, at));

    private static Diagnostic Describe(string text, int i, SourceLocation at)
    {
        var what = UnsafeText.Describe(text, i)!.Value;
        var code = UnsafeText.CodePoint(text, i);
        return new Diagnostic(InputCodes.UnsafeCharacter, at, new LocalizedText(
            $"这里有{what.Zh}（{code}），公开文件中不能有这种字符。", $"Here is {what.En} ({code}), which no published text may hold."));
    }
}
