namespace FinalAccounts.Publisher.Tests.Support;

/// <summary>A test skipped for a missing program says so, and how to get it, in the words of the machine it ran on.</summary>
public sealed class ExternalToolTests
{
    [Test]
    public void On_Windows_the_reason_says_the_test_was_skipped_there_and_how_to_run_it()
    {
        var reason = ExternalTool.SkipReason("Chromium", "chromium", "Set CHROMIUM to chrome.exe.", windows: true);

        Assert.That(reason, Is.EqualTo("Skipped on Windows: Chromium was not found. Set CHROMIUM to chrome.exe."));
    }

    [Test]
    public void On_Debian_the_reason_names_the_package_to_install()
    {
        var reason = ExternalTool.SkipReason("qpdf", "qpdf", "Put qpdf.exe on PATH.", windows: false);

        Assert.That(reason, Does.StartWith("Skipped: qpdf is not installed (apt-get install qpdf;").And.Not.Contain("qpdf.exe"));
    }
}
