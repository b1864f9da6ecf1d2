using System.Text;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Review;

/// <summary>
/// A document's text, sentence by sentence, in reading order: the cover's lines and the headings as printed, each
/// paragraph and list item cut into sentences, each table's title, body rows and notes, each figure's caption. The table
/// of contents and page breaks carry no text of their own. What <c>finacc diff</c> compares and a build stores.
/// </summary>
public static class DocumentText
{
    /// <summary>Where a sentence ends: after these, and after any closing marks that follow them.</summary>
    private const string Enders = "。！？；!?";

    private const string Closers = "”’」』）)】";

    public const string CellSeparator = " | ";

    public static IReadOnlyList<TextUnit> Units(DocumentTree document)
    {
        var units = new List<TextUnit>();
        void Sentences(string text)
        {
            foreach (var s in Split(text)) units.Add(new TextUnit(TextUnitKind.Sentence, s));
        }

        foreach (var block in document.Blocks)
        {
            switch (block)
            {
                case TitleBlock t:
                    units.Add(new TextUnit(TextUnitKind.Heading, OneLine(t.Title), 0));
                    foreach (var line in t.Subtitles) Sentences(line);
                    break;
                case Heading h:
                    units.Add(new TextUnit(TextUnitKind.Heading, OneLine(h.FullText), h.Level));
                    break;
                case Paragraph p:
                    Sentences(p.PlainText);
                    break;
                case ListBlock l:
                    foreach (var item in l.Items) Sentences(string.Concat(item.Select(i => i.Text)));
                    break;
                case Table t:
                    units.Add(new TextUnit(TextUnitKind.Table, OneLine(t.Title)));
                    foreach (var row in t.Body)
                    {
                        var cells = string.Join(CellSeparator, row.Cells.Select(c => OneLine(c.Text)));
                        units.Add(new TextUnit(TextUnitKind.Row, OneLine(cells)));
                    }

                    foreach (var note in t.Notes) Sentences(note);
                    break;
                case Figure f:
                    units.Add(new TextUnit(TextUnitKind.Sentence, OneLine(f.FullCaption)));
                    break;
            }
        }

        return units.Where(u => u.Text.Length > 0).ToList();
    }

    /// <summary>
    /// The sentences of a text: cut after 。！？； (and ! ?), keeping closing quotes and brackets with the sentence they
    /// close, and at line breaks; each trimmed, empty ones dropped.
    /// </summary>
    public static IReadOnlyList<string> Split(string text)
    {
        var sentences = new List<string>();
        var current = new StringBuilder();
        void Flush()
        {
            var s = OneLine(current.ToString());
            if (s.Length > 0) sentences.Add(s);
            current.Clear();
        }

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\n' or '\r')
            {
                Flush();
                continue;
            }

            current.Append(c);
            if (!Enders.Contains(c)) continue;
            while (i + 1 < text.Length && Closers.Contains(text[i + 1])) current.Append(text[++i]);
            Flush();
        }

        Flush();
        return sentences;
    }

    /// <summary>Text on one line: line breaks and tabs as spaces, runs of spaces as one, trimmed.</summary>
    public static string OneLine(string text)
    {
        var b = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var w = char.IsWhiteSpace(c) ? ' ' : c;
            if (w == ' ' && (b.Length == 0 || b[^1] == ' ')) continue;
            b.Append(w);
        }

        return b.ToString().TrimEnd();
    }
}
