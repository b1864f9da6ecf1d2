using FinalAccounts.Publisher.Compose.Tables;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// Composes the document of one department-year: facts → each section in the style's order (a page break when it
/// starts a page, its heading from its title, its part template rendered with Scriban) → Markdown → Markdig → blocks,
/// with directives resolved into tables, forms and figures built from the model; then every heading is numbered.
/// </summary>
public static class Composer
{
    /// <summary>The most Markdown (characters) the templates of one document may write together: 50 times the sample's.</summary>
    public const int DocumentLimit = MarkdownReader.MaxLength;

    /// <summary>The composed document and the Markdown each template produced (for previews), or null document on errors.</summary>
    public static ComposeResult Compose(DepartmentYear model, HouseStyle style, IReadOnlyList<PlacedSection> sections, TableLayouts layouts,
        DiagnosticBag bag, CancellationToken cancellationToken = default)
    {
        var facts = FactsBuilder.Build(model, style.Numbers.ZeroBase);
        var format = new NumberFormatter(style.Numbers);
        var renderer = new ScribanRenderer(format, style.Words);
        var words = style.Texts;
        var composing = new Composing(renderer, format, facts, bag, cancellationToken);
        var figures = new FigureBuilder(facts, format, words.Chart, composing.Word(words.Chart.Year), composing.Word(words.Chart.PriorYear));
        // key-work.md's blocks are read where its directive stands, by the same reader (headings numbered in order).
        MarkdownReader? reader = null;
        var title = composing.Word(words.Title);
        var resolver = new DirectiveResolver(new TableContext(model, layouts, format), figures, words, title, style.Document.Words.FigureSeparator,
            (text, file) => reader!.ReadText(text, file), bag);
        reader = new MarkdownReader(resolver.Resolve, bag);
        composing.Reader = reader;
        composing.Resolver = resolver;
        foreach (var section in sections) composing.Add(section);

        var d = model.Department;
        var info = new DocumentInfo(title, d.Name.Value, composing.Word(words.Subject),
            words.Keywords.Select(composing.Word).Where(k => k.Length > 0).ToList(), "zh-CN",
            new DateTimeOffset(d.PublishDate.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero), [d.Name.Value, d.ShortName.Value]);
        var document = composing.Failed || bag.HasErrors
            ? null
            : new DocumentTree(info, HeadingNumbers.Apply(composing.Blocks, style.Numbering));
        return new ComposeResult(document, facts, composing.Markdown);
    }

    /// <summary>One composition in progress: the blocks so far, the Markdown each template wrote, and whether any failed.</summary>
    private sealed class Composing(ScribanRenderer renderer, NumberFormatter format, DisclosureFacts facts, DiagnosticBag bag,
        CancellationToken cancellationToken)
    {
        private int written;

        public MarkdownReader Reader { private get; set; } = null!;

        /// <summary>Places a section's tables and figures with the section's own units (part_units).</summary>
        public DirectiveResolver Resolver { private get; set; } = null!;

        public List<Block> Blocks { get; } = [];

        public List<(TemplateFile, string)> Markdown { get; } = [];

        public bool Failed { get; private set; }

        public void Add(PlacedSection section)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var entry = section.Entry;
            if (entry.StartsPage(section.Depth)) Blocks.Add(new PageBreak(entry.Location));
            var heading = entry.Title is { } title ? TitleHeading(title, section) : null;
            if (heading is not null) Blocks.Add(heading);
            if (section.Part is not { } part || Render(part) is not { } text) return;
            Resolver.UseFormat(format.ForPart(part.Part));
            // The part's sub-headings sit under the section's heading whatever its depth: its top level comes right below.
            var blocks = Reader.Read(text, part.DisplayPath);
            var top = blocks.OfType<Heading>().Select(h => h.Level).DefaultIfEmpty(0).Min();
            var shift = top == 0 ? 0 : section.Depth + (heading is null ? 0 : 1) - top;
            Blocks.AddRange(shift == 0 ? blocks : blocks.Select(b => b is Heading h ? h with { Level = Math.Clamp(h.Level + shift, 1, 5) } : b));
        }

        /// <summary>The section's heading at its depth, its title rendered like a template (null when empty or failed).</summary>
        private Heading? TitleHeading(TemplateFile title, PlacedSection section)
        {
            if (Render(title) is not { } text) return null;
            var line = text.ReplaceLineEndings(" ").Trim();
            if (line.Length == 0) return null;
            var classes = (section.Entry.InToc ? "" : " .notoc") + (section.Entry.Numbered ? "" : " .nonumber");
            var markdown = new string('#', Math.Clamp(section.Depth, 1, 5)) + " " + line + (classes.Length > 0 ? " {" + classes.Trim() + "}" : "");
            return Reader.Read(markdown, title.DisplayPath).OfType<Heading>().FirstOrDefault() is { } h
                ? h with { Location = title.Start }
                : null;
        }

        /// <summary>A word of the style rendered as plain text (a value it prints is not Markdown here); "" when it fails.</summary>
        public string Word(TemplateFile word) =>
            renderer.Render(word, facts, bag, 0, cancellationToken) is { } text ? MarkdownText.Unescape(text).ReplaceLineEndings(" ").Trim() : Fail();

        private string Fail()
        {
            Failed = true;
            return "";
        }

        private string? Render(TemplateFile template)
        {
            var text = renderer.Render(template, facts, bag, written, cancellationToken);
            if (text is null)
            {
                Failed = true;
                return null;
            }

            written += text.Length;
            Markdown.Add((template, text));
            return text;
        }
    }
}

/// <summary>What composing gave: the document (null when templates failed), the facts, and each template's Markdown.</summary>
public sealed record ComposeResult(DocumentTree? Document, DisclosureFacts Facts, IReadOnlyList<(TemplateFile Template, string Markdown)> Parts);
