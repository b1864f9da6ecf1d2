namespace FinalAccounts.Publisher.Diagnostics;

/// <summary>
/// Text of our own inside a diagnostic message (a list of known keys, a parser's explanation): printed whole, unlike an
/// echoed input value, which <see cref="DiagnosticText"/> shortens.
/// </summary>
public readonly record struct OwnText(string Text)
{
    public override string ToString() => Text;
}
