using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Document;

/// <summary>
/// A figure: a chart drawn from data, its automatic label ("图1"), its caption and alt text generated from the data.
/// </summary>
public sealed record Figure(string Id, string Label, string Caption, ChartSpec Chart, string AltText, SourceLocation Location)
    : Block(Location)
{
    /// <summary>What stands between the label and the caption (style.yaml <c>words.figure_separator</c>).</summary>
    public string Separator { get; init; } = PublishedWords.Default.FigureSeparator;

    /// <summary>Label and caption as printed under the figure: "图1：收、支决算总计变动情况".</summary>
    public string FullCaption => Label.Length == 0 ? Caption : Label + Separator + Caption;
}

/// <summary>What a chart shows: categories (x axis or pie slices) and one or more series of values with ready-made labels.</summary>
public sealed record ChartSpec(ChartKind Kind, string Title, string Unit, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series);

/// <summary>A series: one value per category and the label printed for each (formatted by the house style).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal> Values, IReadOnlyList<string> Labels);

/// <summary>The kinds of chart a template can ask for.</summary>
public enum ChartKind
{
    /// <summary>Bars grouped by category, one bar per series.</summary>
    GroupedBar,

    /// <summary>A pie of one series.</summary>
    Pie,

    /// <summary>Simple bars of one series.</summary>
    Bar,
}
