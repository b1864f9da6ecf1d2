using System.IO.Compression;
using System.Xml;

namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>
/// Reads the sheets of an .xlsx (Office Open XML, transitional or strict) straight from its zip parts with an
/// <see cref="XmlReader"/>: cell values, formulas' cached results and error values, shared and inline strings, merged
/// areas and hidden columns. Measured 10–20 times faster than ExcelDataReader, MiniExcel or the OpenXML SDK on a
/// nine-table workbook, and unlike ExcelDataReader it tells a formula without a cached value and an error value from a
/// blank cell (README, "Workbooks"). Throws <see cref="InvalidDataException"/> or <see cref="XmlException"/> on a
/// damaged file.
/// </summary>
internal static class XlsxReader
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        MaxCharactersInDocument = InputLimits.WorkbookPartBytes,
    };

    public static IReadOnlyList<Worksheet> Read(Stream stream, CancellationToken cancellationToken)
    {
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read, leaveOpen: true);
        var workbookPath = Target(zip, "_rels/.rels", "", t => t.EndsWith("/officeDocument", StringComparison.Ordinal))
                           ?? "xl/workbook.xml";
        var folder = workbookPath.Contains('/') ? workbookPath[..(workbookPath.LastIndexOf('/') + 1)] : "";
        var relsPath = folder + "_rels/" + workbookPath[folder.Length..] + ".rels";
        var targets = Relationships(zip, relsPath, folder);
        var strings = targets.Values.Where(t => t.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Select(t => t.Path)
            .FirstOrDefault() is { } sst ? SharedStrings(Open(zip, sst)) : [];
        var sheets = new List<Worksheet>();
        foreach (var (name, id) in SheetList(Open(zip, workbookPath)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!targets.TryGetValue(id, out var target))
                throw new InvalidDataException($"sheet '{name}' has no part");
            sheets.Add(Sheet(name, Open(zip, target.Path), strings));
        }

        return sheets;
    }

    private static XmlReader Open(ZipArchive zip, string path)
    {
        var entry = zip.GetEntry(path) ?? throw new InvalidDataException($"part {path} is missing");
        if (entry.Length > InputLimits.WorkbookPartBytes) throw new WorkbookTooLargeException(path, entry.Length);
        return XmlReader.Create(entry.Open(), Settings);
    }

    private static string? Target(ZipArchive zip, string relsPath, string folder, Func<string, bool> type) =>
        zip.GetEntry(relsPath) is null ? null : Relationships(zip, relsPath, folder).Values.FirstOrDefault(r => type(r.Type)).Path;

    private static Dictionary<string, (string Type, string Path)> Relationships(ZipArchive zip, string relsPath, string folder)
    {
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        using var x = Open(zip, relsPath);
        while (x.Read())
        {
            if (x.NodeType != XmlNodeType.Element || x.LocalName != "Relationship") continue;
            var target = (x.GetAttribute("Target") ?? "").Replace('\\', '/');
            var path = target.StartsWith('/') ? target[1..] : Normalise(folder + target);
            result[x.GetAttribute("Id") ?? ""] = (x.GetAttribute("Type") ?? "", path);
        }

        return result;
    }

    /// <summary>Resolves "xl/worksheets/../x.xml" to "xl/x.xml".</summary>
    private static string Normalise(string path)
    {
        var parts = new List<string>();
        foreach (var p in path.Split('/'))
            if (p == "..") { if (parts.Count > 0) parts.RemoveAt(parts.Count - 1); }
            else if (p is not ("." or "")) parts.Add(p);
        return string.Join('/', parts);
    }

    private static List<(string Name, string Id)> SheetList(XmlReader x)
    {
        using var reader = x;
        var sheets = new List<(string, string)>();
        while (x.Read())
        {
            if (x.NodeType != XmlNodeType.Element || x.LocalName != "sheet") continue;
            string name = x.GetAttribute("name") ?? "", id = "";
            while (x.MoveToNextAttribute())
                if (x.LocalName == "id" && x.Prefix.Length > 0) id = x.Value;
            sheets.Add((name, id));
        }

        return sheets;
    }

    private static string[] SharedStrings(XmlReader x)
    {
        using var reader = x;
        var strings = new List<string>();
        while (!x.EOF)
            if (x.NodeType == XmlNodeType.Element && x.LocalName == "si") strings.Add(RichText(x));
            else x.Read();
        return [.. strings];
    }

    /// <summary>
    /// The text of an &lt;si&gt; or &lt;is&gt; element: its &lt;t&gt; runs, without phonetic guides (&lt;rPh&gt;).
    /// Called on the element's start; leaves the reader after its end.
    /// </summary>
    private static string RichText(XmlReader x)
    {
        if (x.IsEmptyElement)
        {
            x.Read();
            return "";
        }

        var depth = x.Depth;
        var text = new System.Text.StringBuilder();
        x.Read();
        while (!x.EOF && x.Depth > depth)
        {
            if (x.NodeType == XmlNodeType.Element && x.LocalName == "rPh") x.Skip();
            else if (x.NodeType == XmlNodeType.Element && x.LocalName == "t") text.Append(x.ReadElementContentAsString());
            else x.Read();
        }

        x.Read();
        return text.ToString();
    }

    private static Worksheet Sheet(string name, XmlReader x, string[] strings)
    {
        using var reader = x;
        var sheet = new WorksheetBuilder(name);
        int row = 0, column = 0;
        while (!x.EOF && !sheet.IsFull)
        {
            if (x.NodeType != XmlNodeType.Element)
            {
                x.Read();
                continue;
            }

            switch (x.LocalName)
            {
                case "col" when x.GetAttribute("hidden") is "1" or "true":
                    sheet.HideColumns(Number(x.GetAttribute("min")), Number(x.GetAttribute("max")));
                    break;
                case "row":
                    row = x.GetAttribute("r") is { } r ? Number(r) : row + 1;
                    column = 0;
                    break;
                case "c":
                    column = x.GetAttribute("r") is { } reference && CellReference.Parse(reference) is var (_, c) ? c : column + 1;
                    sheet.Set(row, column, Cell(x, strings));
                    continue;
                case "mergeCell" when CellRange.Parse(x.GetAttribute("ref") ?? "") is { } range:
                    sheet.Merge(range);
                    break;
            }

            x.Read();
        }

        return sheet.Build();
    }

    /// <summary>A &lt;c&gt; element's content; called on its start, leaves the reader after its end.</summary>
    private static SheetCell Cell(XmlReader x, string[] strings)
    {
        var type = x.GetAttribute("t") ?? "n";
        if (x.IsEmptyElement)
        {
            x.Read();
            return SheetCell.Empty;
        }

        var depth = x.Depth;
        string? value = null, inline = null;
        var formula = false;
        x.Read();
        while (!x.EOF && x.Depth > depth)
        {
            if (x.NodeType != XmlNodeType.Element) x.Read();
            else if (x.LocalName == "v") value = x.ReadElementContentAsString();
            else if (x.LocalName == "is") inline = RichText(x);
            else
            {
                formula |= x.LocalName == "f";
                x.Skip();
            }
        }

        x.Read();
        if (type == "inlineStr") return new SheetCell(SheetCellKind.Text, inline ?? "", formula);
        if (value is null) return formula ? new SheetCell(SheetCellKind.Uncomputed, "", true) : SheetCell.Empty;
        return type switch
        {
            "s" when int.TryParse(value, out var i) && i >= 0 && i < strings.Length => new SheetCell(SheetCellKind.Text, strings[i], formula),
            "s" => throw new InvalidDataException($"shared string {value} does not exist"),
            "e" => new SheetCell(SheetCellKind.Error, value.Trim(), formula),
            "n" => new SheetCell(SheetCellKind.Number, value.Trim(), formula),
            "b" => new SheetCell(SheetCellKind.Text, value.Trim() == "1" ? "TRUE" : "FALSE", formula),
            _ => new SheetCell(SheetCellKind.Text, value, formula),
        };
    }

    private static int Number(string? text) => int.TryParse(text, out var n) ? n : 0;
}
