namespace FinalAccounts.Publisher.Document;

/// <summary>
/// The font of a text role: font families in order of preference (Chinese or Latin names; the first one found that has
/// every character wins, the next ones are fallbacks), size in points, and weight.
/// </summary>
public sealed record FontSpec(IReadOnlyList<string> Families, double SizePt, bool Bold = false);
