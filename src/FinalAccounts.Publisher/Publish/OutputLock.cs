using System.Diagnostics;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// The cross-process lock of one output year folder: <c>output/&lt;year&gt;/.lock</c> held open without sharing for a
/// whole run (an exclusive lock on Windows and, through .NET's flock, on Linux and macOS; a killed process releases it).
/// Two runs on the same output take turns and never interleave. Whoever takes the lock first undoes the publishes a
/// killed run left half done.
/// </summary>
public sealed class OutputLock : IDisposable
{
    /// <summary>The lock file's name in the year folder (hidden: the index, fingerprints and manifests ignore it).</summary>
    public const string FileName = ".lock";

    /// <summary>How long a run waits for another by default: a large batch on a slow machine takes minutes.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(10);

    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(100);

    private readonly FileStream file;

    private OutputLock(FileStream file) => this.file = file;

    /// <summary>
    /// Takes the lock of <paramref name="yearFolder"/>, waiting up to <paramref name="timeout"/> for another run to
    /// release it (<paramref name="waiting"/> is called once when the wait begins); null, with FA8007 reported, when it
    /// stays taken or cannot be made.
    /// </summary>
    public static OutputLock? Acquire(string yearFolder, TimeSpan timeout, DiagnosticBag bag, Action? waiting = null,
        CancellationToken cancellationToken = default)
    {
        var path = Path.Combine(yearFolder, FileName);
        var shown = yearFolder.Replace('\\', '/');
        var location = SourceLocation.OfFile(path.Replace('\\', '/'));
        var clock = Stopwatch.StartNew();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                Directory.CreateDirectory(yearFolder);
                var held = new OutputLock(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
                OutputPublisher.TryRecoverAll(yearFolder);
                return held;
            }
            catch (IOException e) when (IsHeldByAnother(e))
            {
                if (clock.Elapsed >= timeout)
                {
                    var seconds = timeout.TotalSeconds.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
                    bag.Report(PublishCodes.OutputInUse, location,
                        $"输出文件夹 {shown} 正被另一个 finacc 进程使用，等了 {seconds} 秒仍未释放；本次没有写出任何文件。",
                        $"The output folder {shown} is in use by another finacc run and was not released within {seconds} s; " +
                        "nothing was written.");
                    return null;
                }

                if (attempt == 0) waiting?.Invoke();
                cancellationToken.WaitHandle.WaitOne(Poll);
                cancellationToken.ThrowIfCancellationRequested();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                bag.Report(PublishCodes.WriteFailed, location, $"无法创建锁文件 {location.File}：{e.Message}；本次没有写出任何文件。",
                    $"Cannot create the lock file {location.File}: {e.Message}; nothing was written.");
                return null;
            }
        }
    }

    /// <summary>A sharing or lock violation (Windows), or EWOULDBLOCK from flock (11 on Linux, 35 on macOS).</summary>
    private static bool IsHeldByAnother(IOException e) =>
        OperatingSystem.IsWindows() ? (e.HResult & 0xFFFF) is 0x20 or 0x21 : e.HResult is 11 or 35;

    /// <summary>Releases the lock (the file stays: deleting it could let two runs hold two different files).</summary>
    public void Dispose() => file.Dispose();
}
