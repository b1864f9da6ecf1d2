using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Input.Workbooks;
using FinalAccounts.Publisher.Portal;

namespace FinalAccounts.Publisher.Filling;

/// <summary>
/// <c>finacc fill</c>: writes back into a department's data files what check computes (<see cref="FillableFigures"/>),
/// so that one changed leaf figure costs one edit and one fill. It works on a copy of the folder
/// (<see cref="FillRounds"/>: check, write each computed figure where check found it, again until check asks for none —
/// a 项's total, then its 款, its 类, the 合计, 决算数 and the forms, each from the checks' own sums: nothing is computed
/// twice). The tables are then written in their canonical form (<see cref="CanonicalTables"/>: every subtotal row,
/// amounts as 26864.63), the other files changed only at the figures that changed. Figures that are inputs are never
/// changed. Nothing is written without <c>write</c>; with it, each changed file atomically, and an unchanged file is
/// left untouched. A department kept as a workbook gets the figures written into its cells
/// (<see cref="WorkbookCells"/>; formulas and .xls workbooks are listed for the clerk to change in Excel).
/// </summary>
public static class DataFill
{
    public static FillResult Run(string path, bool write, CancellationToken cancellationToken = default)
    {
        var bag = new DiagnosticBag();
        var loader = new DepartmentLoader();
        // The prior year's folder, when there is one, gives the prior-year figures as it does for check.
        var prior = DataCheck.PriorYear(loader, path, cancellationToken);
        var original = loader.Load(path, prior, cancellationToken);
        var folder = original.Folder;
        var at = SourceLocation.OfFile(folder.DisplayPath);
        var name = new OwnText(folder.DisplayPath);
        if (original.Model is not { } model || original.Diagnostics.HasErrors)
        {
            bag.AddRange(original.Diagnostics.Items.Where(d => d.Severity == Severity.Error));
            if (original.Model is not null)
                bag.Report(FillCodes.NotFilled, at, $"{name} 有读取错误，未填写。", $"{name} has read errors: nothing filled.");
            return new FillResult(bag, [], [], false, 0);
        }

        var workbook = WorkbookTableSource.FileNames.FirstOrDefault(folder.Exists);
        var root = Directory.CreateTempSubdirectory("finacc-fill-").FullName;
        try
        {
            var rounds = FillRounds.Run(loader, WorkingCopy.Make(folder, model, workbook, root), prior, cancellationToken);
            if (rounds is null)
            {
                bag.Report(FillCodes.Unsettled, at, $"{name} 的数字未能收敛。", $"The figures of {name} did not settle.");
                return new FillResult(bag, [], [], false, 0);
            }

            var filled = rounds.Final.Model!;
            var files = new List<(string Relative, byte[] Bytes)>();
            if (workbook is null) files.AddRange(CanonicalTables.Files(filled));
            files.AddRange(rounds.OtherFiles.Select(f => (f, File.ReadAllBytes(rounds.Work.Full(f)))));
            files.RemoveAll(f => folder.Exists(f.Relative) &&
                                 File.ReadAllBytes(folder.Full(f.Relative)).AsSpan().SequenceEqual(f.Bytes));

            var changes = TableChanges.Between(model, filled, workbook is not null)
                .Concat(rounds.Changes(folder)).ToList();
            if (workbook is not null)
            {
                var cells = changes.Where(c => c.Kind == FillChangeKind.WorkbookCell).ToList();
                var (bytes, left) = WorkbookCells.Write(folder.Full(workbook), cells);
                if (bytes is not null) files.Add((workbook, bytes));
                changes = changes
                    .Select(c => c.Kind != FillChangeKind.WorkbookCell || left.Contains(c)
                        ? c
                        : c with { Kind = FillChangeKind.Figure })
                    .ToList();
            }

            changes.AddRange(files.Select(f => folder.Display(f.Relative)).Where(f => changes.All(c => c.File != f))
                .Select(f => new FillChange(SourceLocation.OfFile(f), "", "", "", "", FillChangeKind.Canonical)));
            var unwritten = changes.Count(c => c.Kind == FillChangeKind.WorkbookCell);
            if (unwritten > 0)
                bag.Report(FillCodes.WorkbookCells, SourceLocation.OfFile(folder.Display(workbook!)),
                    $"工作簿中有 {unwritten} 个格子应修改（见上面列出的格子），fill 没有写入：它们是公式，或工作簿是 .xls 文件。",
                    $"{unwritten} cells of the workbook should change (listed above) and were not written: " +
                    "formulas, or an .xls workbook.");
            foreach (var (relative, bytes) in write ? files : [])
            {
                cancellationToken.ThrowIfCancellationRequested();
                AtomicFile.Write(folder.Full(relative), bytes);
            }

            var ordered = changes.OrderBy(c => c.File, StringComparer.Ordinal)
                .ThenBy(c => c.Location.Line).ThenBy(c => c.Location.Column).ToList();
            var written = files.Select(f => folder.Display(f.Relative)).Order(StringComparer.Ordinal).ToList();
            var remaining = rounds.Final.Diagnostics.Items.Count(d => d.Severity == Severity.Error);
            return new FillResult(bag, ordered, written, write && files.Count > 0, remaining);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
