using System.Reflection;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Tests.Reporting;

/// <summary>
/// The codes of every stage's catalogue (<c>*Codes.cs</c>) are what users search the guides for and what tools filter
/// on: each id names one diagnostic, whichever catalogue declares it.
/// </summary>
public sealed class DiagnosticCodeCatalogueTests
{
    private static IEnumerable<(string Field, DiagnosticCode Code)> AllCodes() =>
        typeof(DiagnosticCode).Assembly.GetTypes()
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(DiagnosticCode) && !f.IsDefined(typeof(System.Runtime.CompilerServices.CompilerGeneratedAttribute)))
            .Select(f => ($"{f.DeclaringType!.Name}.{f.Name}", (DiagnosticCode)f.GetValue(null)!));

    [Test]
    public void Every_diagnostic_id_belongs_to_one_code()
    {
        var codes = AllCodes().ToList();
        Assert.That(codes, Has.Count.GreaterThan(100), "the catalogues were not found");
        var shared = codes.GroupBy(c => c.Code.Id)
            .Where(g => g.Select(c => c.Code).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(c => c.Field))}");
        Assert.That(shared, Is.Empty);
    }

    [Test]
    public void Every_diagnostic_id_is_FA_and_four_digits() =>
        Assert.That(AllCodes().Where(c => !System.Text.RegularExpressions.Regex.IsMatch(c.Code.Id, "^FA[0-9]{4}$"))
            .Select(c => $"{c.Field}: {c.Code.Id}"), Is.Empty);

    [Test]
    public void Every_title_and_hint_can_be_printed_in_GBK()
    {
        // finacc writes redirected output on a Chinese Windows in GBK, the code page PowerShell decodes it with
        // (OutputEncodingPolicy); a character GBK lacks (such as ⌊) would reach the clerk's report as "?".
        var gbk = (System.Text.Encoding)System.Text.CodePagesEncodingProvider.Instance.GetEncoding(936)!.Clone();
        gbk.EncoderFallback = System.Text.EncoderFallback.ExceptionFallback;
        var lost = AllCodes()
            .SelectMany(c => new[] { c.Code.Title.Zh, c.Code.Title.En, c.Code.Hint.Zh, c.Code.Hint.En }
                .Where(text => !Encodes(gbk, text)).Select(text => $"{c.Code.Id}: {text}"));
        Assert.That(lost, Is.Empty);
    }

    private static bool Encodes(System.Text.Encoding encoding, string text)
    {
        try
        {
            encoding.GetByteCount(text);
            return true;
        }
        catch (System.Text.EncoderFallbackException)
        {
            return false;
        }
    }
}
