namespace FinalAccounts.Publisher.Input.Workbooks;

/// <summary>A part of a workbook unpacks to more than <see cref="InputLimits.WorkbookPartBytes"/> (a zip bomb or a huge sheet).</summary>
internal sealed class WorkbookTooLargeException(string part, long bytes)
    : Exception($"Workbook part {part} unpacks to {bytes} bytes.")
{
    public long Bytes { get; } = bytes;
}
