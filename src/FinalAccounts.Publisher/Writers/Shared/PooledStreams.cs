using Microsoft.IO;

namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// Working buffers for the writers and the portal (a PDF saved before it is deflated, a Word package before it is
/// normalized, a chart's compressed pixels, a zip entry being packed): memory streams whose blocks come from one
/// process-wide pool and go back to it when the stream is disposed, like <see cref="System.Buffers.ArrayPool{T}.Shared"/>.
/// A plain <see cref="MemoryStream"/> of a megabyte or more lives on the large-object heap, which only a full
/// collection frees; a batch of 200 departments allocated some 30 MB of them per department, and the garbage between
/// full collections was most of its peak memory. Streams must be disposed, and a buffer taken from one
/// (<see cref="MemoryStream.GetBuffer"/>) must not be used after that.
/// </summary>
public static class PooledStreams
{
    // Small blocks of 128 KiB; contiguous buffers (GetBuffer) in powers of two from 1 MiB. What the pool keeps free is
    // bounded: two departments in flight need about 20 MB of buffers at once.
    private static readonly RecyclableMemoryStreamManager Manager = new(new RecyclableMemoryStreamManager.Options
    {
        BlockSize = 128 * 1024,
        LargeBufferMultiple = 1 << 20,
        MaximumBufferSize = 128 << 20,
        UseExponentialLargeBuffer = true,
        MaximumSmallPoolFreeBytes = 16 << 20,
        MaximumLargePoolFreeBytes = 48 << 20,
    });

    /// <summary>An empty stream; <paramref name="tag"/> names its use in the pool's events.</summary>
    public static MemoryStream Get(string tag) => Manager.GetStream(tag);
}
