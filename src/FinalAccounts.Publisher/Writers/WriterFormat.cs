using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Writers;

/// <summary>
/// One output format as registered in <see cref="WriterRegistry"/>: its name on the command line, the file extension,
/// what a reader calls it, the progress label, what its writer needs (the one pagination; figures as PNG or SVG),
/// whether the builder runs it on its own thread (the longest path of a build), and how to make the writer.
/// </summary>
public sealed record WriterFormat(
    string Name,
    string Extension,
    LocalizedText Title,
    LocalizedText Writing,
    FigureFormat? Figures,
    bool NeedsPagination,
    bool OnCallerThread,
    Func<WriterServices, IDocumentWriter> Create)
{
    /// <summary>The IANA media type of the edition's file, as the portal feed announces it.</summary>
    public string MediaType { get; init; } = "application/octet-stream";
}
