namespace FinalAccounts.Publisher.Document;

/// <summary>
/// The words of the portal index page (output/&lt;year&gt;/index.html): its title (<c>{0}</c> the year), description
/// (<c>{0}</c> the title),
/// count line (<c>{0}</c> departments, <c>{1}</c> files), the lines for nothing published, the checksum note (text in
/// backquotes is shown as a command), the table's caption and column heads, the name of each kind of file (an edition
/// left out is called by its registered title), the filter box and its no-match line, the group, issuer and date labels;
/// and the words of the download block at the head of each web page (its label, the way back to the index).
/// </summary>
public sealed record PortalWords(
    string Title,
    string Description,
    string Count,
    string Empty,
    string NoFiles,
    string Note,
    string Caption,
    IReadOnlyList<string> Columns,
    IReadOnlyDictionary<string, string> Formats,
    string Filter,
    string NoMatch,
    string Supervisor,
    string Issuer,
    string PublishDate,
    string Downloads,
    string BackToIndex)
{
    /// <summary>The column heads, in order: 序号, 部门, 年度, 格式, 文件, 大小, SHA-256 校验值.</summary>
    public const int ColumnCount = 7;

    public static PortalWords Default { get; } = new(
        "{0}年度部门决算公开",
        "{0}：各部门公开文件下载、大小与 SHA-256 校验值",
        "共 {0} 个部门，{1} 个文件",
        "暂无公开文件。",
        "暂无文件",
        "SHA-256 校验值用于核对下载的文件是否完整、未被改动：Windows 可执行 `certutil -hashfile 文件名 SHA256`，" +
        "Linux 或 macOS 可执行 `sha256sum 文件名`，结果应与表中一致。",
        "各部门公开文件",
        ["序号", "部门", "年度", "格式", "文件", "大小", "SHA-256 校验值"],
        new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["pdf"] = "PDF", ["docx"] = "Word", ["html"] = "网页", ["md"] = "Markdown",
            ["xlsx"] = "Excel 表格", ["json"] = "JSON 数据", ["csv"] = "CSV 数据", ["png"] = "图片", ["svg"] = "图片",
            ["zip"] = "全部文件（ZIP）",
        },
        "按部门名称筛选",
        "没有名称含有该文字的部门。",
        "主管部门",
        "发布机关",
        "发布日期",
        "下载",
        "返回本年度部门决算公开目录");

    /// <summary>What a kind of file is called on the page: its word, else the format in capitals.</summary>
    public string Format(string format) =>
        Formats.TryGetValue(format.Trim().ToLowerInvariant(), out var word) ? word : format.Trim().ToUpperInvariant();
}
