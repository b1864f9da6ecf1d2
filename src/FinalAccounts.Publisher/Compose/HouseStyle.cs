using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Facts;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// A house style (templates/&lt;style&gt;/): how numbers and words are written, how the document is set, and the folders
/// whose templates it uses (its own first, then its base styles').
/// </summary>
public sealed record HouseStyle(string Name, NumberStyle Numbers, WordStyle Words, DocumentStyle Document, IReadOnlyList<string> TemplateFolders);
