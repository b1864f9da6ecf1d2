using System.Globalization;
using System.Text;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// Writes a table as the data files hold it, byte for byte the form <see cref="CsvFileReader"/> reads: UTF-8 without a
/// byte order mark, LF line ends, the descriptor's column names as the header, a field quoted only when it holds a
/// comma, a quote or a line break. The same rows always give the same bytes.
/// </summary>
public static class DataCsv
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    public static byte[] Bytes(TableDescriptor table, IEnumerable<IReadOnlyList<string>> rows)
    {
        var text = new StringBuilder();
        Line(text, table.Columns.Select(c => c.Name).ToList());
        foreach (var row in rows) Line(text, row);
        return Utf8.GetBytes(text.ToString());
    }

    /// <summary>An amount as the data files write it: 26864.63, 3489, 308.2; zero as an empty cell.</summary>
    public static string Amount(decimal value) => value == 0m ? "" : value.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>
    /// A table's canonical data file: every record of the model (the subtotals and 合计 the tool computed included), its
    /// amounts in <paramref name="unit"/>. What <c>finacc fill</c>, <c>finacc import</c> of an exported workbook, the
    /// sample generator and the open data write, so that they all agree byte for byte.
    /// </summary>
    public static byte[] Bytes(PublicTableData table, AmountUnit unit) =>
        Bytes(table.Table, table.Records().Select(r => (IReadOnlyList<string>)[.. r.Texts, .. r.Amounts.Select(a => Amount(unit.FromWanYuan(a.Value)))]));

    /// <summary>The rows a reader found, as the data file writes them.</summary>
    public static byte[] Bytes(TableInput input) => Bytes(input.Table, input.Rows.Select(r => r.Cells.Select(c => c.Text).ToList()));

    private static void Line(StringBuilder text, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0) text.Append(',');
            var f = fields[i];
            if (f.AsSpan().IndexOfAny(",\"\r\n") >= 0) text.Append('"').Append(f.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else text.Append(f);
        }

        text.Append('\n');
    }
}
