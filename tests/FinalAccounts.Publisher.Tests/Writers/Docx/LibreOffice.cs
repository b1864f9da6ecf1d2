using System.Diagnostics;

namespace FinalAccounts.Publisher.Tests.Writers.Docx;

/// <summary>
/// Converts Word files to PDF with LibreOffice headless. Each call uses its own profile directory so parallel runs do
/// not clash, and is killed after a timeout. Tests skip when soffice is missing, unless CI=true (then they fail).
/// </summary>
internal static class LibreOffice
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(180);

    /// <summary>The soffice executable on PATH, else where the Windows installer puts it, or null.</summary>
    public static string? Find() => Support.ExternalTool.OnPath("soffice", "soffice.exe", "libreoffice")
        ?? Support.ExternalTool.FirstExisting(
            Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFiles), "LibreOffice", "program", "soffice.exe"));

    /// <summary>Returns soffice, or ignores the test (fails it on CI) when LibreOffice is not installed.</summary>
    public static string RequireOrIgnore() =>
        Support.ExternalTool.Require(Find(), "LibreOffice (soffice)", "libreoffice-writer-nogui",
            "Install LibreOffice (its soffice.exe is looked for on PATH and in Program Files\\LibreOffice\\program) to run the Word-rendering tests.");

    /// <summary>Converts <paramref name="docx"/> to a PDF next to it and returns the PDF's path.</summary>
    public static string ConvertToPdf(string soffice, string docx) => ConvertAllToPdf(soffice, [docx], Timeout)[0];

    /// <summary>
    /// Converts Word files of one folder to PDFs next to them in one soffice run (LibreOffice starts once: much faster
    /// than a run per file) and returns the PDFs' paths, in order.
    /// </summary>
    public static IReadOnlyList<string> ConvertAllToPdf(string soffice, IReadOnlyList<string> files, TimeSpan timeout)
    {
        var dir = Path.GetDirectoryName(files[0])!;
        var profile = new Uri(Path.Combine(dir, "lo-profile")).AbsoluteUri;
        var start = new ProcessStartInfo(soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", "pdf", "--outdir", dir })
            start.ArgumentList.Add(arg);
        foreach (var docx in files) start.ArgumentList.Add(docx);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"soffice did not finish within {timeout.TotalSeconds} s.");
        }

        var pdfs = files.Select(f => Path.ChangeExtension(f, ".pdf")).ToList();
        foreach (var pdf in pdfs)
            Assert.That(File.Exists(pdf), Is.True, $"soffice made no {Path.GetFileName(pdf)} (exit {process.ExitCode}): {stdout.Result} {stderr.Result}");
        return pdfs;
    }
}
