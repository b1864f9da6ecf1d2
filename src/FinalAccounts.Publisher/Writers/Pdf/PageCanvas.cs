using System.Text;

namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>A page being filled: its geometry, the ops drawn on it so far and the text lines set on it (for checks).</summary>
internal sealed class PageCanvas(PageGeometry geometry)
{
    public PageGeometry Geometry { get; } = geometry;

    public double Left => Geometry.Left;

    public List<DrawOp> Ops { get; } = [];

    public List<string> Lines { get; } = [];

    /// <summary>Whether nothing has been drawn yet.</summary>
    public bool IsEmpty { get; set; } = true;

    /// <summary>Whether body content (not only front matter) is on the page: numbered pages start at the first such page.</summary>
    public bool HasBody { get; set; }

    /// <summary>What the page begins with (set when the first element is drawn on it).</summary>
    public PageOrigin? Origin { get; set; }

    public void Add(DrawOp op) => Ops.Add(op);

    /// <summary>Draws a line block's line with its top at <paramref name="y"/>: open tags, ops, closing tags.</summary>
    public void Draw(BlockLine line, double y, double dx = 0)
    {
        foreach (var op in line.Open) Add(op.Offset(Left + dx, y));
        foreach (var op in line.Ops) Add(op.Offset(Left + dx, y));
        for (var c = 0; c < line.Close; c++) Add(EndTagOp.Instance);
        AddLine(line);
    }

    public void AddLine(BlockLine line)
    {
        var sb = new StringBuilder();
        foreach (var t in line.Texts) sb.Append(t.Text);
        if (sb.Length > 0) Lines.Add(sb.ToString());
    }
}
