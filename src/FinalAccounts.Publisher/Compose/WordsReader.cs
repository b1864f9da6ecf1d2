using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// Reads the fixed words of style.yaml's <c>words</c> that are printed in documents and pages: the document's title,
/// subject and keywords, the contents' title, the figure label and separator, and the groups <c>chart</c>, <c>web</c> and
/// <c>portal</c>. What a style leaves out comes from its base (or the reference style's words).
/// </summary>
internal static class WordsReader
{
    public static (DocumentWords Texts, PublishedWords Published) Read(YamlMap? y, DocumentWords texts, PublishedWords published)
    {
        if (y is null) return (texts, published);
        var (chart, chartUnit) = Chart(y.Map("chart", required: false), texts.Chart, published.ChartUnit);
        texts = new DocumentWords(
            Template(y, "document_title", texts.Title),
            Template(y, "document_subject", texts.Subject),
            y.Has("document_keywords") ? y.TextList("document_keywords").Select(k => DocumentWords.Word("document_keywords", k.Value, k.Location)).ToList() : texts.Keywords,
            Word(y, "contents", texts.Contents),
            Word(y, "figure_label", texts.FigureLabel),
            chart);
        var web = y.Map("web", required: false);
        published = new PublishedWords(
            Word(y, "figure_separator", published.FigureSeparator),
            chartUnit,
            web is null ? published.SkipLink : Word(web, "skip_link", published.SkipLink),
            web is null ? published.TableLabel : Word(web, "table", published.TableLabel),
            Portal(y.Map("portal", required: false), published.Portal),
            Word(y, "draft", published.Draft))
        {
            ChartData = web is null ? published.ChartData : Word(web, "chart_data", published.ChartData),
        };
        web?.Done();
        return (texts, published);
    }

    /// <summary>A word as written (quoted, its spaces kept), or <paramref name="fallback"/> when the style leaves it out.</summary>
    private static string Word(YamlMap y, string key, string fallback) => y.Has(key) ? y.SpacedText(key).Value : fallback;

    private static TemplateFile Template(YamlMap y, string key, TemplateFile fallback) =>
        y.Has(key) && y.ContentText(key) is var text ? DocumentWords.Word(key, text.Value, text.Location) : fallback;

    /// <summary>The charts' words, and their unit line (which the chart writer prints).</summary>
    private static (ChartWords Words, string Unit) Chart(YamlMap? y, ChartWords d, string unit)
    {
        if (y is null) return (d, unit);
        var words = new ChartWords(
            y.Has("year") && y.ContentText("year") is var year ? DocumentWords.Word("chart.year", year.Value, year.Location) : d.Year,
            y.Has("prior_year") && y.ContentText("prior_year") is var prior ? DocumentWords.Word("chart.prior_year", prior.Value, prior.Location) : d.PriorYear,
            List(y, "totals", d.Totals),
            List(y, "fiscal_totals", d.FiscalTotals),
            List(y, "three_public", d.ThreePublic),
            Word(y, "budget", d.Budget),
            Word(y, "actual", d.Actual),
            Word(y, "bar", d.Bar),
            Word(y, "pie", d.Pie),
            Word(y, "horizontal_bar", d.HorizontalBar),
            Word(y, "share", d.Share));
        unit = Word(y, "unit", unit);
        y.Done();
        return (words, unit);
    }

    private static PortalWords Portal(YamlMap? y, PortalWords d)
    {
        if (y is null) return d;
        var formats = new Dictionary<string, string>(d.Formats, StringComparer.Ordinal);
        if (y.Map("formats", required: false) is { } f)
            foreach (var (key, value) in f.TextPairs()) formats[key.Value.Trim().ToLowerInvariant()] = value.Value;
        var words = new PortalWords(
            Word(y, "title", d.Title),
            Word(y, "description", d.Description),
            Word(y, "count", d.Count),
            Word(y, "empty", d.Empty),
            Word(y, "no_files", d.NoFiles),
            Word(y, "note", d.Note),
            Word(y, "caption", d.Caption),
            List(y, "columns", d.Columns, PortalWords.ColumnCount),
            formats,
            Word(y, "filter", d.Filter),
            Word(y, "no_match", d.NoMatch),
            Word(y, "supervisor", d.Supervisor),
            Word(y, "issuer", d.Issuer),
            Word(y, "publish_date", d.PublishDate),
            Word(y, "downloads", d.Downloads),
            Word(y, "back_to_index", d.BackToIndex));
        y.Done();
        return words;
    }

    /// <summary>A list of words that must have as many items as the default (the charts' categories, the columns).</summary>
    private static IReadOnlyList<string> List(YamlMap y, string key, IReadOnlyList<string> fallback, int? count = null)
    {
        if (!y.Has(key)) return fallback;
        var items = y.TextList(key);
        var wanted = count ?? fallback.Count;
        if (items.Count == wanted) return items.Select(i => i.Value).ToList();
        y.Bag.Report(ComposeCodes.Style, items.Count > 0 ? items[0].Location : y.Location,
            $"“{key}”应有 {wanted} 项（{new Diagnostics.OwnText(string.Join("、", fallback))}），这里有 {items.Count} 项。",
            $"'{key}' takes {wanted} items ({new Diagnostics.OwnText(string.Join(", ", fallback))}); it has {items.Count}.");
        return fallback;
    }
}
