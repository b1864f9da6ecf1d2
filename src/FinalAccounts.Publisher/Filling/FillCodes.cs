using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Filling;

/// <summary>What <c>finacc fill</c> reports (FA7xxx).</summary>
public static class FillCodes
{
    public static readonly DiagnosticCode NotFilled = DiagnosticCode.Error("FA7001", "数据有读取错误，未填写", "Data with read errors: nothing filled",
        "fill 只在九张表和其他文件都能读懂时才计算：先按上面的错误改正（finacc check 列出同样的错误），再运行 finacc fill。",
        "fill computes only from data it can read: fix the errors above (finacc check lists the same), then run finacc fill again.");

    public static readonly DiagnosticCode WorkbookCells = DiagnosticCode.Warning("FA7002", "工作簿中的合计、小计请在 Excel 中改",
        "Totals in the workbook are changed in Excel",
        "fill 不改写工作簿：它是从决算软件导出、由您在 Excel 中维护的文件，改写可能丢失其中的公式、格式和批注。请按列出的格子在 Excel 中修改；" +
        "或用 finacc import 把工作簿转换为 CSV 文件后再运行 finacc fill --write。",
        "fill does not rewrite a workbook: it is exported from the final-accounts software and kept in Excel, and rewriting it could " +
        "lose its formulas, formats and comments. Change the cells listed in Excel, or convert it with finacc import and run fill --write.");

    public static readonly DiagnosticCode Unsettled = DiagnosticCode.Error("FA7003", "计算未能收敛", "The figures did not settle",
        "填写后的数字在多轮计算后仍在变化，未写入任何文件。请把这个部门文件夹发给维护人员。",
        "The filled figures kept changing after many rounds; nothing was written. Please send this department folder to the maintainers.");
}
