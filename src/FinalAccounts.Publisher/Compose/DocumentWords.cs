using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// The fixed words composing puts into a document (style.yaml <c>words</c>): its title, subject and keywords (templates,
/// rendered with the department's facts), the contents' title when a <c>::: toc</c> gives none, the figure label
/// (<c>{0}</c> the figure's number) and the words of charts.
/// </summary>
public sealed record DocumentWords(
    TemplateFile Title,
    TemplateFile Subject,
    IReadOnlyList<TemplateFile> Keywords,
    string Contents,
    string FigureLabel,
    ChartWords Chart)
{
    private const string Origin = "style.yaml";

    /// <summary>The reference style's words.</summary>
    public static DocumentWords Default { get; } = new(
        Word("document_title", "{{ year }}年度{{ department.name }}部门决算"),
        Word("document_subject", "部门决算公开"),
        [Word("document_keywords", "{{ department.name }}"), Word("document_keywords", "{{ year }}年度"), Word("document_keywords", "部门决算")],
        "目  录",
        "图{0}",
        ChartWords.Default);

    /// <summary>A word that is a template, read from <paramref name="at"/> (or the built-in default).</summary>
    public static TemplateFile Word(string key, string text, SourceLocation? at = null) =>
        at is { } place ? new TemplateFile(key, place.File, text) { Start = place } : new TemplateFile(key, Origin, text);
}
