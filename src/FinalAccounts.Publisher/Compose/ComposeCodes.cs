using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Compose;

/// <summary>Problems with templates, styles and directives (FA5xxx).</summary>
public static class ComposeCodes
{
    public static readonly DiagnosticCode TemplateSyntax = DiagnosticCode.Error("FA5001", "模板语法错误", "Template syntax error",
        "检查 {{ }} 是否成对、if/for 是否有对应的 end、函数名是否拼写正确（见 templates/README.md）。",
        "Check that {{ }} pair up, every if/for has its end, and function names are spelled right (see templates/README.md).");
    public static readonly DiagnosticCode TemplateRuntime = DiagnosticCode.Error("FA5002", "模板运行错误", "Template error while rendering",
        "多半是变量名或成员名拼错，或对空值做了运算；可用的变量见 templates/README.md。",
        "Usually a misspelt variable or member, or an operation on an empty value; see templates/README.md for what exists.");
    public static readonly DiagnosticCode TypedNumber = DiagnosticCode.Error("FA5003", "模板中直接写了数字", "A number typed into a template",
        "公开文件中的数字必须由数据计算得出：请改用变量和函数（如 {{ money summary.total.current }}）；确属固定表述（如“100万元以上”）时，在该行加 {{# number-ok }}。",
        "Numbers must come from data: use variables and functions; for a fixed phrase (such as 100万元以上) add {{# number-ok }} on the line.");
    public static readonly DiagnosticCode TemplateLimit = DiagnosticCode.Error("FA5004", "模板超出运行限制", "Template exceeded a limit",
        "模板中可能有死循环、过深的递归或过多的输出。", "The template may loop forever, recurse too deeply or write too much.");
    public static readonly DiagnosticCode Directive = DiagnosticCode.Error("FA5005", "指令有误", "Invalid directive",
        "可用的指令：::: cover、::: toc、::: pagebreak、::: table 01…09、::: table key-work、::: form overall、::: form project N、::: figure …（见 templates/README.md）。",
        "Directives: ::: cover, ::: toc, ::: pagebreak, ::: table 01…09, ::: table key-work, ::: form overall, ::: form project N, ::: figure … (see templates/README.md).");
    public static readonly DiagnosticCode Style = DiagnosticCode.Error("FA5006", "样式文件有误", "Invalid style file",
        "按 templates/README.md 填写 style.yaml。", "Fill in style.yaml as templates/README.md describes.");
    public static readonly DiagnosticCode MissingTemplates = DiagnosticCode.Error("FA5007", "找不到模板", "Templates not found",
        "模板文件夹应为 templates/<样式名>/，其中有 style.yaml 和 parts/ 目录。", "A template folder is templates/<style>/ with style.yaml and parts/.");
    public static readonly DiagnosticCode RefusedFunction = DiagnosticCode.Error("FA5009", "模板使用了不允许的函数", "A template used a function that is not allowed",
        "同样的数据必须生成同样的文件：模板不能使用时间、随机数、读文件等函数；可用的函数见 templates/README.md。",
        "The same data must give the same files: templates cannot use the clock, random numbers or files; see templates/README.md for the functions.");
    public static readonly DiagnosticCode EmptyFigure = new("FA5008", Severity.Warning, new("图表数据全为 0，已略去", "Figure left out: all its data are zero"),
        new("数据全为 0 的图表没有意义，因此不画出；如需说明，请在模板中写一句文字。", "A chart of zeros says nothing, so it is not drawn; explain in words if needed."));
    public static readonly DiagnosticCode TemplateType = DiagnosticCode.Error("FA5020", "模板中的数据类型不对", "Wrong kind of value in a template",
        "金额用 money 或 amount 输出，比例和增减率用 percent，比较用 change_phrase、change_word；用 finacc facts 查看每个变量的类型（见 templates/README.md）。",
        "Print amounts with money or amount, shares and rates with percent, comparisons with change_phrase or change_word; " +
        "finacc facts lists every variable's type (see templates/README.md).");
    public static readonly DiagnosticCode MissingFact = DiagnosticCode.Error("FA5021", "模板用到的数据没有填写", "A template uses a figure the data do not give",
        "按提示在数据文件中填写这个数；版式不需要它时，改模板不再用它。",
        "Fill in the figure where the message says; if the style does not need it, change the template not to use it.");
    public static readonly DiagnosticCode UnitWord = DiagnosticCode.Error("FA5022", "模板中写了固定的金额单位", "A unit typed into a template",
        "这一部分的金额单位由 style.yaml 设定：用 {{ amount x }}（数字连同单位）或 {{ money x }}{{ unit }}，不要直接写“万元”“元”。",
        "This part's unit comes from style.yaml: write {{ amount x }} (number and unit) or {{ money x }}{{ unit }}, not 万元 or 元.");
}
