using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Input;

/// <summary>The problems readers find in data files (FA1xxx), with what to do about each.</summary>
public static class InputCodes
{
    public static readonly DiagnosticCode MissingFile = DiagnosticCode.Error("FA1001", "缺少必需的文件", "Required file is missing",
        "请从上一年度的部门文件夹复制该文件并按本年数据填写（见 data/README.md）。",
        "Copy the file from last year's department folder and fill in this year's data (see data/README.md).");

    public static readonly DiagnosticCode Encoding = DiagnosticCode.Error("FA1002", "文件不是 UTF-8 编码", "File is not UTF-8",
        "在 Excel 中用“另存为 → CSV UTF-8（逗号分隔）”保存；在记事本中另存为时选择“UTF-8”编码。",
        "In Excel use 'Save As → CSV UTF-8 (Comma delimited)'; in Notepad choose the UTF-8 encoding.");

    public static readonly DiagnosticCode EmptyFile = DiagnosticCode.Error("FA1003", "文件是空的", "File is empty",
        "CSV 文件至少要有表头行；YAML 文件要有规定的各项内容。可从上一年度复制。",
        "A CSV file needs at least its header row; a YAML file its keys. Copy last year's file as a start.");

    public static readonly DiagnosticCode MalformedCsv = DiagnosticCode.Error("FA1004", "CSV 格式错误", "Malformed CSV",
        "检查该行的引号是否成对；文字中含英文逗号时，整个单元格要用英文双引号括起来。",
        "Check that quotes are paired; a field containing a comma must be enclosed in double quotes.");

    public static readonly DiagnosticCode MissingColumn = DiagnosticCode.Error("FA1005", "缺少列", "Missing column",
        "第一行必须是规定的表头，列名一字不差（见 data/README.md）。",
        "The first row must be the prescribed header, with exactly these column names (see data/README.md).");

    public static readonly DiagnosticCode UnknownColumn = DiagnosticCode.Error("FA1006", "多余或拼错的列", "Unknown column",
        "删除这一列，或改成规定的列名。", "Remove the column or rename it to one of the prescribed names.");

    public static readonly DiagnosticCode BadNumber = DiagnosticCode.Error("FA1007", "不是有效的金额", "Not a valid amount",
        "金额只填阿拉伯数字（单位万元），可带小数点，例如 1234.56（只有结转结余等可为负数的栏次可带负号）；" +
        "不要写“万元”、全角数字或其他文字；留空表示 0。",
        "Write plain digits in 万元, e.g. 1234.56 (a minus sign only where a figure may be negative, such as a carry-over); " +
        "no units, full-width digits or words; leave empty for 0.");

    public static readonly DiagnosticCode TooManyDecimals = DiagnosticCode.Error("FA1008", "金额超过两位小数", "More than two decimals",
        "公开表以万元为单位保留两位小数，请按四舍五入填写两位小数。",
        "Tables are in 万元 with two decimals; enter the amount rounded half up to two decimals.");

    public static readonly DiagnosticCode DuplicateRow = DiagnosticCode.Error("FA1009", "重复的行", "Duplicate row",
        "同一科目或行次只能出现一次，请删除或合并重复的行。", "A code or line may appear only once; remove or merge the duplicate.");

    public static readonly DiagnosticCode UnknownCode = DiagnosticCode.Error("FA1010", "科目编码不在参考科目表中", "Code not in the reference list",
        "核对科目编码；若确为本年新增科目，请把它加入 data/reference/<年度>/ 下的科目表。",
        "Check the code; if it is new this year, add it to the list under data/reference/<year>/.");

    public static readonly DiagnosticCode NameMismatch = DiagnosticCode.Error("FA1011", "科目名称与参考科目表不一致", "Name differs from the reference list",
        "按参考科目表的规范名称填写（公开表中的名称必须与政府收支分类科目一致）。",
        "Use the official name from the reference list.");

    public static readonly DiagnosticCode BadCode = DiagnosticCode.Error("FA1012", "科目编码格式错误", "Malformed code",
        "功能分类科目编码为 3 位（类）、5 位（款）或 7 位（项）数字；经济分类为 3 位或 5 位数字；合计行的编码留空。",
        "Functional codes are 3, 5 or 7 digits (类/款/项); economic codes 3 or 5; the total row has no code.");

    public static readonly DiagnosticCode YamlSyntax = DiagnosticCode.Error("FA1013", "YAML 格式错误", "YAML syntax error",
        "检查冒号是否为英文半角“:”且后面有空格、缩进是否用空格对齐（不要用 Tab）、多行文字是否以“|”开头。",
        "Check that keys end with an ASCII ':' followed by a space, that indentation uses spaces, and that long texts start with '|'.");

