using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Document;

/// <summary>
/// Bounds Markdown before Markdig sees it, so that no input can reach Markdig's own limits (it throws past 128 nested
/// blocks or 10,240 nested inlines) or its slow paths: the length, how deeply one line's containers can nest (block
/// quotes, list items, indentation, open <c>:::</c> fences) and how many emphasis and link delimiters one paragraph holds
/// (Markdig nests them all before it pairs them). Each excess is an error where it is.
/// </summary>
internal static class MarkdownBounds
{
    /// <summary>Containers one line may open: an upper bound of Markdig's nesting, half its limit.</summary>
    public const int Depth = 64;

    /// <summary>Runs of <c>* _ :</c> and <c>[</c> one paragraph may hold.</summary>
    public const int Delimiters = 2_000;

    /// <summary>True when <paramref name="markdown"/> is within bounds; otherwise false, each excess reported.</summary>
    public static bool Check(string markdown, string source, int maxLength, DiagnosticBag bag)
    {
        var ok = true;
        if (markdown.Length > maxLength)
        {
            var (line, column) = Position(markdown, maxLength);
            Report(bag, new SourceLocation(source, line, column),
                $"Markdown 超过 {N(maxLength)} 个字符（共 {N(markdown.Length)} 个）。",
                $"The Markdown is longer than {N(maxLength)} characters ({N(markdown.Length)}).");
            return false;
        }

        var lines = markdown.Split('\n');
        var fences = new Stack<int>();
        var delimiters = 0;
        var paragraph = -1;
        var tooDeep = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var text = lines[i];
            if (text.AsSpan().Trim(" \t").IsEmpty)
            {
                (delimiters, paragraph) = (0, -1);
                continue;
            }

            if (paragraph < 0) paragraph = i;
            if (Deepest(text, fences) is var (depth, column) && depth > Depth && !tooDeep)
            {
                // One report, at the first line that goes too deep: its deeper lines are the same structure.
                (ok, tooDeep) = (false, true);
                Report(bag, new SourceLocation(source, i + 1, column),
                    $"Markdown 嵌套过深：这一行有 {depth} 层引用、列表或缩进（最多 {Depth} 层）。",
                    $"The Markdown nests too deeply: this line opens {depth} quotes, lists or indents (at most {Depth}).");
            }

            var before = delimiters;
            delimiters += DelimiterRuns(text);
            if (before <= Delimiters && delimiters > Delimiters)
            {
                ok = false;
                Report(bag, new SourceLocation(source, paragraph + 1, 1),
                    $"这一段的加粗、倾斜或链接标记（* _ : [）超过 {N(Delimiters)} 处，请分段或去掉多余的符号。",
                    $"This paragraph holds more than {N(Delimiters)} emphasis or link marks (* _ : [); split it or remove some.");
            }
        }

        return ok;
    }

    /// <summary>
    /// How many containers the start of a line can open, counted generously: the ':::' fences open before it, each '>'
    /// one, each list marker two (list and item), each column of indentation one, and a fence the line opens. The column
    /// (1-based) is where the count passes <see cref="Depth"/>, or where the line's text begins.
    /// </summary>
    private static (int Depth, int Column) Deepest(string line, Stack<int> fences)
    {
        var depth = fences.Count;
        var crossed = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            var width = 1;
            if (c == ' ') depth++;
            else if (c == '\t') depth += 4;
            else if (c == '>') depth++;
            else if (ListMarker(line, i) is var marker and > 0)
            {
                depth += 2;
                width = marker;
            }
            else break;
            if (depth > Depth && crossed == 0) crossed = i + 1;
            i += width;
        }

        depth += Fence(line.AsSpan(i), fences);
        if (depth > Depth && crossed == 0) crossed = i + 1;
        return (depth, crossed > 0 ? crossed : i + 1);
    }

    /// <summary>Opens (1) or closes (0) a ':::' fence: colons alone close one at least as long, anything else opens.</summary>
    private static int Fence(ReadOnlySpan<char> rest, Stack<int> fences)
    {
        var colons = rest.Length - rest.TrimStart(':').Length;
        if (colons < 3) return 0;
        if (rest[colons..].Trim(" \t").IsEmpty && fences.Count > 0 && fences.Peek() <= colons)
        {
            fences.Pop();
            return 0;
        }

        fences.Push(colons);
        return 1;
    }

    /// <summary>The width of a list marker at <paramref name="i"/> ("- ", "1. ", "12) "), or 0.</summary>
    private static int ListMarker(string line, int i)
    {
        var j = i;
        if (line[j] is '-' or '+' or '*') j++;
        else
        {
            while (j < line.Length && j - i < 9 && char.IsAsciiDigit(line[j])) j++;
            if (j == i || j >= line.Length || line[j] is not ('.' or ')')) return 0;
            j++;
        }

        return j >= line.Length ? j - i : line[j] is ' ' or '\t' ? j - i + 1 : 0;
    }

    /// <summary>Runs of the characters Markdig nests as delimiters; a backslash-escaped one does not count.</summary>
    private static int DelimiterRuns(string line)
    {
        var runs = 0;
        var previous = '\0';
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\')
            {
                i++;
                previous = '\0';
                continue;
            }

            if (c == '[' || (c is '*' or '_' or ':' && c != previous)) runs++;
            previous = c;
        }

        return runs;
    }

    private static (int Line, int Column) Position(string text, int offset)
    {
        var before = text.AsSpan(0, offset);
        var line = before.Count('\n') + 1;
        return (line, offset - (before.LastIndexOf('\n') + 1) + 1);
    }

    private static string N(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    private static void Report(DiagnosticBag bag, SourceLocation at, string zh, string en) =>
        bag.Report(DocumentCodes.TooComplex, at, zh, en);
}
