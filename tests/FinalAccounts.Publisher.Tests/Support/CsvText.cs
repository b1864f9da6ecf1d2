using System.Text;

namespace FinalAccounts.Publisher.Tests.Support;

/// <summary>
/// A CSV file as a list of rows of fields, for editing test copies: parses RFC 4180 quotes and writes fields back quoted
/// only where needed, one row per line, so line numbers stay those of the original.
/// </summary>
public sealed class CsvText
{
    private CsvText(List<List<string>> rows) => Rows = rows;

    /// <summary>All rows, the header first.</summary>
    public List<List<string>> Rows { get; }

    public List<string> Header => Rows[0];

    public static CsvText Parse(string text)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { field.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else field.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { row.Add(field.ToString()); field.Clear(); }
            else if (c == '\n' || c == '\r')
            {
                if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++;
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
            }
            else field.Append(c);
        }

        if (field.Length > 0 || row.Count > 0)
        {
            row.Add(field.ToString());
            rows.Add(row);
        }

        return new CsvText(rows);
    }

    /// <summary>The index of a header column; fails the test when there is none.</summary>
    public int Column(string header)
    {
        var i = Header.IndexOf(header);
        return i >= 0 ? i : throw new ArgumentException($"No column '{header}' in [{string.Join(",", Header)}].");
    }

    /// <summary>
    /// The index of the one data row whose first field (code or 行次), else second field (name, e.g. 合计), else third
    /// field (indicator name) equals <paramref name="key"/>.
    /// </summary>
    public int Row(string key)
    {
        for (var field = 0; field < 3; field++)
        {
            var matches = Enumerable.Range(1, Rows.Count - 1).Where(r => Rows[r].Count > field && Rows[r][field] == key).ToList();
            if (matches.Count == 1) return matches[0];
            if (matches.Count > 1) throw new ArgumentException($"Row key '{key}' matches rows {string.Join(", ", matches.Select(m => m + 1))}.");
        }

        throw new ArgumentException($"No row with key '{key}'.");
    }

    public override string ToString()
    {
        var sb = new StringBuilder();
        foreach (var row in Rows)
            sb.Append(string.Join(",", row.Select(Quote))).Append('\n');
        return sb.ToString();
    }

    private static string Quote(string field) =>
        field.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + field.Replace("\"", "\"\"") + "\"" : field;
}
