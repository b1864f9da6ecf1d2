using System.Globalization;
using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// The model of a department-year as a finished document gives it: the nine tables read from the document through
/// the descriptors, the year and department from its title, the code lists of that year; the parts a document does
/// not hold as tables (budget execution, prior year, narrative inputs) stand in empty and are marked unavailable, so
/// the checks that need them are skipped rather than misreported.
/// </summary>
public static partial class DocumentModel
{
    /// <summary>How many text blocks from the top may hold the document's year.</summary>
    private const int TitleBlocks = 12;

    public static LoadResult Load(ReadDocument document, string referenceFolder, DiagnosticBag bag)
    {
        var unavailable = new HashSet<string>(StringComparer.Ordinal);
        var here = new DataFolder(document.File, Path.Combine(Path.GetTempPath(), "finacc-audit-none", Guid.Empty.ToString("N")));
        var year = Year(document);
        if (year is null)
        {
            bag.Report(AuditCodes.NoYear, SourceLocation.OfFile(document.File), "文档开头没有写明年度（如“2024年度”）。",
                "The start of the document names no year (such as 2024年度).");
            return new LoadResult(here, null, bag, unavailable);
        }

        var referenceRoot = Path.GetDirectoryName(Path.GetFullPath(referenceFolder)) ?? ".";
        var yearText = year.Value.Value.ToString(CultureInfo.InvariantCulture);
        var anchor = new DataFolder("", Path.Combine(referenceRoot, yearText, "document")) { Root = referenceRoot };
        var lists = ReferenceLocator.Find(anchor, year.Value.Value) is { } folder ? ReferenceListReader.Read(folder, bag) : null;
        if (lists is null)
        {
            bag.Report(InputCodes.ReferenceMissing, year.Value.Location, $"找不到 {year.Value.Value} 年度（或更早年度）的参考科目表。",
                $"No reference code lists for {year.Value.Value} or earlier.");
            return new LoadResult(here, null, bag, unavailable);
        }

        var source = new DocumentTableSource(document);
        var tables = PublicTableReader.ReadAll(source, lists, bag, unavailable);
        var name = DepartmentName(document);
        var department = new Department("document", year.Value, new(name, year.Value.Location), new(name, year.Value.Location),
            new("", SourceLocation.None), new("", SourceLocation.None), [], new("", SourceLocation.None), new("", SourceLocation.None),
            new(new DateOnly(year.Value.Value + 1, 1, 1), SourceLocation.None), new(new DateOnly(year.Value.Value + 1, 1, 1), SourceLocation.None));
        // The parts a document does not hold as tables stand in empty: read from a folder that does not exist, their
        // problems set aside, their files listed as unavailable so the checks that need them are skipped.
        var model = DepartmentLoader.Model(here, department, tables, lists, new DiagnosticBag(), unavailable);
        return new LoadResult(here, model, bag, unavailable);
    }

    /// <summary>The year the document's title (or first lines) names: "2024 年度…", at its paragraph.</summary>
    public static Located<int>? Year(ReadDocument document)
    {
        foreach (var block in document.Blocks.Take(TitleBlocks * 4))
            if (ReadDocument.TextOf(block) is { } text && YearOf().Match(text) is { Success: true } m)
                return new Located<int>(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), block.Location);
        return null;
    }

    private static string DepartmentName(ReadDocument document)
    {
        foreach (var block in document.Blocks)
            if (ReadDocument.TextOf(block) is { } text && DepartmentLine().Match(text) is { Success: true } m)
                return m.Groups[1].Value.Trim();
        return "";
    }

    [GeneratedRegex(@"(20[0-9]{2})\s*年度")]
    private static partial Regex YearOf();

    [GeneratedRegex(@"^部门[：:]\s*([^\t　 ]+)")]
    private static partial Regex DepartmentLine();
}
