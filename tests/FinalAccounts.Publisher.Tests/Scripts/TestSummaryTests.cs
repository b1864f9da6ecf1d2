using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Scripts;

/// <summary>
/// build.ps1 -Test's summary (tests/TestSummary.ps1): skipped tests are counted and listed with their reason, and the
/// closing line keeps "N passed, N failed" first for CI.
/// </summary>
[Category("Slow")]
public sealed class TestSummaryTests
{
    [Test]
    public void The_summary_counts_and_lists_skipped_tests_with_their_reason()
    {
        var trx = Path.Combine(Path.GetTempPath(), $"finacc-summary-{Guid.NewGuid():N}.trx");
        File.WriteAllText(trx, """
            <?xml version="1.0" encoding="utf-8"?>
            <TestRun xmlns="http://microsoft.com/schemas/VisualStudio/TeamTest/2010">
              <Results>
                <UnitTestResult testName="A" outcome="Passed" />
                <UnitTestResult testName="B" outcome="Passed" />
                <UnitTestResult testName="C" outcome="Failed" />
                <UnitTestResult testName="Word_renders" outcome="NotExecuted">
                  <Output><ErrorInfo><Message>Skipped on Windows: LibreOffice (soffice) was not found.</Message></ErrorInfo></Output>
                </UnitTestResult>
                <UnitTestResult testName="Page_prints" outcome="NotExecuted">
                  <Output><ErrorInfo><Message>Skipped on Windows: LibreOffice (soffice) was not found.</Message></ErrorInfo></Output>
                </UnitTestResult>
              </Results>
              <ResultSummary outcome="Failed"><Counters total="5" executed="3" passed="2" failed="1" notExecuted="0" /></ResultSummary>
            </TestRun>
            """);
        try
        {
            var (exit, output) = PwshScript.Run("tests/TestSummary.ps1", "-Trx", trx);
            var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

            Assert.That(exit, Is.EqualTo(0), output);
            Assert.That(lines[^1], Is.EqualTo("2 passed, 1 failed, 2 skipped"), "the TRX counters say 0 not executed; the results say 2");
            Assert.That(output, Does.Contain("跳过 2 个测试 (skipped 2): Skipped on Windows: LibreOffice (soffice) was not found."));
            Assert.That(output, Does.Contain("Word_renders").And.Contain("Page_prints"));
        }
        finally
        {
            File.Delete(trx);
        }
    }
}
