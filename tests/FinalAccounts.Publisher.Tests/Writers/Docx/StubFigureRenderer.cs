using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Writers;

namespace FinalAccounts.Publisher.Tests.Writers.Docx;

/// <summary>Draws every figure as the same 1×1 PNG, 400 × 250 pt, so writers can be tested without the chart stage.</summary>
internal sealed class StubFigureRenderer : IFigureRenderer
{
    // A valid 1×1 grey PNG.
    private static readonly byte[] Png = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAAAAAA6fptVAAAACklEQVR4nGNoAAAAggCBd81ytgAAAABJRU5ErkJggg==");

    public RenderedFigure Render(Figure figure, FigureFormat format) => new(format, Png, 400, 250);
}
