using DocumentFormat.OpenXml.Packaging;
using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Audit;

/// <summary>What an audit reads besides the document: the code lists, the house styles, the style, and optionally the department's data.</summary>
public sealed record AuditOptions(string ReferenceFolder, string TemplatesRoot, string Style = "default", string? DataFolder = null);

/// <summary>
/// The pipeline run backwards and compared: a finished document (.docx, .md, .txt) is read into the document model,
/// its tables through the descriptors into the model, the accounting identities run on them, the facts derived, and
/// the prose compared with those facts (<see cref="ProseAudit"/>). With the department's data, the facts come from the
/// data and every table cell of the document is compared with it.
/// </summary>
public static class DocumentAudit
{
    /// <summary>The document formats the audit reads.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".docx", ".pdf", ".md", ".txt"];

    public static AuditResult Run(string path, AuditOptions options, CancellationToken cancellationToken = default)
    {
        var display = path.Replace('\\', '/');
        var bag = new DiagnosticBag();
        var document = Read(path, display, bag);
        if (document is null) return Result(display, bag, [], 0, 0);
        cancellationToken.ThrowIfCancellationRequested();
        var load = DocumentModel.Load(document, options.ReferenceFolder, bag);
        if (Path.GetExtension(path).Equals(".pdf", StringComparison.OrdinalIgnoreCase)) (load, bag) = SetAsideMisread(load, bag);
        if (load.Model is not { } fromDocument) return Result(display, bag, [], 0, 0) with { Text = document };
        var ctx = new CheckContext(load, fromDocument);
        TableChecks.Run(ctx);
        CrossTableChecks.Run(ctx);
        var model = fromDocument;
        var unread = fromDocument.Tables.Where(t => !load.IsAvailable(t.Source)).Select(t => t.Table).ToHashSet();
        if (options.DataFolder is { } data)
        {
            var loaded = LoadData(data, cancellationToken);
            bag.AddRange(loaded.Diagnostics.Items.Where(d => d.Severity == Severity.Error));
            if (loaded.Model is { } m)
            {
                TableComparison.Compare(fromDocument, m, load, bag);
                model = m;
                unread.Clear();
            }
        }

        cancellationToken.ThrowIfCancellationRequested();
        var numbers = HouseStyleReader.Read(options.TemplatesRoot, options.Style, new DiagnosticBag())?.Numbers ?? NumberStyle.Default;
        var prose = new ProseAudit(document, model, FactsBuilder.Build(model), new NumberFormatter(numbers), unread);
        var texts = DocumentTexts.Of(document);
        var findings = prose.Run().Concat(CountConsistency.Run(texts)).Concat(ContentsConsistency.Run(texts))
            .Concat(WordingConsistency.Run(texts)).ToList();
        return Result(display, bag, findings, prose.FiguresChecked, prose.NotUnderstood) with { Text = document };
    }

    /// <summary>
    /// A department's data as check reads it, prior year included: from data/&lt;year-1&gt;/&lt;id&gt; when that folder
    /// exists (<see cref="DataCheck.PriorYear"/>), else from prior-year.yaml.
    /// </summary>
    internal static LoadResult LoadData(string folder, CancellationToken cancellationToken = default)
    {
        var loader = new DepartmentLoader();
        return loader.Load(folder, DataCheck.PriorYear(loader, folder, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// A PDF's tables are rebuilt from their rules or positions, as best as can be: one that did not read cleanly is set aside (its
    /// reading problems become warnings, one warning says so) and the checks that need it are skipped, so a table the
    /// reconstruction got wrong is not reported as the document's mistake.
    /// </summary>
    private static (LoadResult, DiagnosticBag) SetAsideMisread(LoadResult load, DiagnosticBag bag)
    {
        if (load.Model is not { } model) return (load, bag);
        var misread = model.Tables.Where(t => bag.Items.Any(d => d.Severity == Severity.Error && d.Location.Source == t.Source))
            .ToDictionary(t => t.Source, t => t.Table);
        if (misread.Count == 0) return (load, bag);
        var kept = new DiagnosticBag();
        foreach (var d in bag.Items)
            kept.Add(misread.ContainsKey(d.Location.Source) && d.Severity == Severity.Error ? d with { SeverityOverride = Severity.Warning } : d);
        foreach (var (at, table) in misread)
            kept.Report(AuditCodes.PdfTableSetAside, at, $"PDF 中的{new OwnText(table.ToString())}未能按列还原，与之相关的核对已跳过。",
                $"{new OwnText(table.ToString())} of the PDF was not rebuilt cleanly from its positions; the checks that need it were skipped.");
        var unavailable = new HashSet<string>(load.Unavailable, StringComparer.Ordinal);
        unavailable.UnionWith(misread.Keys.Select(k => k.ToString()));
        return (load with { Diagnostics = kept, Unavailable = unavailable }, kept);
    }

    /// <summary>The document at <paramref name="path"/> in the document model, or null (reported).</summary>
    public static ReadDocument? Read(string path, string display, DiagnosticBag bag)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        var at = SourceLocation.OfFile(display);
        if (!Extensions.Contains(extension))
        {
            bag.Report(AuditCodes.Unreadable, at, $"不能审核 {new OwnText(extension)} 文件（只能是 .docx、.pdf、.md、.txt）。",
                $"Cannot audit a {new OwnText(extension)} file (only .docx, .pdf, .md, .txt).");
            return null;
        }

        try
        {
            if (extension is ".docx" or ".pdf")
            {
                using var stream = File.OpenRead(path);
                return extension == ".pdf" ? PdfDocumentReader.Read(display, stream) : DocxDocumentReader.Read(display, stream);
            }

            return TextDocumentReader.Read(display, File.ReadAllText(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or OpenXmlPackageException or InvalidDataException
                                      or System.Xml.XmlException or UglyToad.PdfPig.Core.PdfDocumentFormatException)
        {
            bag.Report(AuditCodes.Unreadable, at, $"无法读取文档：{e.Message}", $"The document cannot be read: {e.Message}");
            return null;
        }
    }

    private static AuditResult Result(string display, DiagnosticBag bag, IReadOnlyList<AuditFinding> prose, int figures, int notUnderstood)
    {
        var all = bag.Items.Select(d => new AuditFinding(d, "", d.Figures is { } f ? Money(f.Actual) : "", d.Figures is { } g ? Money(g.Expected) : "",
                d.Figures is { } h ? $"{Money(h.Actual)} − {Money(h.Expected)} = {Money(h.Difference)}" : ""))
            .Concat(prose)
            .OrderBy(f => f.Diagnostic, Comparer<Diagnostic>.Create(Diagnostic.Compare))
            .ToList();
        return new AuditResult(display, all, figures, notUnderstood);
    }

    private static string Money(decimal value) => ProseText.Money(value);
}
