using System.Text;

namespace FinalAccounts.Cli;

/// <summary>
/// Sets this process's standard output and error to the encodings <see cref="OutputEncodingPolicy"/> chooses.
/// Nothing of the console window is changed (no SetConsoleOutputCP), so there is nothing to restore at exit.
/// </summary>
internal static class ConsoleStreams
{
    public static void Configure()
    {
        var requested = Environment.GetEnvironmentVariable(OutputEncodingPolicy.Variable);
        if (!OperatingSystem.IsWindows())
        {
            // On Unix the setter only replaces Console's writers; both streams get the same answer there.
            var both = OutputEncodingPolicy.Choose(false, Console.IsOutputRedirected, 0, requested);
            Console.OutputEncoding = both.Encoding;
        }
        else
        {
            var codePage = ConsoleCodePage();
            var output = OutputEncodingPolicy.Choose(true, Console.IsOutputRedirected, codePage, requested);
            var error = OutputEncodingPolicy.Choose(true, Console.IsErrorRedirected, codePage, requested);

            // UTF-16 (1200) is the one encoding the setter does not pass to SetConsoleOutputCP (ConsolePal.Windows):
            // it only makes the streams opened below use WriteConsoleW on a console handle (WriteFile when redirected).
            if (output.ThroughConsole || error.ThroughConsole) Console.OutputEncoding = Encoding.Unicode;
            Console.SetOut(Writer(Console.OpenStandardOutput(), output.Encoding));
            Console.SetError(Writer(Console.OpenStandardError(), error.Encoding));
        }

        if (OutputEncodingPolicy.IsUnknown(requested))
        {
            Console.Error.WriteLine(
                $"{OutputEncodingPolicy.Variable}={requested} 无法识别（可用 utf-8、gbk、gb18030），已忽略。 / " +
                $"{OutputEncodingPolicy.Variable}={requested} is not known (use utf-8, gbk or gb18030); ignored.");
        }
    }

    /// <summary>The console's output code page, or 0 when the process has none (or it cannot be read).</summary>
    private static int ConsoleCodePage()
    {
        try
        {
            return Console.OutputEncoding.CodePage;
        }
        catch (Exception e) when (e is IOException or ArgumentException or NotSupportedException)
        {
            return 0;
        }
    }

    private static StreamWriter Writer(Stream stream, Encoding encoding) =>
        new(stream, encoding, bufferSize: 256, leaveOpen: true) { AutoFlush = true };
}