    public static readonly DiagnosticCode UnknownKey = DiagnosticCode.Error("FA1014", "未知的项目名", "Unknown key",
        "项目名（冒号前的英文）必须与模板一致；可能是拼写错误。", "Keys must be spelled as in the template file; this may be a typo.");

    public static readonly DiagnosticCode MissingKey = DiagnosticCode.Error("FA1015", "缺少必填项", "Required key missing",
        "补上这一项（没有内容时写成空字符串 \"\" 或 0）。", "Add the key (use \"\" or 0 when there is nothing to say).");

    public static readonly DiagnosticCode WrongType = DiagnosticCode.Error("FA1016", "内容类型不对", "Wrong kind of value",
        "按说明填写：文字、数字、日期（2025-02-10）或列表。", "Write the kind of value the guide asks for: text, number, date (2025-02-10) or list.");

    public static readonly DiagnosticCode UnknownLine = DiagnosticCode.Error("FA1017", "行次或项目不在标准表样中", "Line not in the standard layout",
        "按公开表的标准行次和项目名称填写（见 data/README.md）。", "Use the standard line numbers and names of the table (see data/README.md).");

    public static readonly DiagnosticCode FieldCount = DiagnosticCode.Error("FA1018", "本行的列数与表头不一致", "Field count differs from the header",
        "每行的列数要与表头相同；文字中含英文逗号时要用双引号括起来。",
        "Each row needs as many fields as the header; quote fields that contain commas.");

    public static readonly DiagnosticCode BadFolder = DiagnosticCode.Error("FA1019", "部门文件夹不合规", "Invalid department folder",
        "部门文件夹应为 data/<年度>/<部门标识>，部门标识只用小写英文字母、数字和“-”，年度与 department.yaml 中的 year 一致。",
        "A department folder is data/<year>/<id>, the id made of lowercase ASCII letters, digits and '-', the year matching department.yaml.");

    public static readonly DiagnosticCode ReferenceMissing = DiagnosticCode.Error("FA1020", "找不到参考科目表", "Reference code lists not found",
        "应有 data/reference/<年度>/functional-classification.csv 和 economic-classification.csv。",
        "Expected data/reference/<year>/functional-classification.csv and economic-classification.csv.");

    public static readonly DiagnosticCode UnexpectedValue = DiagnosticCode.Error("FA1021", "此处不应填写金额", "Amount where none belongs",
        "该行在公开表中这一栏为空，请把金额填到正确的栏次。", "This cell is blank in the official table; move the amount to the right column.");

    public static readonly DiagnosticCode UnknownFile = DiagnosticCode.Warning("FA1022", "文件夹中有无法识别的文件", "Unrecognised file in the folder",
        "文件名可能拼错了（例如 tables/3.csv 应为 tables/03.csv）；不需要的文件请移出部门文件夹。",
        "The name may be misspelt (e.g. tables/3.csv for tables/03.csv); move unrelated files out of the folder.");

    public static readonly DiagnosticCode NegativeAmount = DiagnosticCode.Error("FA1023", "此处不能为负数", "Cannot be negative",
        "收入、支出、预算数、采购额、得分和个数都不能为负数；只有公开01表的年初结转和结余、结余分配、年末结转和结余" +
        "以及 prior-year.yaml 的 reported_changes（减少额）可以为负数（见 data/README.md）。",
        "Income, spending, budgets, procurement, scores and counts cannot be negative; only 公开01表's carry-overs and " +
        "结余分配 and prior-year.yaml's reported_changes may be (see data/README.md).");

    public static readonly DiagnosticCode NullValue = DiagnosticCode.Error("FA1024", "必填项不能为空", "Required value is empty",
        "在冒号后填写内容。“~”“null”或什么都不写表示“没有”，只能用于可以不填的项目；文字确实没有内容时写 \"\"，" +
        "金额写 0，下级项目（如 overall:）要逐项写出。",
        "Write the value after the colon. '~', 'null' or nothing means 'none' and is only for optional keys; write \"\" for " +
        "no text, 0 for no amount, and spell out the keys of a nested mapping (such as overall:).");

    public static readonly DiagnosticCode YamlStructure = DiagnosticCode.Error("FA1025", "YAML 文件的结构不对", "Wrong YAML structure",
        "一个 YAML 文件是一组“键: 值”（最外层不能是列表或一段文字），只有一个文档（不要用 --- 另起第二个文档），" +
        "层次不超过各文件开头注释所写的几层。可从上一年度复制文件作为样子。",
        "A YAML file is one mapping of keys (its root is not a list or a text), in one document (no second one after ---), " +
        "nested no deeper than the comments at its top describe. Copy last year's file as a model.");

