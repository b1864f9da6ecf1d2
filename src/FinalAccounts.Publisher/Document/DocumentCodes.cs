using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Document;

/// <summary>Problems found while building or writing the document tree (FA61xx).</summary>
public static class DocumentCodes
{
    public static readonly DiagnosticCode Unsupported = new("FA6101", Severity.Warning, new("不支持的内容", "Unsupported content"),
        new("模板只能使用标题、段落、列表、加粗/倾斜和“:::”指令；HTML、引用、代码块等不会出现在公开文件中。",
            "Templates may use headings, paragraphs, lists, bold/italic and ':::' directives; HTML, quotes and code blocks are left out."));
}
