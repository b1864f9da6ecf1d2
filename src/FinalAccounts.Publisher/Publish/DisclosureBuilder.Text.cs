using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Publish;

public sealed partial class DisclosureBuilder
{
    /// <summary>
    /// The document a build would write for a checked department, composed in memory with nothing written (what
    /// <c>finacc diff</c> compares); null when the data, the style or a template has errors (in the load's diagnostics).
    /// </summary>
    public DocumentTree? Compose(LoadResult load, CancellationToken cancellationToken = default)
    {
        var bag = load.Diagnostics;
        if (bag.HasErrors || load.Model is not { } model) return null;
        if (StyleFor(load.Folder.FullPath, bag) is not { IsUsable: true, Style: { } style, Layouts: { } layouts, Parts: { } parts })
            return null;
        var templates = TemplateSetLoader.Place(style, parts, load.Folder.FullPath, bag);
        var document = Composer.Compose(model, style, templates, layouts, bag, cancellationToken).Document;
        return bag.HasErrors ? null : document;
    }

    /// <summary>The published document's text, kept for review (<see cref="PublishedTexts"/>); a failure is a warning.</summary>
    private void RecordText(int year, string id, string fingerprint, DocumentTree document, DiagnosticBag bag)
    {
        var yearFolder = OutputPublisher.YearFolder(options.OutputRoot, year);
        try
        {
            PublishedTexts.Record(yearFolder, id, fingerprint, options.Draft, document, options.Now);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var store = Path.Combine(yearFolder, PublishedTexts.FolderName).Replace('\\', '/');
            bag.Report(PublishCodes.TextNotRecorded, SourceLocation.OfFile(store),
                $"未能保存 {id} 的文字记录：{e.Message}", $"Cannot record the text of {id}: {e.Message}");
        }
    }
}
