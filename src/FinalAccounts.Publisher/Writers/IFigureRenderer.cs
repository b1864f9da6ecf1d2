using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers;

/// <summary>Draws a figure's chart as an image; writers ask for the format they embed.</summary>
public interface IFigureRenderer
{
    RenderedFigure Render(Figure figure, FigureFormat format);

    /// <summary>
    /// The printed size of the figure in <paramref name="format"/> when it is known without drawing it (a layout then
    /// asks for the pixels only when it draws); null when only drawing tells.
    /// </summary>
    (double WidthPt, double HeightPt)? Measure(Figure figure, FigureFormat format) => null;
}

/// <summary>The image formats a figure can be drawn in.</summary>
public enum FigureFormat
{
    /// <summary>PNG at 300 dpi, for docx and PDF.</summary>
    Png,

    /// <summary>SVG, for HTML.</summary>
    Svg,
}

/// <summary>A drawn figure: its bytes and its size in points (1/72 inch) at which it is meant to be printed.</summary>
public sealed record RenderedFigure(FigureFormat Format, byte[] Bytes, double WidthPt, double HeightPt);
