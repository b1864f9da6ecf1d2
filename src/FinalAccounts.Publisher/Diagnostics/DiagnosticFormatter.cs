namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>Prints diagnostics the way compilers do: <c>file:line:column: error CODE: message</c>, with the hint on the next line.</summary>
public static class DiagnosticFormatter
{
    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    public static string Headline(Diagnostic d, Language language)
    {
        var place = d.Location.ToString();
        var prefix = place.Length == 0 ? "" : place + ": ";
        return $"{prefix}{SeverityWord(d.Severity)} {d.Code.Id}: {d.Message.For(language)}";
    }

    public static string Hint(Diagnostic d, Language language) =>
        (language == Language.En ? "hint: " : "提示：") + d.Code.Hint.For(language);
}
