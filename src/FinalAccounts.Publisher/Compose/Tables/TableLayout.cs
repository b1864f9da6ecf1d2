using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Compose.Tables;

/// <summary>
/// The printed frame of a table from tables.yaml: title, form number (公开01表), header rows with merged cells, the 栏次
/// row, note lines, the landscape hint and column width weights. The body comes from the data.
/// </summary>
public sealed record TableLayout(
    string Key,
    string Title,
    string FormNumber,
    IReadOnlyList<TableRow> Header,
    IReadOnlyList<string> Notes,
    bool Wide,
    IReadOnlyList<double> Weights);
