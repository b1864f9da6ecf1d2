using System.Globalization;
using System.Text;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Samples;

/// <summary>Writes generated data files: amounts in cents as 万元 text, CSV rows, quoted YAML strings; UTF-8, LF.</summary>
internal sealed class SampleFiles(string folder)
{
    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Cents as a data-file amount: 123456 → "1234.56", 0 → "" when <paramref name="blankZero"/>.</summary>
    public static string Money(long cents, bool blankZero = true) =>
        cents == 0 && !blankZero ? "0" : DataCsv.Amount(cents / 100m);

    public static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public void Csv(string relative, string header, IEnumerable<IEnumerable<string>> rows) =>
        Write(relative, header + "\n" + string.Concat(rows.Select(r => string.Join(",", r) + "\n")));

    /// <summary>A 公开表's data file (tables/01.csv …) with its descriptor's columns as the header.</summary>
    public void Table(TableDescriptor table, IEnumerable<IEnumerable<string>> rows) =>
        Csv(CsvTableSource.FileOf(table), string.Join(",", table.Columns.Select(c => c.Name)), rows);

    public void Write(string relative, string text)
    {
        var path = Path.Combine(folder, relative.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
    }
}
