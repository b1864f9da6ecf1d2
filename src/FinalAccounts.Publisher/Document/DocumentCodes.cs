using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Document;

/// <summary>Problems found while reading Markdown into the document tree (FA61xx).</summary>
public static class DocumentCodes
{
    public static readonly DiagnosticCode Unsupported = new("FA6101", Severity.Warning, new("不支持的内容", "Unsupported content"),
        new("模板只能使用标题、段落、列表、加粗/倾斜和“:::”指令；HTML、引用、代码块等不会出现在公开文件中。",
            "Templates may use headings, paragraphs, lists, bold/italic and ':::' directives; HTML, quotes and code blocks are left out."));

    public static readonly DiagnosticCode TooComplex = DiagnosticCode.Error("FA6103", "Markdown 过长或嵌套过深",
        "Markdown too long or too deeply nested",
        "公开文件中的列表、引用只嵌套几层，一段中的加粗、倾斜也不会有上千处：请检查是否误粘贴了大量符号或空格，或把内容分段。",
        "A disclosure nests lists and quotes a few levels deep and has nowhere near a thousand bold or italic marks in one "
        + "paragraph: look for pasted symbols or spaces, or split the text.");

    public static readonly DiagnosticCode DataMarkdown = DiagnosticCode.Error("FA6104", "数据中的 Markdown 不能用于公开文件",
        "Markdown in the data that the document cannot use",
        "key-work.md 中可以写：## 至 ##### 标题、段落（空一行分段）、**加粗**、*倾斜*、列表（- 或 1. 开头）和网页链接；"
        + "不能写 HTML 标签、“:::”指令、引用（>）、代码块、图片、分隔线和嵌套列表（见 data/README.md）。",
        "key-work.md may hold headings ## to #####, paragraphs (a blank line between), **bold**, *italic*, lists (- or 1.) "
        + "and web links; not HTML tags, ':::' directives, quotes (>), code blocks, images, rules or nested lists (see data/README.md).");

    public static readonly DiagnosticCode UnknownMarkdown = DiagnosticCode.Error("FA6105", "无法识别的 Markdown 内容",
        "Markdown the reader has no rule for",
        "这是工具的缺陷（Markdown 解析器产生了本工具不认识的内容）：请把这条信息报告给维护人员；暂时可改写这一处的写法。",
        "A defect of the tool (the Markdown parser produced something it has no rule for): report it; meanwhile write this "
        + "place differently.");
}
