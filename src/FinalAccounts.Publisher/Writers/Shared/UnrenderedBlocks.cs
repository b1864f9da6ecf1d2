using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;

namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// The policy for a block a writer cannot show, the same in every edition (pandoc's BlockNotRendered): the block is
/// left out, a located warning says so, and the rest of the document is written.
/// </summary>
public static class UnrenderedBlocks
{
    public static void Report(DiagnosticBag diagnostics, Block block, string? why = null)
    {
        var kind = block.GetType().Name;
        var zh = why is null ? $"“{kind}”类型的内容无法输出，已略去。" : $"“{kind}”内容无法输出，已略去：{why}";
        var en = why is null
            ? $"A block of kind {kind} cannot be written and was left out."
            : $"A {kind} block was left out: {why}";
        diagnostics.Report(WriterCodes.BlockNotRendered, block.Location, zh, en);
    }
}
