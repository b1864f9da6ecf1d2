using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>A table cell placed on the grid and shaped: its glyphs, alignment, tag and (once the widths are known) its lines.</summary>
internal sealed class TableCellBox(PlacedCell placed, List<Glyph> glyphs, TextAlign align, StructTag tag, double pitch)
{
    public PlacedCell Placed { get; } = placed;

    public int Row => Placed.Row;

    public int Column => Placed.Column;

    public int RowSpan => Placed.Cell.RowSpan;

    public int ColSpan => Placed.Cell.ColSpan;

    public List<Glyph> Glyphs { get; } = glyphs;

    public TextAlign Align { get; } = align;

    public StructTag Tag { get; } = tag;

    public double Pitch { get; } = pitch;

    public List<LineSpan> Lines { get; private set; } = [];

    /// <summary>The widest piece that cannot break (a number, a word, one CJK character with its punctuation).</summary>
    public double MinWidth()
    {
        double widest = 0, run = 0;
        for (var i = 0; i < Glyphs.Count; i++)
        {
            if (Glyphs[i].IsBreak || LineBreaker.CanBreakBefore(Glyphs, i)) run = 0;
            if (!Glyphs[i].IsBreak && !Glyphs[i].IsSpace) run += Glyphs[i].Width;
            widest = Math.Max(widest, run);
        }

        return widest;
    }

    /// <summary>The width of the widest line when nothing wraps.</summary>
    public double NaturalWidth() => LineBreaker.Break(Glyphs, double.MaxValue, double.MaxValue).Max(l => l.Width);

    /// <summary>Breaks the text for an inner width and returns the height the lines need.</summary>
    public double Measure(double innerWidth)
    {
        Lines = Glyphs.Count == 0 ? [] : LineBreaker.Break(Glyphs, innerWidth, innerWidth);
        return Math.Max(1, Lines.Count) * Pitch;
    }
}
