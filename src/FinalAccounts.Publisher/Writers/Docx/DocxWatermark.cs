using System.Security;
using DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>
/// A draft's watermark as Word writes one (设计 → 水印): a header holding a VML WordArt text shape, light grey and
/// half transparent, turned 45° and centred on the page behind the text; every section refers to it.
/// </summary>
internal static class DocxWatermark
{
    public static Header Header(string text, string family)
    {
        var (mark, font) = (SecurityElement.Escape(text), SecurityElement.Escape(family));
        return new Header($"""
            <w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office"><w:p><w:r><w:pict><v:shapetype id="_x0000_t136" coordsize="21600,21600" o:spt="136" adj="10800" path="m@7,l@8,m@5,21600l@6,21600e"><v:path textpathok="t" o:connecttype="custom"/><v:textpath on="t" fitshape="t"/><o:lock v:ext="edit" text="t" shapetype="t"/></v:shapetype><v:shape id="FinaccDraftWatermark" o:spid="_x0000_s1025" type="#_x0000_t136" style="position:absolute;margin-left:0;margin-top:0;width:440pt;height:110pt;rotation:315;z-index:-251657216;mso-position-horizontal:center;mso-position-horizontal-relative:margin;mso-position-vertical:center;mso-position-vertical-relative:margin" o:allowincell="f" fillcolor="#969696" stroked="f"><v:fill opacity=".35"/><v:textpath style="font-family:&quot;{font}&quot;;font-size:1pt" string="{mark}"/></v:shape></w:pict></w:r></w:p></w:hdr>
            """);
    }
}
