using System.Runtime.InteropServices;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// Gives the C library's free heap memory back to the system after a department of a batch (glibc, Linux). SkiaSharp's
/// chart bitmaps and zlib's states are allocated and freed natively, megabytes per department; glibc keeps the freed
/// blocks in its per-thread arenas, where 190 MB of a 200-department batch's resident memory lay by its end. Elsewhere
/// (Windows, macOS, a C library without malloc_trim) nothing is done.
/// </summary>
internal static class NativeHeap
{
    public static void Trim()
    {
        if (!OperatingSystem.IsLinux()) return;
        try
        {
            MallocTrim(0);
        }
        catch (Exception e) when (e is DllNotFoundException or EntryPointNotFoundException)
        {
            // musl and other C libraries: their allocators return memory by themselves or not at all.
        }
    }

    [DllImport("libc", EntryPoint = "malloc_trim")]
    private static extern int MallocTrim(nuint pad);
}
