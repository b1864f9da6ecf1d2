using FinalAccounts.Publisher.Compose.Tables;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// Composes the document of one department-year: facts → each part template (Scriban) → Markdown → Markdig → blocks,
/// with directives resolved into tables, forms and figures built from the model.
/// </summary>
public static class Composer
{
    /// <summary>The most Markdown (characters) the templates of one document may write together: 50 times the sample's.</summary>
    public const int DocumentLimit = MarkdownReader.MaxLength;

    /// <summary>The composed document and the Markdown each template produced (for previews), or null document on errors.</summary>
    public static ComposeResult Compose(DepartmentYear model, HouseStyle style, IReadOnlyList<TemplateFile> templates, TableLayouts layouts,
        DiagnosticBag bag, CancellationToken cancellationToken = default)
    {
        var facts = FactsBuilder.Build(model);
        var format = new NumberFormatter(style.Numbers);
        var renderer = new ScribanRenderer(format, style.Words);
        // key-work.md's blocks are read where its directive stands, by the same reader (headings numbered in order).
        MarkdownReader? reader = null;
        var resolver = new DirectiveResolver(new TableContext(model, layouts, format), new FigureBuilder(facts, format),
            (text, file) => reader!.ReadText(text, file), bag);
        reader = new MarkdownReader(resolver.Resolve, bag);
        var blocks = new List<Block>();
        var markdown = new List<(TemplateFile, string)>();
        var failed = false;
        var written = 0;
        foreach (var template in templates)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var text = renderer.Render(template, facts, bag, written, cancellationToken);
            if (text is null)
            {
                failed = true;
                continue;
            }

            written += text.Length;
            markdown.Add((template, text));
            blocks.AddRange(reader.Read(text, template.DisplayPath));
        }

        var d = model.Department;
        var title = $"{d.Year.Value}年度{d.Name.Value}部门决算";
        var info = new DocumentInfo(title, d.Name.Value, "部门决算公开", [d.Name.Value, $"{d.Year.Value}年度", "部门决算"], "zh-CN",
            new DateTimeOffset(d.PublishDate.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), [d.Name.Value, d.ShortName.Value]);
        return new ComposeResult(failed || bag.HasErrors ? null : new DocumentTree(info, blocks), facts, markdown);
    }
}

/// <summary>What composing gave: the document (null when templates failed), the facts, and each template's Markdown.</summary>
public sealed record ComposeResult(DocumentTree? Document, DisclosureFacts Facts, IReadOnlyList<(TemplateFile Template, string Markdown)> Parts);
