using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Document;

/// <summary>
/// Turns a directive of the composed Markdown (<c>::: name arguments</c> … <c>:::</c>) into blocks. Composition supplies
/// it: the Document stage knows nothing of tables' contents.
/// </summary>
public delegate IReadOnlyList<Block> DirectiveHandler(Directive directive);

/// <summary>A directive as written: its name, the rest of its opening line, the lines inside it, and where it is.</summary>
public sealed record Directive(string Name, string Arguments, IReadOnlyList<string> Body, SourceLocation Location);
