using System.Text;
using FinalAccounts.Publisher.Document;

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

    private string? Draw(Figure figure, string id)
    {
        if (context.Figures is not { } renderer) return null;
        string problem;
        try
        {
            var image = renderer.Render(figure, FigureFormat.Svg);
            if (image.Format == FigureFormat.Svg)
            {
                var label = figure.AltText.Length > 0 ? figure.AltText : figure.FullCaption;
                var svg = SvgInliner.Inline(Encoding.UTF8.GetString(image.Bytes), id, label, image.WidthPt);
                if (svg is not null) return svg;
                problem = "SVG 无法解析或含有脚本";
            }
            else problem = "绘图器没有返回 SVG";
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            problem = e.Message;
        }

        context.Diagnostics.Report(HtmlDiagnostics.FigureFailed, figure.Location,
            $"“{figure.FullCaption}”未能绘制（{problem}），网页中以文字输出。", $"'{figure.FullCaption}' could not be drawn ({problem}); the web page shows it in words.");
        return null;
    }
}
