using System.Diagnostics;
using FinalAccounts.Publisher.Tests.Writers.Docx;

namespace FinalAccounts.Publisher.Tests.Writers.Pdf;

/// <summary>
/// Runs <c>qpdf --check</c>, the validation portals and archives use (see <see cref="Support.ExternalTool"/> for when
/// it is missing).
/// </summary>
internal static class Qpdf
{
    public static string RequireOrIgnore() =>
        Support.ExternalTool.Require(Support.ExternalTool.OnPath("qpdf", "qpdf.exe"), "qpdf", "qpdf",
            "Put qpdf.exe on PATH to run the PDF validation tests.");

    /// <summary>qpdf's exit code (0 clean, 2 errors, 3 warnings) and everything it printed.</summary>
    public static (int Exit, string Output) Check(string qpdf, byte[] pdf)
    {
        var dir = DocxTestFiles.TempDirectory("qpdf");
        try
        {
            var file = Path.Combine(dir, "checked.pdf");
            File.WriteAllBytes(file, pdf);
            var start = new ProcessStartInfo(qpdf)
            {
                RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
            };
            start.ArgumentList.Add("--check");
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("qpdf did not finish within 60 s.");
            }

            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
