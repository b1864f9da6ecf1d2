namespace FinalAccounts.Publisher.Writers.Pdf;

/// <summary>
/// Where things stand in one indirect object with a stream (offsets from the object's start): the dictionary's closing
/// "&gt;&gt;", the /Length value, the first byte of data and its length, and whether the stream may be deflated.
/// </summary>
internal sealed record PdfStreamSpan(int DictionaryClose, Range LengthValue, int DataStart, int Length, bool Deflatable);
