using System.Text;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Html;

internal sealed partial class HtmlPage
{
    /// <summary>
    /// A figure: the chart as inline SVG (role="img", the alt text as its accessible name) above its caption and its data
    /// as a table to open; without a renderer, or when drawing fails, the caption and the data in words.
    /// </summary>
    private void WriteFigure(Figure figure)
    {
        var id = ids.Of(figure);
        var svg = Draw(figure, id);
        Open("figure", "chart", id);
        sb.Append('\n');
        if (svg is null)
        {
            Caption(figure);
            sb.Append("<p class=\"figure-text\">").AppendMultiline(figure.AltText).Append("</p>\n");
        }
        else
        {
            sb.Append("<div class=\"chart-image\">").Append(svg).Append("</div>\n");
            Caption(figure);
            DataTable(figure);
        }

        sb.Append("</figure>\n");
    }

    /// <summary>
    /// The chart's figures as a table under it, closed until a reader opens it (and left out in print, where the chart
    /// and its labels carry them): one row per category, one column per series, the values as the chart labels them.
    /// </summary>
    private void DataTable(Figure figure)
    {
        var chart = figure.Chart;
        if (chart.Categories.Count == 0 || chart.Series.Count == 0) return;
        sb.Append("<details class=\"chart-data\">\n<summary>").AppendEscaped(context.Style.Words.ChartData).Append("</summary>\n");
        sb.Append("<table>\n<caption class=\"sr-only\">").AppendEscaped(figure.FullCaption).Append("</caption>\n<thead>\n<tr><td></td>");
        foreach (var series in chart.Series) sb.Append("<th scope=\"col\">").AppendEscaped(series.Name.Length > 0 ? series.Name : chart.Unit).Append("</th>");
        sb.Append("</tr>\n</thead>\n<tbody>\n");
        for (var c = 0; c < chart.Categories.Count; c++)
        {
            sb.Append("<tr><th scope=\"row\">").AppendEscaped(chart.Categories[c]).Append("</th>");
            foreach (var series in chart.Series)
                sb.Append("<td class=\"num\">").AppendEscaped(c < series.Labels.Count ? series.Labels[c] : "").Append("</td>");
            sb.Append("</tr>\n");
        }

        sb.Append("</tbody>\n</table>\n</details>\n");
    }

    private void Caption(Figure figure) =>
        sb.Append("<figcaption>").AppendMultiline(figure.FullCaption).Append("</figcaption>\n");

    /// <summary>The chart as SVG to inline, or null when it is written in words (the shared fallback says why).</summary>
    private string? Draw(Figure figure, string id)
    {
        if (FigureImages.Draw(context, figure, FigureFormat.Svg) is not { } image) return null;
        var label = figure.AltText.Length > 0 ? figure.AltText : figure.FullCaption;
        var svg = SvgInliner.Inline(Encoding.UTF8.GetString(image.Bytes), id, label, image.WidthPt);
        if (svg is null) FigureImages.ReportAsText(context.Diagnostics, figure, "unreadable SVG or SVG with script");
        return svg;
    }
}
