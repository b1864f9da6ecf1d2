using FinalAccounts.Publisher.Writers.Charts;
using SkiaSharp;

namespace FinalAccounts.Publisher.Tests.Writers.Charts;

/// <summary>The chart PNG encoder is lossless, reads either byte order, and says its resolution.</summary>
public sealed class PngEncoderTests
{
    [TestCase(SKColorType.Rgba8888, 1, 1)]
    [TestCase(SKColorType.Rgba8888, 37, 5)]
    [TestCase(SKColorType.Bgra8888, 37, 5)]
    [TestCase(SKColorType.Rgba8888, 301, 64)]
    public void Decodes_to_the_pixels_it_was_given(SKColorType order, int width, int height)
    {
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, order, SKAlphaType.Opaque));
        var random = new Random(width * 1000 + height);
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
            bitmap.SetPixel(x, y, new SKColor((byte)random.Next(256), (byte)random.Next(256), (byte)random.Next(256)));

        var png = PngEncoder.EncodeRgb(bitmap.GetPixelSpan(), width, height, bitmap.RowBytes, order == SKColorType.Rgba8888, 300);

        using var decoded = SKBitmap.Decode(png);
        Assert.That((decoded.Width, decoded.Height), Is.EqualTo((width, height)));
        var differing = 0;
        for (var y = 0; y < height; y++)
        for (var x = 0; x < width; x++)
            if (decoded.GetPixel(x, y) != bitmap.GetPixel(x, y)) differing++;
        Assert.That(differing, Is.Zero);
        Assert.That(PngFile.Dpi(png), Is.EqualTo(300).Within(0.01));
        Assert.That(png[25], Is.EqualTo(2), "colour type RGB, no alpha");
    }
}
