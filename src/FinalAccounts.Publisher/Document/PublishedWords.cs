namespace FinalAccounts.Publisher.Document;

/// <summary>
/// The fixed words writers print (style.yaml <c>words</c>): the mark between a figure's label and its caption, a chart's
/// unit line, the web page's skip link and unnamed-table label, and the portal index page's words. <c>{0}</c>, <c>{1}</c>
/// stand for what the program fills in, as in <c>page_number</c>.
/// </summary>
public sealed record PublishedWords(string FigureSeparator, string ChartUnit, string SkipLink, string TableLabel, PortalWords Portal,
    string Draft = "征求意见稿")
{
    /// <summary>Today's words of the reference style.</summary>
    public static PublishedWords Default { get; } = new("：", "单位：{0}", "跳到正文", "表格", PortalWords.Default);

    /// <summary>The web page's label of a chart's data table (the table a reader opens under each chart).</summary>
    public string ChartData { get; init; } = "图表数据";

    /// <summary>A pattern with <c>{0}</c>, <c>{1}</c>… replaced by the values (other braces are kept as written).</summary>
    public static string Fill(string pattern, params string[] values)
    {
        var text = pattern;
        for (var i = 0; i < values.Length; i++) text = text.Replace("{" + i + "}", values[i], StringComparison.Ordinal);
        return text;
    }
}
