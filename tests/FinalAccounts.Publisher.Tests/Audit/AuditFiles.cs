using DocumentFormat.OpenXml.Packaging;
using FinalAccounts.Publisher.Audit;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Writers.Docx;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace FinalAccounts.Publisher.Tests.Audit;

/// <summary>Documents to audit (the published reference, the sample as .md and .docx), run through the audit, and a run editor for injected slips.</summary>
internal static class AuditFiles
{
    public static string Published => Path.Combine(Support.SampleData.RepositoryRoot, "tests", "FinalAccounts.Publisher.Tests", "Fixtures", "Audit",
        "hongshan-jkj-2024-published.md");

    public static AuditOptions Options(string style = "default", string? data = null) =>
        new(Path.Combine(Support.SampleData.RepositoryRoot, "data", "reference"), SampleDisclosure.TemplatesRoot, style, data);

    /// <summary>The sample in a style as Markdown, as the build writes it.</summary>
    public static string SampleMarkdown(string style = "default") => SampleDisclosure.Get(style).Markdown!;

    /// <summary>The sample in a style as a Word document (the writer without the PDF's pagination).</summary>
    public static byte[] SampleDocx(string style = "default") =>
        DocxTestFiles.Write(SampleDisclosure.Get(style).Document, new FinalAccounts.Publisher.Writers.WriterContext(
            SampleDisclosure.Get(style).Style.Document, null, new DiagnosticBag()));

    /// <summary>The sample in a style as a PDF, in the style's page and fonts (charts stubbed: the audit reads text).</summary>
    public static byte[] SamplePdf(string style = "default") => Pdf(SampleDisclosure.Get(style));

    /// <summary>A composed document as the PDF writer writes it in its style.</summary>
    public static byte[] Pdf(Composed composed, DocumentTree? document = null) =>
        Writers.Shared.Editions.Write("pdf", document ?? composed.Document!, new Writers.Docx.StubFigureRenderer(), composed.Style.Document).Bytes;

    /// <summary>
    /// The document with <paramref name="old"/> replaced in the first paragraph or list item that holds it (inside one
    /// inline when one holds it, so its style survives), or, with <paramref name="inRowOf"/>, inside a cell of the first
    /// table row with a cell of that text.
    /// </summary>
    public static DocumentTree Inject(DocumentTree document, string old, string replacement, string? inRowOf = null)
    {
        var done = false;
        string Edit(string text)
        {
            if (done || !text.Contains(old, StringComparison.Ordinal)) return text;
            done = true;
            return text.Replace(old, replacement, StringComparison.Ordinal);
        }

        IReadOnlyList<Inline> EditRun(IReadOnlyList<Inline> content)
        {
            if (done || !string.Concat(content.Select(i => i.Text)).Contains(old, StringComparison.Ordinal)) return content;
            return content.Any(i => i.Text.Contains(old, StringComparison.Ordinal))
                ? [.. content.Select(i => i with { Text = Edit(i.Text) })]
                : [new Inline(Edit(string.Concat(content.Select(i => i.Text))))];
        }

        var blocks = document.Blocks.Select(b => b switch
        {
            Paragraph p when inRowOf is null => p with { Content = EditRun(p.Content) },
            ListBlock l when inRowOf is null => l with { Items = [.. l.Items.Select(EditRun)] },
            Table t when inRowOf is not null => t with
            {
                Body = [.. t.Body.Select(r => r.Cells.Any(c => c.Text == inRowOf) ? r with { Cells = [.. r.Cells.Select(c => c with { Text = Edit(c.Text) })] } : r)],
            },
            _ => b,
        }).ToList();
        if (!done) throw new ArgumentException($"“{old}” is not in the document.", nameof(old));
        return document with { Blocks = blocks };
    }

    /// <summary>Audits bytes written to a temporary file of the given extension.</summary>
    public static AuditResult Audit(byte[] bytes, string extension, AuditOptions? options = null)
    {
        var dir = DocxTestFiles.TempDirectory("audit");
        try
        {
            var path = Path.Combine(dir, "report" + extension);
            File.WriteAllBytes(path, bytes);
            return DocumentAudit.Run(path, options ?? Options());
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    public static AuditResult Audit(string markdown, AuditOptions? options = null) =>
        Audit(System.Text.Encoding.UTF8.GetBytes(markdown), ".md", options);

    /// <summary>The findings that are not info, as "CODE place" with the file name left out.</summary>
    public static List<string> Problems(AuditResult result) =>
        [.. result.Findings.Where(f => f.Diagnostic.Severity != Severity.Info).Select(Short)];

    /// <summary>The errors of an audit, each with its message and quote, for a failing assertion to show.</summary>
    public static string Errors(AuditResult result) => string.Join("\n", result.Findings.Where(f => f.Diagnostic.Severity == Severity.Error)
        .Select(f => $"{Short(f)} {f.Diagnostic.Message.Zh} “{f.Quote}”"));

    public static string Short(AuditFinding f) => f.Diagnostic.Code.Id + " " + f.Diagnostic.Location.ToString()[f.Diagnostic.Location.File.Length..];

    /// <summary>
    /// Replaces text inside one run of the first body paragraph (or table cell) that holds it, so the run's formatting
    /// survives, and returns the new bytes and the paragraph's number (non-empty body paragraphs counted from 1; 0 in a table).
    /// </summary>
    public static (byte[] Bytes, int Paragraph) Inject(byte[] docx, string old, string replacement, string? inRowOf = null)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        int paragraph;
        using (var word = WordprocessingDocument.Open(stream, true))
        {
            var body = word.MainDocumentPart!.Document!.Body!;
            var texts = inRowOf is null
                ? body.Elements<W.Paragraph>().SelectMany(p => p.Descendants<W.Text>())
                : body.Descendants<W.TableRow>().Where(r => r.Descendants<W.Text>().Any(t => t.Text == inRowOf)).SelectMany(r => r.Descendants<W.Text>());
            var text = texts.First(t => t.Text.Contains(old, StringComparison.Ordinal));
            text.Text = text.Text.Replace(old, replacement, StringComparison.Ordinal);
            var owner = text.Ancestors<W.Paragraph>().First();
            var numbered = body.Elements<W.Paragraph>().Where(p => p.InnerText.Trim().Length > 0).ToList();
            paragraph = numbered.IndexOf(owner) + 1;
        }

        return (stream.ToArray(), paragraph);
    }
}