    public static readonly DiagnosticCode TooLarge = DiagnosticCode.Error("FA1026", "内容超出上限", "Too large",
        "数据文件一般只有几 KB：检查是否放错了文件或粘贴进了多余的内容。上限：每个文件 1 MB，一个部门的全部文件合计 60 万字，" +
        "一项文字（一个格子或一个值）1 万字，名称和标题 100 字（见 data/README.md）。",
        "Data files are a few KB: check for a wrong file or pasted-in content. Limits: 1 MB per file, 600,000 characters " +
        "per department, 10,000 per value or cell, 100 per name or title (see data/README.md).");

    public static readonly DiagnosticCode UnsafeCharacter = DiagnosticCode.Error("FA1027", "有看不见的字符或控制字符", "Invisible or control character",
        "删除这个字符（在文本编辑器中可把光标移到提示的列逐个删除，或重新输入这段文字）。这类字符常随网页或其他软件中的文字一起复制进来，" +
        "在公开文件中看不见，却会打乱文字的显示顺序或无法显示。",
        "Delete the character (put the cursor at the column given, or retype the text). Such characters come along with " +
        "text copied from web pages or other programs; they are invisible in the document yet reorder or break the text.");

    public static readonly DiagnosticCode OutsideLink = DiagnosticCode.Error("FA1028", "链接指向数据文件夹之外或形成循环", "Link leaves the data or loops",
        "数据文件夹（data/，其中有各年度文件夹和 reference/）里的文件和文件夹不能是指向 data/ 之外的链接（符号链接、目录联接），" +
        "也不能形成循环：请删除链接，把文件本身复制进来。",
        "Files and folders in the data folder (data/, holding the year folders and reference/) may not be links (symbolic " +
        "links, junctions) to outside it, nor loop: remove the link and copy the file itself in.");

    public static readonly DiagnosticCode WorkbookDamaged = DiagnosticCode.Error("FA1040", "工作簿无法读取", "Workbook cannot be read",
        "在 Excel 中打开它并另存为“Excel 工作簿 (*.xlsx)”；若 Excel 也打不开，请重新从财务系统导出。",
        "Open it in Excel and save it as 'Excel Workbook (*.xlsx)'; if Excel cannot open it either, export it again.");

    public static readonly DiagnosticCode WorkbookProtected = DiagnosticCode.Error("FA1041", "工作簿有打开密码", "Workbook is password-protected",
        "在 Excel 中输入密码打开，选“文件 → 信息 → 保护工作簿 → 用密码进行加密”，清空密码后保存。",
        "Open it in Excel with its password, choose File → Info → Protect Workbook → Encrypt with Password, clear it and save.");

    public static readonly DiagnosticCode WorkbookFormat = DiagnosticCode.Error("FA1042", "文件内容与扩展名不符", "Content does not match the extension",
        "tables.xlsx 必须是 Excel 工作簿（.xlsx），tables.xls 必须是 Excel 97-2003 工作簿；按提示改名，或在 Excel 中另存为 .xlsx。" +
        "财务系统导出的“xls”有时其实是网页或文本，也要在 Excel 中另存为 .xlsx。",
        "tables.xlsx must be an Excel workbook (.xlsx), tables.xls an Excel 97-2003 workbook; rename it as the message says " +
        "or save it as .xlsx in Excel. An 'xls' exported by a finance system is sometimes a web page or text: save it as .xlsx.");

    public static readonly DiagnosticCode TableSheetMissing = DiagnosticCode.Error("FA1043", "工作簿中缺少公开表", "Table missing from the workbook",
        "每张公开表放在一张工作表中：工作表名为“公开01表”…“公开09表”或表名（如“收入决算表”），或在前几行写明表名；" +
        "没有数据的表也要有它的表头（见 data/README.md）。",
        "Put each table on a sheet named 公开01表 … 公开09表 or by its title (e.g. 收入决算表), or with the title in its " +
        "first rows; a table without figures still needs its header (see data/README.md).");

    public static readonly DiagnosticCode TableSheetTwice = DiagnosticCode.Error("FA1044", "同一张公开表出现在两张工作表中", "Table on two sheets",
        "删除或改名其中一张工作表（例如改为“旧-公开02表”并删去其中的表名），只留下要公开的那一张。",
        "Delete or rename one of the sheets (and its title), keeping the one to publish.");

