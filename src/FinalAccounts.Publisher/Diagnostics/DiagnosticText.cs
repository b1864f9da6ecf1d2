using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>
/// A diagnostic message built from an interpolated string: the literal text is ours and kept; every interpolated value is
/// an echo of input and is printed at most <see cref="EchoLimit"/> characters long (then "…"), with control and bidi
/// characters made visible, so a 10 MB cell or a newline in a folder name can neither flood nor split a report.
/// Numbers are formatted with the invariant culture. Text of our own that must stay whole is passed as <see cref="OwnText"/>.
/// </summary>
[InterpolatedStringHandler]
public ref struct DiagnosticText
{
    /// <summary>The most characters of one echoed value a message prints.</summary>
    public const int EchoLimit = 80;

    private readonly StringBuilder text;

    public DiagnosticText(int literalLength, int formattedCount) => text = new StringBuilder(literalLength + formattedCount * 8);

    private DiagnosticText(string whole) => text = new StringBuilder(whole);

    /// <summary>A message without echoed values (a plain string is taken as our own text).</summary>
    public static implicit operator DiagnosticText(string message) => new(message);

    public void AppendLiteral(string value) => text.Append(value);

    public void AppendFormatted<T>(T value) => AppendFormatted(value, null);

    public void AppendFormatted<T>(T value, string? format)
    {
        if (value is OwnText own)
        {
            text.Append(own.Text);
            return;
        }

        var s = value is IFormattable f ? f.ToString(format, CultureInfo.InvariantCulture) : value?.ToString() ?? "";
        text.Append(Echo(s));
    }

    public override string ToString() => text.ToString();

    /// <summary>A value as a message may print it: invisible characters escaped, at most <see cref="EchoLimit"/> characters.</summary>
    public static string Echo(string value) => Escape(value, EchoLimit);

    /// <summary>
    /// Text with every character that would break or disguise a report line written as an escape: <c>\n</c>, <c>\t</c>,
    /// <c>\r</c>, or <c>\u202E</c> for the characters of <see cref="UnsafeText"/>.
    /// </summary>
    public static string Printable(string value) => Escape(value, int.MaxValue);

    private static string Escape(string value, int limit)
    {
        var sb = new StringBuilder(Math.Min(value.Length, limit) + 8);
        for (var i = 0; i < value.Length; i++)
        {
            if (sb.Length >= limit)
            {
                sb.Length = limit - 1;
                if (char.IsHighSurrogate(sb[^1])) sb.Length--;
                return sb.Append('…').ToString();
            }

            var c = value[i];
            if (char.IsSurrogatePair(value, i) && UnsafeText.Describe(value, i) is null) sb.Append(c).Append(value[++i]);
            else if (c == '\n') sb.Append("\\n");
            else if (c == '\r') sb.Append("\\r");
            else if (c == '\t') sb.Append("\\t");
            else if (UnsafeText.Describe(value, i) is not null) sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else sb.Append(c);
        }

        return sb.ToString();
    }
}
