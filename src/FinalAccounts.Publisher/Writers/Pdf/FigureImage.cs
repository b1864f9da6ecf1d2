namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// A figure's PNG, drawn when first asked for: the layout needs only its size, the PDF drawing needs its pixels, so the
/// charts can be drawn on other threads while the pages are laid out. Empty bytes mean the chart could not be drawn (its
/// renderer has reported why).
/// </summary>
internal sealed class FigureImage
{
    private readonly Lazy<byte[]> bytes;

    public FigureImage(Func<byte[]> draw) => bytes = new Lazy<byte[]>(draw);

    public FigureImage(byte[] png) => bytes = new Lazy<byte[]>(png);

    public byte[] Png => bytes.Value;
}
