using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Review;

/// <summary>The words of a comparison as a reviewer reads them, in Chinese and English (the text and HTML reports share them).</summary>
public static class DiffWords
{
    public static readonly LocalizedText Changed = new("改", "changed");
    public static readonly LocalizedText Added = new("增", "added");
    public static readonly LocalizedText Removed = new("删", "removed");
    public static readonly LocalizedText Old = new("原：", "old: ");
    public static readonly LocalizedText New = new("新：", "new: ");
    public static readonly LocalizedText NoChanges = new("文字没有改动。", "The text has not changed.");

    /// <summary>"改动 2 句，新增 1 句，删除 0 句，未改动 340 句。"</summary>
    public static string Summary(TextComparison c, Language language) => language == Language.En
        ? $"{c.Changed} changed, {c.Added} added, {c.Removed} removed, {c.Same} unchanged sentences or rows."
        : $"改动 {c.Changed} 句，新增 {c.Added} 句，删除 {c.Removed} 句，未改动 {c.Same} 句（表格每行算一句）。";

    /// <summary>"未改动 12 句，从略" — a run of unchanged units left out.</summary>
    public static string Unchanged(int count, Language language) => language == Language.En
        ? $"{count} unchanged sentence(s) not shown"
        : $"未改动 {count} 句，从略";

    /// <summary>"（未改动 12 句，从略）" / "(12 unchanged sentence(s) not shown)": a folded run in the text report.</summary>
    public static string UnchangedNote(int count, Language language) => language == Language.En
        ? $"({Unchanged(count, language)})"
        : $"（{Unchanged(count, language)}）";

    /// <summary>"〔改〕" / "[changed]": an entry's tag in the text report.</summary>
    public static string Bracketed(DiffKind kind, Language language) => language == Language.En
        ? $"[{Tag(kind, language)}]"
        : $"〔{Tag(kind, language)}〕";

    /// <summary>How many terminal columns <see cref="Bracketed"/> takes: a Chinese letter or bracket takes two.</summary>
    public static int BracketedWidth(DiffKind kind, Language language) =>
        (Tag(kind, language).Length + 2) * (language == Language.En ? 1 : 2);

    public static string Tag(DiffKind kind, Language language) => kind switch
    {
        DiffKind.Changed => Changed.For(language),
        DiffKind.Added => Added.For(language),
        _ => Removed.For(language),
    };
}
