using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.Pdf.Structure;
using PdfSharp.UniversalAccessibility;

namespace FinalAccounts.Publisher.Writers.Pdf;

internal sealed partial class PdfRenderer
{
    private void BeginTag(BeginTagOp op)
    {
        if (structure is null) return;
        switch (op.Tag)
        {
            case StructTag.Figure:
                var box = op.Box ?? [0, 0, 0, 0];
                structure.BeginElement(PdfIllustrationElementTag.Figure, op.Alt ?? "", new XRect(box[0], box[1], box[2], box[3]));
                return;
            case StructTag.Toc:
                structure.BeginElement(PdfGroupingElementTag.TableOfContents);
                return;
            case StructTag.Toci:
                structure.BeginElement(PdfGroupingElementTag.TableOfContentsItem);
                return;
            case StructTag.Caption:
                structure.BeginElement(PdfGroupingElementTag.Caption);
                return;
        }

        structure.BeginElement(op.Tag switch
        {
            StructTag.P => PdfBlockLevelElementTag.Paragraph,
            StructTag.H1 => PdfBlockLevelElementTag.Heading1,
            StructTag.H2 => PdfBlockLevelElementTag.Heading2,
            StructTag.H3 => PdfBlockLevelElementTag.Heading3,
            StructTag.H4 => PdfBlockLevelElementTag.Heading4,
            StructTag.H5 => PdfBlockLevelElementTag.Heading5,
            StructTag.L => PdfBlockLevelElementTag.List,
            StructTag.LI => PdfBlockLevelElementTag.ListItem,
            StructTag.Lbl => PdfBlockLevelElementTag.Label,
            StructTag.LBody => PdfBlockLevelElementTag.ListBody,
            StructTag.Table => PdfBlockLevelElementTag.Table,
            StructTag.TR => PdfBlockLevelElementTag.TableRow,
            StructTag.TH or StructTag.THRow => PdfBlockLevelElementTag.TableHeaderCell,
            StructTag.TD => PdfBlockLevelElementTag.TableDataCell,
            _ => throw new InvalidOperationException($"Unmapped tag {op.Tag}."),
        });
        if (op.Tag is StructTag.TH or StructTag.THRow or StructTag.TD)
        {
            if (op.RowSpan > 1) structure.SetRowSpan(op.RowSpan);
            if (op.ColSpan > 1) structure.SetColSpan(op.ColSpan);
        }

        if (op.Tag is StructTag.TH or StructTag.THRow)
        {
            var attributes = structure.CurrentStructureElement.TableAttributes;
            attributes.Elements.SetName("/Scope", op.Tag == StructTag.TH ? "/Column" : "/Row");
        }
    }

    /// <summary>Bookmarks for parts, sections and subsections, nested by level.</summary>
    private void AddOutlines()
    {
        var stack = new List<(int Level, PdfOutline Outline)>();
        foreach (var heading in layout.Headings.Where(h => h.Level <= 3))
        {
            while (stack.Count > 0 && stack[^1].Level >= heading.Level) stack.RemoveAt(stack.Count - 1);
            var page = document.Pages[heading.PageIndex];
            var parent = stack.Count == 0 ? document.Outlines : stack[^1].Outline.Outlines;
            var outline = parent.Add(heading.Title, page, heading.Level == 1);
            outline.PageDestinationType = PdfPageDestinationType.Xyz;
            outline.Left = 0;
            outline.Top = page.Height.Point - heading.Y;
            stack.Add((heading.Level, outline));
        }
    }
}
