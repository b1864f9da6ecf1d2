using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Compose.Tables;

/// <summary>What every table builder needs: the model, the layouts, the number formatter, and how to frame a table.</summary>
internal sealed class TableContext(DepartmentYear model, TableLayouts layouts, NumberFormatter formatter)
{
    public DepartmentYear Model { get; } = model;

    public TableLayouts Layouts { get; } = layouts;

    public NumberFormatter Format { get; } = formatter;

    /// <summary>The same tables printed by another part's formatter (its unit).</summary>
    public TableContext WithFormat(NumberFormatter other) => new(Model, Layouts, other);

    public TableCell Money(decimal value) => new(Format.Table(value));

    public TableCell Money(Amount value) => Money(value.Value);

    public static TableCell Text(string text, int colSpan = 1, int rowSpan = 1, bool bold = false) => new(text, colSpan, rowSpan, Bold: bold);

    public static TableCell Centered(string text, int colSpan = 1, int rowSpan = 1, bool bold = false) => new(text, colSpan, rowSpan, CellAlign.Center, bold);

    /// <summary>Frames a body with the layout: preamble (form number; department, year, unit), header rows and notes.</summary>
    public Table Frame(TableLayout layout, IReadOnlyList<TableColumn> columns, IReadOnlyList<TableRow> body, SourceLocation at, string id)
    {
        var preamble = new List<TableMetaLine>();
        if (layout.FormNumber.Length > 0) preamble.Add(new TableMetaLine("", "", layout.FormNumber));
        preamble.Add(Layouts.MetaLine(Model.Department, Format.Style.TableUnit));
        var weighted = columns.Select((c, i) => i < layout.Weights.Count ? c with { Weight = layout.Weights[i] } : c).ToList();
        return new Table(id, layout.Title, preamble, weighted, layout.Header, body, layout.Notes, layout.Wide, at);
    }

    public static IReadOnlyList<TableColumn> Columns(int textColumns, int numberColumns, CellAlign firstAlign = CellAlign.Left) =>
        Enumerable.Range(0, textColumns).Select(i => new TableColumn(i == 0 ? firstAlign : CellAlign.Left))
            .Concat(Enumerable.Range(0, numberColumns).Select(_ => new TableColumn(CellAlign.Right, 0, true))).ToList();
}
