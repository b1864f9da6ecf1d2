using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// The figure fallback, the same in every edition: a figure is drawn by the context's renderer in the format the
/// writer embeds; when it cannot be drawn, a located warning (FA6302) says so and the writer prints the caption and the
/// data in words. Without a renderer figures are words by choice, and nothing is reported.
/// </summary>
public static class FigureImages
{
    /// <summary>The drawn figure, or null (reported unless there is no renderer).</summary>
    public static RenderedFigure? Draw(WriterContext context, Figure figure, FigureFormat format) =>
        Draw(context.Figures, context.Diagnostics, figure, format);

    /// <summary>The drawn figure, or null (reported to <paramref name="diagnostics"/> if there is a renderer).</summary>
    public static RenderedFigure? Draw(
        IFigureRenderer? renderer, DiagnosticBag diagnostics, Figure figure, FigureFormat format)
    {
        if (renderer is null) return null;
        string problem;
        try
        {
            var image = renderer.Render(figure, format);
            var drawn = image.Format == format && image.Bytes.Length > 0 && image.WidthPt > 0 && image.HeightPt > 0;
            if (drawn) return image;
            problem = image.Bytes.Length == 0 ? "no image" : $"no {format} image";
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            problem = e.Message;
        }

        ReportAsText(diagnostics, figure, problem);
        return null;
    }

    /// <summary>The printed size of the figure when the renderer knows it without drawing; null otherwise.</summary>
    public static (double WidthPt, double HeightPt)? Measure(
        IFigureRenderer? renderer, Figure figure, FigureFormat format) =>
        renderer?.Measure(figure, format) is var (w, h) && w > 0 && h > 0 ? (w, h) : null;

    /// <summary>Reports that a figure is written as words because of <paramref name="problem"/>.</summary>
    public static void ReportAsText(DiagnosticBag diagnostics, Figure figure, string problem) =>
        diagnostics.Report(WriterCodes.FigureAsText, figure.Location,
            $"“{figure.FullCaption}”未能绘制（{problem}），以图题和数据说明代替。",
            $"'{figure.FullCaption}' could not be drawn ({problem}); the caption and the data in words stand instead.");
}
