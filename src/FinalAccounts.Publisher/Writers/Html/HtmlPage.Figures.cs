using System.Text;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers.Shared;

namespace FinalAccounts.Publisher.Writers.Html;

internal sealed partial class HtmlPage
{
    /// <summary>
    /// A figure: the chart as inline SVG (role="img", the alt text as its accessible name) above its caption; without a
    /// renderer, or when drawing fails, the caption and the data in words.
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
        }

        sb.Append("</figure>\n");
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
