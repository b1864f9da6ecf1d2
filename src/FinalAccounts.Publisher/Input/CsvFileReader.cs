using CsvHelper;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// Reads a CSV data file with CsvHelper: UTF-8, comma, RFC 4180 quotes, the prescribed header. Reports every problem
/// (encoding, quoting, missing or unknown columns, field counts) and never throws for bad input.
/// </summary>
internal static class CsvFileReader
{
    private static readonly CsvReaderOptions Options = new()
    {
        Separator = ',',
        HasHeader = true,
        TrackLineNumbers = true,
        TrimWhitespace = true,
        SkipEmptyLines = true,
        DetectSeparatorHint = false,
        MalformedData = CsvMalformedDataHandling.Throw,
        FieldCountMismatch = CsvFieldCountHandling.Allow,
        IncludeValuesInExceptions = false,
        PoolStrings = false,
    };

    public static CsvFile? Read(DataFolder folder, string relative, IReadOnlyList<string> columns, bool required, DiagnosticBag bag)
    {
        var bytes = TextFileReader.ReadUtf8(folder, relative, required, bag);
        if (bytes is null) return null;
        var display = folder.Display(relative);
        var records = new List<CsvRecord>();
        IReadOnlyList<string> headers;
        try
        {
            using var reader = CsvReader.Create(bytes, Options);
            headers = reader.Headers.Select(h => h.Trim()).ToList();
            if (!CheckHeader(display, headers, columns, bag)) return null;
            while (reader.Read())
            {
                var fields = new string[reader.FieldCount];
                for (var i = 0; i < fields.Length; i++) fields[i] = reader.GetString(i).Trim();
                var line = (int)reader.LineNumber;
                if (fields.Length != headers.Count && !(fields.Length < headers.Count && fields.All(f => f.Length == 0)))
                {
                    bag.Report(InputCodes.FieldCount, new SourceLocation(display, line, Math.Min(fields.Length, headers.Count) + 1),
                        $"本行有 {fields.Length} 列，表头有 {headers.Count} 列。",
                        $"This row has {fields.Length} fields; the header has {headers.Count}.");
                    continue;
                }

                if (fields.All(f => f.Length == 0)) continue;
                ReportLongFields(display, line, fields, bag);
                records.Add(new CsvRecord(line, fields));
            }
        }
        catch (CsvFormatException e)
        {
            var line = e.LineNumber > 0 ? (int)e.LineNumber : 0;
            bag.Report(InputCodes.MalformedCsv, new SourceLocation(display, line, line > 0 ? UnclosedQuoteField(bytes, line) : 0),
                "CSV 格式错误，无法继续读取本文件（通常是引号不成对）。", "Malformed CSV; the rest of the file cannot be read (usually unpaired quotes).");
            return null;
        }

        return new CsvFile(display, headers, records);
    }

    private static void ReportLongFields(string display, int line, string[] fields, DiagnosticBag bag)
    {
        for (var i = 0; i < fields.Length; i++)
            if (fields[i].Length > InputLimits.TextChars)
                bag.Report(InputCodes.TooLarge, new SourceLocation(display, line, i + 1),
                    $"这个格子有 {fields[i].Length} 个字符，超过每格 {InputLimits.TextChars} 字的上限。",
                    $"This cell holds {fields[i].Length} characters, more than the {InputLimits.TextChars} a cell may.");
    }

    private static bool CheckHeader(string display, IReadOnlyList<string> headers, IReadOnlyList<string> columns, DiagnosticBag bag)
    {
        var ok = true;
        var expected = new OwnText(string.Join(",", columns));
        var missing = columns.Where(c => !headers.Contains(c)).ToList();
        if (missing.Count > 0)
        {
            ok = false;
            bag.Report(InputCodes.MissingColumn, new SourceLocation(display, 1, 1),
                $"表头缺少列：{new OwnText(string.Join("、", missing))}。表头应为：{expected}",
                $"The header lacks: {new OwnText(string.Join(", ", missing))}. It must read: {expected}");
        }

        for (var i = 0; i < headers.Count; i++)
        {
            if (columns.Contains(headers[i]) && FirstIndex(headers, headers[i]) == i) continue;
            ok = false;
            var at = new SourceLocation(display, 1, i + 1);
            if (columns.Contains(headers[i]))
                bag.Report(InputCodes.UnknownColumn, at, $"列“{headers[i]}”重复出现。", $"Column '{headers[i]}' appears twice.");
            else
                bag.Report(InputCodes.UnknownColumn, at, $"未知的列“{headers[i]}”。表头应为：{expected}",
                    $"Unknown column '{headers[i]}'. The header must read: {expected}");
        }

        return ok;
    }

    /// <summary>The field (1-based) of a line where a quote opens that the line does not close; 1 when there is none.</summary>
    private static int UnclosedQuoteField(byte[] bytes, int line)
    {
        var lines = System.Text.Encoding.UTF8.GetString(bytes).Split('\n');
        if (line > lines.Length) return 1;
        int field = 1, opened = 1;
        var quoted = false;
        foreach (var c in lines[line - 1])
        {
            if (c == '"')
            {
                if (!quoted) opened = field;
                quoted = !quoted;
            }
            else if (c == ',' && !quoted) field++;
        }

        return quoted ? opened : 1;
    }

    private static int FirstIndex(IReadOnlyList<string> list, string value)
    {
        for (var i = 0; i < list.Count; i++)
            if (list[i] == value) return i;
        return -1;
    }
}
