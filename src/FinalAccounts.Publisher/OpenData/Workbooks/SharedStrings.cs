using DocumentFormat.OpenXml.Spreadsheet;

namespace FinalAccounts.Publisher.OpenData.Workbooks;

/// <summary>The workbook's shared string table, in order of first use (so the same sheets give the same table).</summary>
internal sealed class SharedStrings
{
    private readonly Dictionary<string, int> index = new(StringComparer.Ordinal);
    private readonly List<string> texts = [];
    private int uses;

    /// <summary>The index of a text, added on first use.</summary>
    public int Of(string text)
    {
        uses++;
        if (index.TryGetValue(text, out var i)) return i;
        index[text] = texts.Count;
        texts.Add(text);
        return texts.Count - 1;
    }

    public SharedStringTable Table() =>
        new(texts.Select(t => new SharedStringItem(new Text(t) { Space = t.Trim() == t ? null : DocumentFormat.OpenXml.SpaceProcessingModeValues.Preserve })))
        {
            Count = (uint)uses,
            UniqueCount = (uint)texts.Count,
        };
}
