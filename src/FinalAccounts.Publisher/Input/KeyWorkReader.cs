using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Input;

/// <summary>Reads 第四部分: key-work.md and the table key-work.csv.</summary>
internal static class KeyWorkReader
{
    public const string TextFile = "key-work.md";
    public const string TableFile = "key-work.csv";

    public static KeyWork Read(DataFolder folder, DiagnosticBag bag, ISet<string> unavailable)
    {
        var text = TextFileReader.ReadText(folder, TextFile, required: true, bag);
        if (text is null) unavailable.Add(folder.Display(TextFile));
        var file = CsvFileReader.Read(folder, TableFile, DataFileColumns.KeyWorkColumns, required: true, bag);
        if (file is null) unavailable.Add(folder.Display(TableFile));
        var c = DataFileColumns.KeyWorkColumns;
        var rows = file?.Records.Select(r => new KeyWorkRow(T(r, c[0]), T(r, c[1]), T(r, c[2]), T(r, c[3]), file.At(r))).ToList() ?? [];
        return new KeyWork(new Located<string>(text ?? "", new SourceLocation(folder.Display(TextFile), 1, 1)), rows);

        Located<string> T(CsvRecord r, string column) => new(file!.Get(r, column), file.At(r, column));
    }
}
