using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Audit;

/// <summary>What the audit of a finished document finds (FA9xxx), with what to do about each.</summary>
public static class AuditCodes
{
    public static readonly DiagnosticCode Unreadable = DiagnosticCode.Error("FA9001", "无法读取文档", "The document cannot be read",
        "审核的文档应为 .docx、.md 或 .txt（含文字层的 PDF 见说明）；请另存为其中一种格式再审核。",
        "Audit a .docx, .md or .txt document; save it in one of these formats and audit it again.");

    public static readonly DiagnosticCode TableMissing = DiagnosticCode.Warning("FA9002", "文档中缺少公开表", "A table is missing from the document",
        "公开表上方应有表名（如“收入决算表”）或表号（如“公开02表”）；缺表时与之相关的核对已跳过。",
        "Each table needs its title or form label above it; checks that involve a missing table were skipped.");

    public static readonly DiagnosticCode NoYear = DiagnosticCode.Error("FA9003", "找不到文档的年度", "The document's year was not found",
        "标题或表头应写明年度（如“2024年度”）。", "The title or a table's heading should name the year (such as 2024年度).");

    public static readonly DiagnosticCode PdfTableSetAside = DiagnosticCode.Warning("FA9004", "PDF 中的表格未能还原", "A table of the PDF was not reconstructed",
        "PDF 中的表格按表格线（没有线时按列位置）还原；未能还原的表不参与核对。请审核 Word 版，或用 --data 按数据核对。",
        "A PDF's tables are rebuilt from their cell rules (without rules, by column positions); one that is not is left out of the checks. " +
        "Audit the Word edition, or check against the data with --data.");

    public static readonly DiagnosticCode AmountDiffers = DiagnosticCode.Error("FA9101", "文中金额与表中不符", "An amount differs from its table",
        "按表中金额改正文字，或先改正表格。", "Correct the text to the table's amount, or correct the table first.");

    public static readonly DiagnosticCode PercentDiffers = DiagnosticCode.Error("FA9102", "百分比计算不符", "A percentage does not match its figures",
        "按给出的算式重新计算并四舍五入。", "Recompute it by the arithmetic given and round half up.");

    public static readonly DiagnosticCode ComparisonWord = DiagnosticCode.Error("FA9103", "比较用词与数字方向相反", "A comparison word contradicts the figures",
        "按两个数的大小改用“大于/小于/持平”或“增加/减少”。", "Use the word the figures give (greater/less/equal, increase/decrease).");

    public static readonly DiagnosticCode SubjectName = DiagnosticCode.Error("FA9104", "科目名称与科目表不符", "A subject name differs from the code list",
        "使用政府收支分类科目表中的规范名称。", "Use the official name from the classification code list.");

    public static readonly DiagnosticCode WrongYear = DiagnosticCode.Error("FA9105", "年度有误", "Wrong year",
        "说明的是本年度，比较的是上年度；改正年份。", "The text describes the document's year and compares with the year before; correct the year.");

    public static readonly DiagnosticCode ListIncomplete = DiagnosticCode.Error("FA9106", "列举不完整", "A list leaves out an item",
        "列举应包含表中每个非零项目。", "The list must name every item the table holds a figure for.");

    public static readonly DiagnosticCode ZeroBase = DiagnosticCode.Warning("FA9107", "基数为 0 时不应写比例", "A share of a zero base",
        "基数为 0 时该比例无意义，删去这一分句。", "A share of zero is meaningless; leave the clause out.");

    public static readonly DiagnosticCode ChangeDiffers = DiagnosticCode.Error("FA9108", "增减额与增减率不符", "A change does not match its rate",
        "按决算数和上年数重新计算增减额和增减率。", "Recompute the change and its rate from the current and prior figures.");

    public static readonly DiagnosticCode CarryOver = DiagnosticCode.Warning("FA9109", "文中结转与表中年末结转不符", "A carry-over the tables do not show",
        "文中写了结转至下年的金额，表中年末结转和结余却为 0；请向编写人核实。",
        "The text carries money over to next year but the tables' year-end carry-over is 0; ask the author.");

    public static readonly DiagnosticCode TableDiffers = DiagnosticCode.Error("FA9110", "文档中的表格与数据不符", "A table differs from the data",
        "按数据改正文档中的表格，或核实数据。", "Correct the document's table from the data, or check the data.");

    public static readonly DiagnosticCode CountDiffers = DiagnosticCode.Warning("FA9111", "同一数量前后不一致", "A count differs between two places",
        "同一事项的数量在两处写法不同（文中与自评表，或两段文字）；请向编写人核实哪一处有误，若两处所指不同可忽略。",
        "The same count is written differently in two places (text and a self-assessment form, or two texts); ask the author which is right.");

    public static readonly DiagnosticCode Wording = DiagnosticCode.Warning("FA9112", "用字或标点疑有误", "A wording or punctuation slip",
        "按提示改正；若原文无误可忽略。", "Correct it as suggested, or ignore it if the text is right.");

    public static readonly DiagnosticCode ContentsDiffer = DiagnosticCode.Warning("FA9113", "目录与正文标题不一致", "A contents entry differs from its heading",
        "目录应与正文标题一字不差；改正其中一处。", "The contents must repeat the heading word for word; correct one of them.");

    public static readonly DiagnosticCode Inconsistent = DiagnosticCode.Warning("FA9114", "表述前后不一致或重复", "Inconsistent or repeated wording",
        "全文应统一自称（如“本部门”），同一句话不必紧挨着说两遍。", "Refer to the department one way throughout, and do not say the same sentence twice in a row.");

    public static readonly DiagnosticCode NotUnderstood = DiagnosticCode.Info("FA9201", "含数字的句子未能解析", "A sentence with figures was not understood",
        "该句未核对；请人工核对。", "The sentence was not checked; check it by hand.");
}
