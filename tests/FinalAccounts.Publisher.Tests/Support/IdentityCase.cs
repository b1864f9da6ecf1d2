namespace FinalAccounts.Publisher.Tests.Support;

/// <summary>
/// One way to break an identity in a copy of the sample, and the diagnostic that must follow: its code, place and figures,
/// plus the other spots the same edit must also report (consequences in related identities), so nothing else may appear.
/// </summary>
/// <param name="Name">The test name: the behaviour, e.g. <c>Section_row_that_differs_from_its_items_reports_FA2002</c>.</param>
/// <param name="Break">The edit.</param>
/// <param name="Code">The identity's code.</param>
/// <param name="At">Where it must be reported, relative to the department folder: <c>tables/05.csv:12:3</c>.</param>
/// <param name="Expected">The figure the identity requires (null for diagnostics without figures).</param>
/// <param name="Actual">The figure found.</param>
/// <param name="Tolerance">The rounding tolerance that applied.</param>
/// <param name="Also">Other spots the edit must report, <c>"FA2002 tables/05.csv:11:4"</c>.</param>
/// <param name="Mentions">Texts the Chinese message must contain (for diagnostics without figures).</param>
public sealed record IdentityCase(
    string Name,
    Action<SampleCopy> Break,
    string Code,
    string At,
    decimal? Expected = null,
    decimal? Actual = null,
    decimal? Tolerance = null,
    string[]? Also = null,
    string[]? Mentions = null)
{
    public TestCaseData ToTestCase() => new TestCaseData(this).SetName(Name);

    /// <summary>Breaks a copy, checks it and asserts the diagnostic and that nothing else new appears.</summary>
    public void Verify()
    {
        using var copy = SampleData.Copy();
        Break(copy);
        var run = copy.Check();
        var d = run.Expect(Code, At, Expected, Actual, Tolerance);
        foreach (var text in Mentions ?? [])
            Assert.That(d.Message.Zh, Does.Contain(text), run.Describe(d));
        run.ExpectNewExactly([$"{Code} {At}", .. Also ?? []]);
    }

    public override string ToString() => Name;
}