    public static readonly DiagnosticCode SheetIgnored = DiagnosticCode.Info("FA1045", "工作表不是公开表，未读取", "Sheet is not a table, not read",
        "公开表的工作表名为“公开01表”…或表名；其他工作表（说明、草稿）不会被读取，可以保留。",
        "Table sheets are named 公开01表 … or by the title; other sheets (notes, drafts) are not read and may stay.");

    public static readonly DiagnosticCode UnknownUnit = DiagnosticCode.Error("FA1046", "金额单位无法识别", "Unknown unit",
        "在表头上方写“金额单位：万元”或“金额单位：元”（元会换算为万元，不先四舍五入）。",
        "Above the header write 金额单位：万元 or 金额单位：元 (元 are converted to 万元 exactly, without rounding first).");

    public static readonly DiagnosticCode HeaderNotRecognised = DiagnosticCode.Error("FA1047", "表头与公开表的表样不符", "Header not recognised",
        "表头按公开表的表样填写，栏目名称一字不差（可多行合并，栏次行可有可无；科目编码可分为类、款、项三栏）；见 data/README.md。",
        "Write the header as the official form has it, with the same column names (merged over rows, with or without the " +
        "栏次 row; the code may be split into 类/款/项); see data/README.md.");

    public static readonly DiagnosticCode FormulaResult = DiagnosticCode.Error("FA1048", "公式没有可用的结果", "Formula without a usable result",
        "修正公式（#REF! 多因删除了引用的行列，#DIV/0! 是除以零），在 Excel 中重新计算并保存；也可以把公式改为数值。",
        "Fix the formula (#REF! usually means referenced rows were deleted, #DIV/0! a division by zero), let Excel " +
        "recalculate and save; or replace the formula by its value.");

    public static readonly DiagnosticCode MergedDataCell = DiagnosticCode.Error("FA1049", "数据区域中有合并单元格", "Merged cells in the data",
        "取消合并（“开始 → 合并后居中”再点一次），让每个编码、名称和金额各占一个格子。",
        "Unmerge the cells (Home → Merge & Center), so that each code, name and amount has its own cell.");

    public static readonly DiagnosticCode TablesTwice = DiagnosticCode.Error("FA1050", "公开表既有工作簿又有 CSV 文件", "Tables both as a workbook and as CSV",
        "只保留一种：用工作簿时删除 tables/ 文件夹中的 CSV 文件（或用 finacc import 把工作簿转换成 CSV 后删除工作簿）。",
        "Keep one: when using the workbook delete the CSV files in tables/ (or convert it with finacc import and delete it).");

    public static readonly DiagnosticCode ImportDiffers = DiagnosticCode.Error("FA1051", "CSV 文件已存在且内容不同", "CSV file exists with other content",
        "先核对差异（例如用版本管理查看），确认要用工作簿的内容替换时加 --force 重新导入；未写入任何文件。",
        "Review the difference first (e.g. in version control); import again with --force to replace it. Nothing was written.");

    public static readonly DiagnosticCode WorkbookStays = DiagnosticCode.Warning("FA1052", "工作簿仍在部门文件夹中", "Workbook still in the department folder",
        "公开表只能有一种来源：把工作簿移出部门文件夹（或删除），否则 check 和 build 会报 FA1050。",
        "The tables may have one source only: move the workbook out of the department folder (or delete it), or check and build report FA1050.");

    public static readonly DiagnosticCode FolderExists = DiagnosticCode.Error("FA1053", "部门文件夹已存在", "Department folder exists",
        "finacc new 只创建新的部门文件夹，从不改动已有的；换一个部门标识，或直接编辑已有的文件夹。",
        "finacc new only creates a new department folder and never changes an existing one; choose another id or edit it.");

    public static readonly DiagnosticCode TablesEmpty = DiagnosticCode.Error("FA1054", "公开表中还没有数", "The tables hold no figures yet",
        "把决算软件中的九张公开表的数填入（或复制到）工作簿对应的工作表中；没有数的格子留空。",
        "Fill in (or paste) the nine tables' figures from the final-accounts software into the workbook's sheets; leave empty cells blank.");
    public static readonly DiagnosticCode UnknownAmountUnit = DiagnosticCode.Error("FA1061", "金额单位无效", "Unknown amount unit",
        "department.yaml 的 amount_unit 只能写“万元”（默认，可不写）或“元”：它是本部门所有 CSV 和 YAML 文件中金额的单位。",
        "department.yaml's amount_unit is 万元 (the default) or 元: the unit of every amount in the department's CSV and YAML files.");

