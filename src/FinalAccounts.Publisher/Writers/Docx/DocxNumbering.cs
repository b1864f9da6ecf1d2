using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>
/// numbering.xml for lists: ordered items are numbered "1." with the number in the body's first-line indent and the
/// text right after it (as Chinese body text sets them); each ordered list restarts at 1. Bullets use "●".
/// </summary>
internal sealed class DocxNumbering
{
    private const int OrderedAbstract = 1;
    private const int BulletAbstract = 2;
    private readonly List<bool> lists = [];

    /// <summary>Registers a list and returns its numbering instance id.</summary>
    public int Add(bool ordered)
    {
        lists.Add(ordered);
        return lists.Count;
    }

    public bool IsEmpty => lists.Count == 0;

    public Numbering Build(DocumentStyle style)
    {
        var numbering = new Numbering(
            Abstract(OrderedAbstract, NumberFormatValues.Decimal, "%1.", style),
            Abstract(BulletAbstract, NumberFormatValues.Bullet, "●", style));
        for (var i = 0; i < lists.Count; i++)
        {
            var instance = new NumberingInstance(new AbstractNumId { Val = lists[i] ? OrderedAbstract : BulletAbstract }) { NumberID = i + 1 };
            if (lists[i])
                instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = 1 }) { LevelIndex = 0 });
            numbering.Append(instance);
        }

        return numbering;
    }

    private static AbstractNum Abstract(int id, NumberFormatValues format, string text, DocumentStyle style)
    {
        var body = style.Font(StyleRole.Body);
        var level = new Level(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = format },
            new LevelSuffix { Val = LevelSuffixValues.Nothing },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(DocxStyles.CharIndent(style.FirstLineIndentChars, body.SizePt)))
        { LevelIndex = 0 };
        return new AbstractNum(new MultiLevelType { Val = MultiLevelValues.SingleLevel }, level) { AbstractNumberId = id };
    }
}
