using System.Text;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Review;

/// <summary>
/// A comparison as plain text for the console and for mail: each changed, added or removed sentence under the heading
/// it stands in, a changed one as its old and new versions with what differs between 〖 and 〗 (in English too: they mark
/// figures inside the document's Chinese sentences), each run of unchanged sentences as one line saying how many were
/// left out.
/// </summary>
public static class DiffTextReport
{
    public const string Open = "〖";
    public const string Close = "〗";

    public static string Write(string title, IReadOnlyList<ReviewSection> sections, Language language)
    {
        var b = new StringBuilder();
        b.Append(title).Append('\n');
        foreach (var s in sections)
        {
            b.Append('\n').Append("== ").Append(s.Title.For(language)).Append(" ==\n");
            b.Append(s.Baseline.For(language)).Append('\n');
            if (s.Comparison is { } c) Entries(b, c, language);
        }

        return b.ToString();
    }

    private static void Entries(StringBuilder b, TextComparison c, Language language)
    {
        b.Append(DiffWords.Summary(c, language)).Append('\n');
        if (!c.HasChanges) return;
        var (context, same) = ((string?)null, 0);
        foreach (var e in c.Entries)
        {
            if (e.Kind == DiffKind.Same)
            {
                same++;
                continue;
            }

            if (same > 0) b.Append("  ").Append(DiffWords.UnchangedNote(same, language)).Append('\n');
            same = 0;
            if (e.Context != context && e.Unit.Kind != TextUnitKind.Heading)
                b.Append('\n').Append('[').Append(e.Context).Append("]\n");
            context = e.Context;
            var tag = "  " + DiffWords.Bracketed(e.Kind, language);
            if (e.Kind == DiffKind.Changed)
            {
                var pad = new string(' ', 2 + DiffWords.BracketedWidth(e.Kind, language));
                b.Append(tag).Append(DiffWords.Old.For(language)).Append(Marked(e.OldParts)).Append('\n');
                b.Append(pad).Append(DiffWords.New.For(language)).Append(Marked(e.NewParts)).Append('\n');
            }
            else b.Append(tag).Append(e.Unit.Text).Append('\n');
        }

        if (same > 0) b.Append("  ").Append(DiffWords.UnchangedNote(same, language)).Append('\n');
    }

    private static string Marked(IReadOnlyList<DiffSegment> parts) =>
        string.Concat(parts.Select(p => p.Changed ? Open + p.Text + Close : p.Text));
}
