using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Filling;

/// <summary>What <c>finacc fill</c> reports (FA7xxx).</summary>
public static class FillCodes
{
    public static readonly DiagnosticCode NotFilled = DiagnosticCode.Error("FA7001", "数据有读取错误，未填写",
        "Data with read errors: nothing filled",
        "fill 只在九张表和其他文件都能读懂时才计算：先按上面的错误改正（finacc check 列出同样的错误），再运行 finacc fill。",
        "fill computes only from data it can read: fix the errors above (finacc check lists the same), " +
        "then run finacc fill again.");

    public static readonly DiagnosticCode WorkbookCells = DiagnosticCode.Warning("FA7002", "工作簿中有格子需在 Excel 中修改",
        "Workbook cells to change in Excel",
        "fill 把数字写入 tables.xlsx 的格子，但不覆盖公式（公式本身有误，由您决定怎么改），也不能写 .xls（Excel 97-2003）文件。" +
        "请按列出的格子在 Excel 中修改；.xls 文件可另存为 tables.xlsx（删去 .xls）后再运行 finacc fill --write。",
        "fill writes figures into the cells of tables.xlsx, but never over a formula (the formula is wrong: you " +
        "decide how) and cannot write an .xls (Excel 97-2003) file. Change the cells listed in Excel; save an .xls " +
        "as tables.xlsx and run fill --write again.");

    public static readonly DiagnosticCode Unsettled = DiagnosticCode.Error("FA7003", "计算未能收敛",
        "The figures did not settle",
        "填写后的数字在多轮计算后仍在变化，未写入任何文件。请把这个部门文件夹发给维护人员。",
        "The filled figures kept changing after many rounds; nothing was written. Please send this department " +
        "folder to the maintainers.");
}
