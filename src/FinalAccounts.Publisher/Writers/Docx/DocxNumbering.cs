using DocumentFormat.OpenXml.Wordprocessing;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>
/// numbering.xml for lists: ordered items are numbered "1." with the number in the body's first-line indent, the text
/// after it at the label's width (a tab stop in each item's paragraph) and the further lines from the margin, as the
/// PDF sets them; each ordered list restarts at its own start number. Bullets use "●".
/// </summary>
internal sealed class DocxNumbering
{
    private const int OrderedAbstract = 1;
    private const int BulletAbstract = 2;
    private readonly List<(bool Ordered, int Start)> lists = [];

    /// <summary>Registers a list (ordered ones count from <paramref name="start"/>) and returns its numbering instance id.</summary>
    public int Add(bool ordered, int start = 1)
    {
        lists.Add((ordered, start));
        return lists.Count;
    }

    public bool IsEmpty => lists.Count == 0;

    /// <summary>The label's width when no pagination measured it: an em at least, the label and a quarter em.</summary>
    public static double LabelWidthPt(ListBlock list, int item, double sizePt)
    {
        var label = list.Ordered ? (item + list.Start).ToString(System.Globalization.CultureInfo.InvariantCulture) + "." : "●";
        return Math.Max(sizePt, (Shared.TextEstimate.Ems(label) + 0.25) * sizePt);
    }

    /// <summary>The label at the first-line indent <paramref name="indentPt"/>, the further lines from the margin.</summary>
    public static Indentation FirstLine(double indentPt) => new()
    {
        Left = "0",
        FirstLine = DocxUnits.Str(DocxUnits.TwipsFromPt(indentPt)),
    };

    /// <summary>The tab stop the text after the label starts at.</summary>
    public static Tabs TextStart(double indentPt, double labelPt) =>
        new(new TabStop { Val = TabStopValues.Left, Position = DocxUnits.TwipsFromPt(indentPt + labelPt) });

    public Numbering Build(DocumentStyle style)
    {
        var numbering = new Numbering(
            Abstract(OrderedAbstract, NumberFormatValues.Decimal, "%1.", style),
            Abstract(BulletAbstract, NumberFormatValues.Bullet, "●", style));
        for (var i = 0; i < lists.Count; i++)
        {
            var instance = new NumberingInstance(new AbstractNumId { Val = lists[i].Ordered ? OrderedAbstract : BulletAbstract }) { NumberID = i + 1 };
            if (lists[i].Ordered)
                instance.Append(new LevelOverride(new StartOverrideNumberingValue { Val = lists[i].Start }) { LevelIndex = 0 });
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
            new LevelSuffix { Val = LevelSuffixValues.Tab },
            new LevelText { Val = text },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(FirstLine(style.FirstLineIndentChars * body.SizePt)))
        { LevelIndex = 0 };
        return new AbstractNum(new MultiLevelType { Val = MultiLevelValues.SingleLevel }, level) { AbstractNumberId = id };
    }
}
