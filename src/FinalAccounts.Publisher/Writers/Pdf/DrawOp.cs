namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// What the layout decided to draw, in page coordinates (points, origin top-left), in reading order. Structure and
/// artifact markers sit between the drawing ops so the renderer can tag the content as it draws it.
/// </summary>
internal abstract record DrawOp
{
    /// <summary>The same op moved by (<paramref name="dx"/>, <paramref name="dy"/>).</summary>
    public abstract DrawOp Offset(double dx, double dy);
}

/// <summary>
/// A run of text in one font: its em box is (X, Top, Width, Font.Size); it is drawn on its baseline. A justified run
/// of CJK text carries <see cref="CharSpacing"/>, added after each glyph (PDF Tc), so it is drawn with one operator.
/// </summary>
internal sealed record TextOp(double X, double Top, string Text, FontHandle Font, double Width, double CharSpacing = 0) : DrawOp
{
    public double Baseline => Top + Font.Ascent;

    public double Bottom => Top + Font.Size;

    public override DrawOp Offset(double dx, double dy) => this with { X = X + dx, Top = Top + dy };
}

/// <summary>A straight line (table rules, leaders are text).</summary>
internal sealed record LineOp(double X1, double Y1, double X2, double Y2, double Thickness) : DrawOp
{
    public override DrawOp Offset(double dx, double dy) => new LineOp(X1 + dx, Y1 + dy, X2 + dx, Y2 + dy, Thickness);
}

/// <summary>A rectangle outline (the box that stands in for a chart).</summary>
internal sealed record RectOp(double X, double Y, double Width, double Height, double Thickness) : DrawOp
{
    public override DrawOp Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}

/// <summary>A PNG image scaled into a box.</summary>
internal sealed record ImageOp(double X, double Y, double Width, double Height, FigureImage Image) : DrawOp
{
    public override DrawOp Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}

/// <summary>Opens a structure element (tagged PDF). <see cref="Box"/> is the bounding box for figures.</summary>
internal sealed record BeginTagOp(StructTag Tag, string? Alt = null, int RowSpan = 1, int ColSpan = 1, double[]? Box = null) : DrawOp
{
    public override DrawOp Offset(double dx, double dy) =>
        Box is null ? this : this with { Box = [Box[0] + dx, Box[1] + dy, Box[2], Box[3]] };
}

/// <summary>Closes the innermost open structure element.</summary>
internal sealed record EndTagOp : DrawOp
{
    public static EndTagOp Instance { get; } = new();

    public override DrawOp Offset(double dx, double dy) => this;
}

/// <summary>Starts (<see cref="Begin"/>) or ends content that is not part of the document's structure (rules, repeated headers).</summary>
internal sealed record ArtifactOp(bool Begin) : DrawOp
{
    public static ArtifactOp Start { get; } = new(true);

    public static ArtifactOp Stop { get; } = new(false);

    public override DrawOp Offset(double dx, double dy) => this;
}

/// <summary>Opens a link to a heading over a rectangle; the text drawn until <see cref="EndLinkOp"/> is its content.</summary>
internal sealed record BeginLinkOp(double X, double Y, double Width, double Height, string TargetId, string Alt) : DrawOp
{
    public override DrawOp Offset(double dx, double dy) => this with { X = X + dx, Y = Y + dy };
}

/// <summary>Closes a link.</summary>
internal sealed record EndLinkOp : DrawOp
{
    public static EndLinkOp Instance { get; } = new();

    public override DrawOp Offset(double dx, double dy) => this;
}

/// <summary>Marks where a heading is drawn: for the TOC, bookmarks and link targets.</summary>
internal sealed record AnchorOp(string Id, int Level, string Title, double Y) : DrawOp
{
    public override DrawOp Offset(double dx, double dy) => this with { Y = Y + dy };
}

/// <summary>
/// Marks a table's piece on a page, for checks (drawn as nothing): body rows from <see cref="From"/> up to
/// <see cref="End"/> (a row of a split row's lines counts as one), of <see cref="BodyRows"/> in the table.
/// </summary>
internal sealed record TablePieceOp(string TableId, RowPosition From, RowPosition End, int BodyRows) : DrawOp
{
    /// <summary>Whether the piece continues the table from an earlier page.</summary>
    public bool Continues => From != RowPosition.Start;

    /// <summary>How many body rows (whole or in part) the piece holds.</summary>
    public int Rows => Math.Min(End.Row + (End.Line > 0 ? 1 : 0), BodyRows) - From.Row;

    public override DrawOp Offset(double dx, double dy) => this;
}
