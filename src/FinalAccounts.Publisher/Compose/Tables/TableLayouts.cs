using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Compose.Tables;

/// <summary>
/// Reads tables.yaml of a style: the house frame of each table and the labels of the self-assessment forms. A 公开表's
/// title, form number, header and 栏次 come from its descriptor; the style gives its notes, landscape hint and column
/// weights (a 公开表 the file leaves out gets none). Other tables (key-work) are framed wholly here: a header cell is
/// written <c>文字</c>, <c>文字|c3</c> (three columns) or <c>文字|r2</c> (two rows).
/// </summary>
public sealed class TableLayouts(IReadOnlyDictionary<string, TableLayout> tables, IReadOnlyDictionary<string, string> formLabels)
{
    public const string File = "tables.yaml";

    /// <summary>What a 公开表's descriptor owns and tables.yaml may not restate.</summary>
    private static readonly string[] Official = ["title", "form", "header", "numbers"];

    public TableLayout? Find(string key) => tables.TryGetValue(key, out var t) ? t : null;

    /// <summary>
    /// The line above every 公开表: 部门：…, 2024年度, 单位：万元 (the style's department, period and unit labels; the unit
    /// is the style's table unit).
    /// </summary>
    public TableMetaLine MetaLine(Model.Department department, Model.AmountUnit unit) => new(
        Label("department").Replace("{department}", department.Name.Value),
        Label("period").Replace("{year}", department.Year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        Label("unit").Replace("{unit}", unit.Name));

    /// <summary>A form label; unknown keys give the key itself so a missing label shows instead of vanishing.</summary>
    public string Label(string key) => formLabels.TryGetValue(key, out var t) ? t : key;

    public static TableLayouts Read(HouseStyle style, DiagnosticBag bag)
    {
        var tables = new Dictionary<string, TableLayout>(StringComparer.Ordinal);
        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        var folder = style.TemplateFolders.FirstOrDefault(f => System.IO.File.Exists(Path.Combine(f, File)));
        if (folder is null)
            bag.Report(ComposeCodes.MissingTemplates, SourceLocation.OfFile(File), $"样式“{style.Name}”缺少 {File}。", $"Style '{style.Name}' has no {File}.");
        else if (YamlFileReader.Read(new DataFolder(Path.GetRelativePath(Environment.CurrentDirectory, folder).Replace('\\', '/'), folder), File,
                     required: true, bag) is { } y)
        {
            if (y.Map("tables") is { } t)
            {
                foreach (var key in t.Keys.ToList())
                    if (t.Map(key) is { } m)
                        tables[key] = PublicTables.Find(key) is { } descriptor ? ReadPublic(descriptor, m) : ReadTable(key, m);
                t.Done();
            }

            if (y.Map("form_labels") is { } f)
                foreach (var (key, value) in f.TextPairs())
                    labels[key.Value] = value.Value;
            y.Done();
        }

        foreach (var descriptor in PublicTables.All) tables.TryAdd(descriptor.Key, Frame(descriptor, [], false, []));
        return new TableLayouts(tables, labels);
    }

    /// <summary>A 公开表's frame: the descriptor's title, form label, header rows and 栏次 row, with the style's notes, landscape hint and weights.</summary>
    public static TableLayout Frame(TableDescriptor table, IReadOnlyList<string> notes, bool wide, IReadOnlyList<double> weights)
    {
        var header = table.HeaderRows()
            .Select(r => new TableRow(r.Select(c => new TableCell(c.Text, c.ColSpan, c.RowSpan, CellAlign.Center)).ToList(), TableRowKind.Header))
            .ToList();
        if (table.HasColumnNumbers)
            header.Add(new TableRow(table.ColumnNumbers.Select(n => new TableCell(n, 1, 1, CellAlign.Center)).ToList(), TableRowKind.ColumnNumbers));
        return new TableLayout(table.Key, table.Title, table.FormLabel, header, notes, wide, weights);
    }

    private static TableLayout ReadPublic(TableDescriptor table, YamlMap m)
    {
        m.Refuse(Official, ComposeCodes.Style, key => new(
            $"{table.FormLabel}的“{key}”（标题、表号、表头和栏次）按官方表样由程序给出，tables.yaml 中不再填写；请删去这一项。",
            $"The '{key}' of {table.FormLabel} (title, form number, header, 栏次) follows the official form and is not set in tables.yaml; remove it."));
        var layout = Frame(table, Notes(m), HouseStyleReader.Bool(m, "wide", false), Weights(m));
        m.Done();
        return layout;
    }

    private static TableLayout ReadTable(string key, YamlMap m)
    {
        var header = new List<TableRow>();
        foreach (var row in Rows(m, "header")) header.Add(new TableRow(row, TableRowKind.Header));
        foreach (var row in Rows(m, "numbers")) header.Add(new TableRow(row, TableRowKind.ColumnNumbers));
        var layout = new TableLayout(key, m.Text("title").Value, m.Text("form", required: false).Value, header, Notes(m),
            HouseStyleReader.Bool(m, "wide", false), Weights(m));
        m.Done();
        return layout;
    }

    private static IReadOnlyList<string> Notes(YamlMap m) => m.TextList("notes", required: false).Select(n => n.Value).ToList();

    private static IReadOnlyList<double> Weights(YamlMap m) => m.TextList("weights", required: false)
        .Select(w => double.TryParse(w.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var d) ? d : 1)
        .ToList();

    private static IEnumerable<IReadOnlyList<TableCell>> Rows(YamlMap m, string key) =>
        m.RawRows(key).Select(r => (IReadOnlyList<TableCell>)r.Select(Cell).ToList());

    private static TableCell Cell(string text)
    {
        var parts = text.Split('|');
        int col = 1, row = 1;
        foreach (var p in parts.Skip(1))
        {
            if (p.StartsWith('c') && int.TryParse(p[1..], out var c)) col = c;
            if (p.StartsWith('r') && int.TryParse(p[1..], out var r)) row = r;
        }

        return new TableCell(parts[0], col, row, CellAlign.Center);
    }
}
