namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// A table's piece on one page: where it ends, and the body height it takes (with the notes and statement when
/// <see cref="Complete"/>).
/// </summary>
internal readonly record struct TablePiece(RowPosition End, double Height, bool Complete);
