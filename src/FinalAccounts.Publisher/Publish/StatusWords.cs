using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// Every word of the office status page (<see cref="StatusPage"/>) in Chinese and English, so that a translator sees
/// them together. A text with {0}, {1}… is a format (<see cref="LocalizedText.Format"/>).
/// </summary>
public static class StatusWords
{
    public static readonly LocalizedText Title = new("{0}年度部门决算公开 进度", "Final accounts disclosure {0}: status");

    public static readonly LocalizedText Summary = new(
        "共 {0} 个部门；有错误 {1} 个，征求意见稿 {2} 个。点列标题排序。",
        "Departments: {0}; with errors: {1}; drafts for comment: {2}. Select a column heading to sort by it.");

    /// <summary>The table's column headings, in the order of its columns.</summary>
    public static readonly IReadOnlyList<LocalizedText> Columns =
    [
        new("部门", "Department"),
        new("本次结果", "This run"),
        new("核对", "Check"),
        new("页数", "Pages"),
        new("大小", "Size"),
        new("生成时间 (UTC)", "Built (UTC)"),
        new("是否最新", "Current"),
        new("草稿", "Draft"),
        new("待审改动", "Changes to review"),
    ];

    public static readonly LocalizedText Built = new("已生成", "built");
    public static readonly LocalizedText Skipped = new("未变化", "unchanged");
    public static readonly LocalizedText Failed = new("失败", "failed");
    public static readonly LocalizedText NotRun = new("本次未运行", "not in this run");

    public static readonly LocalizedText CheckCounts = new(
        "{0} 错误 / {1} 警告 / {2} 提示", "{0} error(s) / {1} warning(s) / {2} note(s)");

    public static readonly LocalizedText Yes = new("是", "yes");
    public static readonly LocalizedText No = new("否", "no");
    public static readonly LocalizedText Draft = new("征求意见稿", "draft for comment");
    public static readonly LocalizedText ChangeCounts = new(
        "改 {0} / 增 {1} / 删 {2}", "{0} changed / {1} added / {2} removed");

    public static readonly LocalizedText ChangesHeading = new(
        "与上次正式发布相比的改动", "Changes since the last final build");

    public static readonly LocalizedText ChangesIntro = new(
        "征求意见稿或重新生成的文件与该部门上次正式稿相比，文字（逐句，表格逐行）改了什么；" +
        "全文对照用 finacc diff <部门文件夹>。",
        "What the text of a draft or rebuilt document changes (sentence by sentence, table row by row) since the " +
        "department's last final build; for the whole comparison run finacc diff <department folder>.");

    /// <summary>A department's changes: its name, <see cref="ChangeCounts"/>, when its last final build was made.</summary>
    public static readonly LocalizedText ChangesOf = new(
        "{0}（{1}；上次正式稿 {2} UTC）", "{0} ({1}; last final build {2} UTC)");

    public static readonly LocalizedText DiagnosticsHeading = new("诊断", "Diagnostics");

    /// <summary>A department's diagnostics: its name and how many lines.</summary>
    public static readonly LocalizedText DiagnosticsOf = new("{0}（{1} 条）", "{0} ({1} message(s))");

    /// <summary>What the last run did with a department (<see cref="StatusEntry.Outcome"/>).</summary>
    public static LocalizedText Outcome(string outcome) => outcome switch
    {
        "built" => Built,
        "skipped" => Skipped,
        "failed" => Failed,
        _ => NotRun,
    };
}
