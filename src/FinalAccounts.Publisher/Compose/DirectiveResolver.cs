using System.Globalization;
using FinalAccounts.Publisher.Compose.Tables;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// Turns directives into blocks built from the model: <c>cover</c>, <c>toc</c>, <c>pagebreak</c>, <c>table 01…09</c> (any 公开表 of
/// the registry),
/// <c>table key-work</c>, <c>form overall</c>, <c>form project N</c>, <c>figure</c>, and <c>markdown key-work</c> (the
/// blocks of key-work.md, read by <paramref name="readText"/>). Figures are numbered 图1, 图2, … in order, in the style's
/// words (<paramref name="words"/>: the figure label and the contents' title when a toc gives none; <paramref name="title"/>,
/// the document's title, when a cover gives none; <paramref name="separator"/> between a figure's label and caption).
/// </summary>
internal sealed class DirectiveResolver(TableContext tables, FigureBuilder figures, DocumentWords words, string title, string separator,
    Func<string, string, IReadOnlyList<Block>> readText, DiagnosticBag bag)
{
    private int figureCount;

    /// <summary>Builds what the next part places with that part's formatter (its units).</summary>
    public void UseFormat(NumberFormatter format)
    {
        tables = tables.WithFormat(format);
        figures = figures.WithFormat(format);
    }

    public IReadOnlyList<Block> Resolve(Directive d)
    {
        var args = new DirectiveArguments(d.Arguments, d.Body);
        switch (d.Name)
        {
            case "cover":
                var subtitles = new[] { args["subtitle"], args["date"] }.Where(s => !string.IsNullOrEmpty(s)).Select(s => s!).ToList();
                return [new TitleBlock(args["title"] ?? title, subtitles, d.Location)];
            case "toc":
                var levels = int.TryParse(args["levels"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 2;
                return [new TableOfContents(args["title"] ?? words.Contents, levels, d.Location)];
            case "pagebreak":
                return [new PageBreak(d.Location)];
            case "table":
                return Table(args, d);
            case "form":
                return Form(args, d);
            case "figure":
                return Figure(args, d);
            case DataMarkdown.Directive when args.Positional is [var name] && name == DataMarkdown.KeyWork.Name:
                var text = tables.Model.KeyWork.Markdown;
                return readText(text.Value, text.Location.File);
            default:
                return Fail(d, $"未知的指令“{d.Name}”。", $"Unknown directive '{d.Name}'.");
        }
    }

    private IReadOnlyList<Block> Table(DirectiveArguments args, Directive d)
    {
        var key = args.Positional.FirstOrDefault() ?? "";
        if (tables.Layouts.Find(key) is not { } layout)
            return Fail(d, $"tables.yaml 中没有表“{key}”。", $"tables.yaml has no table '{key}'.");
        var table = PublicTables.Find(key) is { } descriptor
            ? PublicTableBuilder.Build(tables, tables.Model.Table(descriptor), layout, d.Location)
            : key == "key-work" ? KeyWorkTableBuilder.Build(tables, layout, d.Location) : null;
        return table is null ? Fail(d, $"表“{key}”没有数据来源。", $"Table '{key}' has no data source.") : [table];
    }

    private IReadOnlyList<Block> Form(DirectiveArguments args, Directive d)
    {
        var which = args.Positional.FirstOrDefault();
        var projects = tables.Model.Performance.Projects;
        if (which == "overall") return [FormTableBuilder.Overall(tables, tables.Model.Performance.Overall, d.Location)];
        if (which == "project" && args.Positional.Count > 1 && int.TryParse(args.Positional[1], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= projects.Count)
            return [FormTableBuilder.Project(tables, projects[n - 1], n, d.Location)];
        return Fail(d, $"form 指令应为“form overall”或“form project N”（N 为 1–{projects.Count}）。",
            $"Use 'form overall' or 'form project N' (N from 1 to {projects.Count}).");
    }

    private IReadOnlyList<Block> Figure(DirectiveArguments args, Directive d)
    {
        var source = args["data"] ?? "";
        ChartKind? kind = args["kind"] switch
        {
            "pie" => ChartKind.Pie,
            "bar" => ChartKind.Bar,
            "grouped-bar" => ChartKind.GroupedBar,
            null => null,
            var other => (ChartKind)(-1),
        };
        if (kind is (ChartKind)(-1))
            return Fail(d, $"图表类型“{args["kind"]}”无效，可用 grouped-bar、pie、bar。", $"Chart kind '{args["kind"]}' is invalid: use grouped-bar, pie or bar.");
        var caption = args["caption"] ?? "";
        if (figures.Chart(source, kind, args["title"] ?? caption, args["unit"] ?? figures.DefaultUnit) is not { } chart)
            return Fail(d, $"图表数据“{source}”不存在，可用：{string.Join("、", FigureBuilder.Sources)}。",
                $"Chart data '{source}' does not exist; use one of {string.Join(", ", FigureBuilder.Sources)}.");
        if (chart.Series.All(s => s.Values.All(v => v == 0m)))
        {
            bag.Report(ComposeCodes.EmptyFigure, d.Location, $"图表“{caption}”的数据全为 0，已略去。", $"Figure '{caption}' has only zeros and is left out.");
            return [];
        }

        var label = PublishedWords.Fill(words.FigureLabel, (++figureCount).ToString(CultureInfo.InvariantCulture));
        return [new Figure($"fig-{figureCount}", label, caption, chart, figures.AltText(chart), d.Location) { Separator = separator }];
    }

    private IReadOnlyList<Block> Fail(Directive d, string zh, string en)
    {
        bag.Report(ComposeCodes.Directive, d.Location, zh, en);
        return [];
    }
}
