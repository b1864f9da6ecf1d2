using SkiaSharp;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// BMPs for PDFsharp. An opaque PNG the PDF cannot take as it is (<see cref="PngStream"/>: palette, 16-bit,
/// interlaced) becomes an uncompressed 24-bit BMP: PDFsharp's managed PNG importer decodes each image twice and refuses
/// 16-bit PNGs; SkiaSharp decodes natively and PDFsharp then copies the BMP's pixels. Images with transparency keep the
/// PNG path, which turns alpha into a soft mask.
/// </summary>
internal static class BitmapFile
{
    /// <summary>A one-pixel BMP whose colour is <paramref name="index"/>, so that PDFsharp never shares two placeholders.</summary>
    public static byte[] Placeholder(int index)
    {
        var bmp = Header(1, 1, 4);
        bmp[54] = (byte)index;
        bmp[55] = (byte)(index >> 8);
        bmp[56] = (byte)(index >> 16);
        return bmp;
    }

    public static byte[] FromPng(byte[] png)
    {
        using var codec = SKCodec.Create(new MemoryStream(png, false));
        if (codec is null || codec.Info.AlphaType is not SKAlphaType.Opaque || codec.Info.Width <= 0) return png;
        using var bitmap = new SKBitmap(new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Bgra8888, SKAlphaType.Opaque));
        if (codec.GetPixels(bitmap.Info, bitmap.GetPixels()) is not SKCodecResult.Success) return png;
        var pixels = bitmap.GetPixelSpan();
        var width = bitmap.Width;
        var height = bitmap.Height;
        var stride = (width * 3 + 3) & ~3;
        var bmp = Header(width, height, stride);
        for (var y = 0; y < height; y++)
        {
            var row = 54 + (height - 1 - y) * stride;
            var source = y * bitmap.RowBytes;
            for (var x = 0; x < width; x++)
            {
                bmp[row + x * 3] = pixels[source + x * 4];
                bmp[row + x * 3 + 1] = pixels[source + x * 4 + 1];
                bmp[row + x * 3 + 2] = pixels[source + x * 4 + 2];
            }
        }

        return bmp;
    }

    /// <summary>A bottom-up 24-bit BMP with its headers filled in and its pixels zero.</summary>
    private static byte[] Header(int width, int height, int stride)
    {
        var size = 54 + stride * height;
        var bmp = new byte[size];
        bmp[0] = (byte)'B';
        bmp[1] = (byte)'M';
        BitConverter.TryWriteBytes(bmp.AsSpan(2), size);
        BitConverter.TryWriteBytes(bmp.AsSpan(10), 54);
        BitConverter.TryWriteBytes(bmp.AsSpan(14), 40);
        BitConverter.TryWriteBytes(bmp.AsSpan(18), width);
        BitConverter.TryWriteBytes(bmp.AsSpan(22), height);
        BitConverter.TryWriteBytes(bmp.AsSpan(26), (short)1);
        BitConverter.TryWriteBytes(bmp.AsSpan(28), (short)24);
        BitConverter.TryWriteBytes(bmp.AsSpan(34), stride * height);
        BitConverter.TryWriteBytes(bmp.AsSpan(38), 11811);
        BitConverter.TryWriteBytes(bmp.AsSpan(42), 11811);
        return bmp;
    }
}
