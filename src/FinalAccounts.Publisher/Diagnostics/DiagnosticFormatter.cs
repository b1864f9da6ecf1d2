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

    /// <summary>
    /// The diagnostic's one line. Control characters in the place or the message (a newline in a folder name) are printed
    /// as escapes, so a diagnostic is always exactly one line.
    /// </summary>
    public static string Headline(Diagnostic d, Language language)
    {
        var place = DiagnosticText.Printable(d.Location.ToString());
        var prefix = place.Length == 0 ? "" : place + ": ";
        return $"{prefix}{SeverityWord(d.Severity)} {d.Code.Id}: {DiagnosticText.Printable(d.Message.For(language))}";
    }

    public static string Hint(Diagnostic d, Language language) =>
        (language == Language.En ? "hint: " : "提示：") + d.Code.Hint.For(language);
}
