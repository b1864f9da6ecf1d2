using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input.Workbooks;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input;

/// <summary>Reads a department-year folder (data/&lt;year&gt;/&lt;id&gt;/) into the model, reporting every problem in one pass.</summary>
public sealed class DepartmentLoader
{
    private readonly Dictionary<string, (ReferenceLists? Lists, DiagnosticBag Diagnostics)> referenceCache = new(StringComparer.Ordinal);
    private readonly Lock cacheLock = new();

    /// <summary>Reads the folder at <paramref name="path"/> (as the user wrote it), with prior-year.yaml as the prior year.</summary>
    public LoadResult Load(string path, CancellationToken cancellationToken = default) => Load(path, null, cancellationToken);

    /// <summary>
    /// Reads the folder at <paramref name="path"/> (as the user wrote it); the prior-year figures come from
    /// <paramref name="priorYear"/>, the prior year's folder read and checked (<see cref="PriorYearFolder"/>), when given.
    /// </summary>
    public LoadResult Load(string path, LoadResult? priorYear, CancellationToken cancellationToken = default)
    {
        var folder = DataFolder.FromArgument(path);
        var bag = new DiagnosticBag();
        var unavailable = new HashSet<string>(StringComparer.Ordinal);
        if (!Directory.Exists(folder.FullPath))
        {
            bag.Report(InputCodes.MissingFile, SourceLocation.OfFile(folder.DisplayPath), $"找不到部门文件夹 {new OwnText(folder.DisplayPath)}。",
                $"Department folder {new OwnText(folder.DisplayPath)} not found.");
            return new LoadResult(folder, null, bag, unavailable);
        }

        if (LinkGuard.RefusesFolder(folder, bag)) return new LoadResult(folder, null, bag, unavailable);
        var department = DepartmentInfoReader.Read(folder, bag, unavailable);
        folder = folder with { Unit = department.AmountUnit };
        var reference = LoadReference(folder, department.Year, bag);
        if (reference is null) return new LoadResult(folder, null, bag, unavailable);
        cancellationToken.ThrowIfCancellationRequested();

        var source = TableSources.For(folder, bag, cancellationToken);
        var tables = PublicTableReader.ReadAll(source, reference, bag, unavailable);
        if (tables.All(t => t.IsEmpty && !unavailable.Contains(t.Source.ToString())))
            bag.Report(InputCodes.TablesEmpty, source.SourceOf(PublicTables.T01).Source with { Part = null, Line = 0, Column = 0 },
                "九张公开表中还没有任何金额。", "The nine tables hold no figures yet.", toDo: "公开01表 … 公开09表");
        var chain = PriorYearFolder.Chain(priorYear, tables, bag);
        var sheet = (source as WorkbookTableSource)?.PriorYear(bag);
        var model = Model(folder, department, tables, reference, bag, unavailable, chain, sheet);
        FolderInventory.Report(folder, bag);
        CarriedTexts.Report(folder, department.Year.Value, bag);
        return new LoadResult(folder, model, bag, unavailable);
    }

    /// <summary>
    /// The model of a department-year from its tables and department, with every other part read from
    /// <paramref name="folder"/> (a part whose file is missing stands in empty and its file is listed as unavailable).
    /// </summary>
    internal static DepartmentYear Model(DataFolder folder, Department department, IReadOnlyList<PublicTableData> tables,
        ReferenceLists reference, DiagnosticBag bag, ISet<string> unavailable, ChainedYear? chain = null,
        YamlMap? priorYearSheet = null) =>
        new(folder.DisplayPath,
            department,
            tables,
            BudgetExecutionReader.Read(folder, reference.Functional, bag, unavailable),
            PriorYearReader.Read(folder, bag, unavailable, chain, priorYearSheet),
            NarrativeReader.ReadExplanations(folder, bag, unavailable),
            NarrativeReader.ReadThreePublic(folder, bag, unavailable),
            NarrativeReader.ReadOperatingFunds(folder, bag, unavailable),
            NarrativeReader.ReadProcurement(folder, bag, unavailable),
            NarrativeReader.ReadAssets(folder, bag, unavailable),
            PerformanceReader.Read(folder, bag, unavailable),
            KeyWorkReader.Read(folder, bag, unavailable),
            reference,
            Sources(folder, priorYearSheet));

    /// <summary>The files the parts besides the tables are read from (the prior year: the workbook's 上年数 sheet when it is read).</summary>
    private static Dictionary<InputPart, SourceLocation> Sources(DataFolder folder, YamlMap? priorYearSheet)
    {
        SourceLocation At(string file) => SourceLocation.OfFile(folder.Display(file));
        return new()
        {
            [InputPart.PriorYear] = priorYearSheet?.Location ?? At(NarrativeReader.PriorYearFile), [InputPart.Explanations] = At(NarrativeReader.ExplanationsFile),
            [InputPart.ThreePublicDetails] = At(NarrativeReader.ThreePublicFile), [InputPart.OperatingFunds] = At(NarrativeReader.OperatingFundsFile),
            [InputPart.Procurement] = At(NarrativeReader.ProcurementFile), [InputPart.Assets] = At(NarrativeReader.AssetsFile),
            [InputPart.BudgetExecution] = At(BudgetExecutionReader.File), [InputPart.PerformanceOverview] = At(PerformanceReader.OverviewFile),
        };
    }

    private ReferenceLists? LoadReference(DataFolder folder, Located<int> year, DiagnosticBag bag)
    {
        if (year.Value == 0) return null;
        var location = ReferenceLocator.Find(folder, year.Value);
        if (location is null)
        {
            bag.Report(InputCodes.ReferenceMissing, year.Location, $"找不到 {year.Value} 年度（或更早年度）的参考科目表 data/reference/<年度>/。",
                $"No reference code lists for {year.Value} or earlier under data/reference/<year>/.");
            return null;
        }

        (ReferenceLists? Lists, DiagnosticBag Diagnostics) cached;
        lock (cacheLock)
        {
            if (!referenceCache.TryGetValue(location.FullPath, out cached))
            {
                var refBag = new DiagnosticBag();
                cached = (ReferenceListReader.Read(location, refBag), refBag);
                referenceCache[location.FullPath] = cached;
            }
        }

        bag.AddRange(cached.Diagnostics.Items);
        return cached.Diagnostics.HasErrors ? null : cached.Lists;
    }
}