    public static readonly DiagnosticCode ImportUnit = DiagnosticCode.Error("FA1062", "元换算为万元后超过两位小数", "元 do not fit 万元 with two decimals",
        "工作簿的金额以元填写（到分），换算为万元会超过两位小数；为了不四舍五入，在 department.yaml 中写 amount_unit: 元 后重新导入，CSV 将按元写入。",
        "The workbook gives 元 to the cent, which need more than two decimals in 万元; so that nothing is rounded, add amount_unit: 元 to department.yaml and import again: the CSV files are then written in 元.");

    public static readonly DiagnosticCode PriorTwice = DiagnosticCode.Error("FA1060", "同一个上年数填了两次", "A prior-year figure given twice",
        "收支总计、收入合计、支出合计、财政拨款总计和一般公共预算财政拨款收入就是公开01表、04表的某一行：只在一处填写（见 data/README.md）。",
        "The named totals are lines of 公开01/04表 (see data/README.md): give each figure in one place only.");


    public static readonly DiagnosticCode YearExists = DiagnosticCode.Error("FA1070", "年度文件夹已存在", "Year folder exists",
        "finacc new-year 只创建新的年度文件夹，从不改动已有的；要重新生成，先把已有的年度文件夹移走。",
        "finacc new-year only creates a new year folder and never changes an existing one; move it away to create it again.");

    public static readonly DiagnosticCode YearNotCarried = DiagnosticCode.Error("FA1071", "部门未通过核对，不能结转到下一年度",
        "A department that fails check is not carried to the next year",
        "下一年度的上年数取自本年度核对后的数字：先用 finacc check 改正本年度的错误，再运行 finacc new-year。",
        "Next year's prior-year figures are this year's checked figures: fix this year's errors with finacc check, then run new-year.");

    public static readonly DiagnosticCode CarriedText = DiagnosticCode.Warning("FA1072", "沿用上年文字，请核实", "Text carried from last year",
        "这段文字与上年的同一文件完全相同：按本年度的情况改写（原因、用途、重点工作），或核实后确认无需修改。",
        "This text is the same as last year's file: rewrite it for this year (reasons, uses, key work), or confirm it still holds.");

    public static readonly DiagnosticCode OtherDepartmentName = DiagnosticCode.Warning("FA1073", "文字中有其他部门的名称",
        "Another department's name in the text",
        "多半是从其他部门的材料复制来的：改成本部门的名称和情况；确实需要提到该部门时可以不改。",
        "Most likely copied from another department's files: rewrite it for this department, or keep it where that department is meant.");

    public static readonly DiagnosticCode SupervisorDiffers = DiagnosticCode.Warning("FA1074", "主管部门前后不一致",
        "The 主管部门 differs between files",
        "department.yaml 的 supervisor 与年度文件夹 publication.yaml 的 supervisors 中该部门的主管部门应是同一个名称：门户索引按后者分组。" +
        "改正写错的一处（常见于从其他部门复制来的 department.yaml）。",
        "department.yaml's supervisor and the department's entry under supervisors in the year's publication.yaml should name " +
        "the same 主管部门 (the portal index groups by the latter); correct the wrong one, often a department.yaml copied from another.");

    public static readonly DiagnosticCode PriorFolderFails = DiagnosticCode.Error("FA1080", "上年文件夹未通过核对，上年数不能从中取得",
        "The prior year's folder fails check; its figures are not used",
        "上年数取自上年文件夹（data/<上年>/<部门标识>/）核对后的数字：先改正上年文件夹的错误；在此之前只读取 prior-year.yaml。",
        "The prior-year figures are the prior year's folder's checked figures: fix its errors first; until then only prior-year.yaml is read.");

    public static readonly DiagnosticCode PriorYearTwice = DiagnosticCode.Error("FA1081", "上年数既在工作簿的“上年数”表中，又在 prior-year.yaml 中",
        "Prior-year figures both in the workbook's 上年数 sheet and in prior-year.yaml",
        "只保留一处：删除 prior-year.yaml，或清空工作簿“上年数”表中的金额（见 data/README.md）。",
        "Keep one: delete prior-year.yaml, or clear the amounts of the workbook's 上年数 sheet (see data/README.md).");

    public static readonly DiagnosticCode PriorSheetHeader = DiagnosticCode.Error("FA1082", "“上年数”表没有表头", "The 上年数 sheet has no header",
        "“上年数”表的表头一行为：键、项目、上年数、调整原因（用 finacc new 生成的工作簿中有这张表，见 data/README.md）。",
        "The 上年数 sheet's header row is 键, 项目, 上年数, 调整原因 (the workbook finacc new writes has it; see data/README.md).");
}
