using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Filling;

/// <summary>
/// One figure <c>finacc fill</c> changes or adds: where (a data file's line and column, or a workbook's cell; a row the
/// file does not hold yet is placed at the file), which row and column in the clerk's words, the old and the new text
/// ("" for an empty cell), and whether fill writes it (a workbook's formulas are changed by hand).
/// </summary>
public sealed record FillChange(
    SourceLocation Location, string Row, string Column, string Old, string New, FillChangeKind Kind)
{
    /// <summary>The file (or workbook) the change is in, as printed.</summary>
    public string File => Location.File;
}

/// <summary>What kind of change a <see cref="FillChange"/> is.</summary>
public enum FillChangeKind
{
    /// <summary>A figure the file holds gets the value check computes.</summary>
    Figure,

    /// <summary>A 合计 or subtotal row the file leaves out is written (its values are the ones check computes).</summary>
    AddedRow,

    /// <summary>
    /// A workbook cell that should change and fill does not write: a formula, or a cell of an .xls workbook.
    /// </summary>
    WorkbookCell,

    /// <summary>
    /// A table file whose figures stay but whose form becomes the canonical one (the form's rows, amounts as 427).
    /// </summary>
    Canonical,
}
