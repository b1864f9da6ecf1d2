using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;

namespace FinalAccounts.Publisher.Audit;

/// <summary>
/// A straight rule drawn on a PDF page: horizontal at height <see cref="At"/> from x <see cref="From"/> to
/// <see cref="To"/>, or vertical at x <see cref="At"/> from y <see cref="From"/> to <see cref="To"/> (From ≤ To).
/// </summary>
internal sealed record PdfRule(bool Horizontal, double At, double From, double To)
{
    /// <summary>How far apart (points) two coordinates may be and still be the same line.</summary>
    public const double Tolerance = 1.0;

    public double Top => Horizontal ? At : To;

    public double Bottom => Horizontal ? At : From;

    public double Left => Horizontal ? From : At;

    public double Right => Horizontal ? To : At;

    /// <summary>Whether the rule lies at <paramref name="at"/> and passes over <paramref name="point"/> along its length.</summary>
    public bool Covers(double at, double point) =>
        Math.Abs(At - at) <= Tolerance && From - Tolerance <= point && point <= To + Tolerance;
}

/// <summary>
/// The table rules of a page: stroked straight lines (each side of a stroked rectangle too) and thin filled rectangles
/// (how some programs draw rules) that are horizontal or vertical and at least a few points long.
/// </summary>
internal static class PdfRules
{
    /// <summary>Shorter strokes are glyph parts or decoration, not cell borders.</summary>
    private const double MinLength = 3;

    /// <summary>A filled rectangle thinner than this is a rule.</summary>
    private const double MaxThickness = 2;

    public static List<PdfRule> Of(Page page)
    {
        var rules = new List<PdfRule>();
        foreach (var path in page.Paths)
        {
            if (path.IsClipping) continue;
            if (path.IsStroked)
            {
                foreach (var sub in path)
                {
                    PdfPoint? start = null, current = null;
                    foreach (var command in sub.Commands)
                    {
                        switch (command)
                        {
                            case PdfSubpath.Move m: start = current = m.Location; break;
                            case PdfSubpath.Line l: Add(rules, l.From, l.To); current = l.To; break;
                            case PdfSubpath.Close when start is { } s && current is { } c: Add(rules, c, s); current = s; break;
                        }
                    }
                }
            }
            else if (path.IsFilled && path.GetBoundingRectangle() is { } box)
            {
                if (box.Height <= MaxThickness && box.Width >= MinLength)
                    rules.Add(new PdfRule(true, (box.Top + box.Bottom) / 2, box.Left, box.Right));
                else if (box.Width <= MaxThickness && box.Height >= MinLength)
                    rules.Add(new PdfRule(false, (box.Left + box.Right) / 2, box.Bottom, box.Top));
            }
        }

        return rules;
    }

    private static void Add(List<PdfRule> rules, PdfPoint a, PdfPoint b)
    {
        var (dx, dy) = (Math.Abs(a.X - b.X), Math.Abs(a.Y - b.Y));
        if (dy < 0.5 && dx >= MinLength) rules.Add(new PdfRule(true, (a.Y + b.Y) / 2, Math.Min(a.X, b.X), Math.Max(a.X, b.X)));
        else if (dx < 0.5 && dy >= MinLength) rules.Add(new PdfRule(false, (a.X + b.X) / 2, Math.Min(a.Y, b.Y), Math.Max(a.Y, b.Y)));
    }
}
