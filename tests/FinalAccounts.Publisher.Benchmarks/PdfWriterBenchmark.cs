using BenchmarkDotNet.Attributes;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Fixtures;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Fonts;
using FinalAccounts.Publisher.Writers.Pdf;

namespace FinalAccounts.Publisher.Benchmarks;

/// <summary>The sample document's PDF, warm: one writer (fonts scanned and widths cached), written again and again.</summary>
[MemoryDiagnoser]
public class PdfWriterBenchmark
{
    private DocumentTree document = null!;
    private PdfWriter writer = null!;

    /// <summary>How many times the sample's body is repeated: 1 gives 11 pages, 4 gives about 40.</summary>
    [Params(1, 4)]
    public int Copies { get; set; } = 4;

    [GlobalSetup]
    public void Setup()
    {
        document = Enlarge(SampleDocument.Create(), Copies);
        writer = new PdfWriter(FontCatalog.ForSystem());
        Write();
    }

    /// <summary>The sample with its body (everything after the TOC) repeated, heading ids made unique.</summary>
    public static DocumentTree Enlarge(DocumentTree sample, int copies)
    {
        var front = sample.Blocks.TakeWhile(b => b is not Heading).ToList();
        var body = sample.Blocks.Skip(front.Count).ToList();
        var blocks = new List<Block>(front);
        for (var c = 0; c < copies; c++)
        {
            blocks.AddRange(body.Select(b => b is Heading h && c > 0 ? h with { Id = h.Id + "-" + c } : b));
            blocks.Add(new PageBreak(SourceLocation.None));
        }

        return sample with { Blocks = blocks };
    }

    [Benchmark]
    public long Write()
    {
        using var stream = new MemoryStream();
        writer.Write(document, new WriterContext(DocumentStyle.Default, null, new DiagnosticBag()), stream, CancellationToken.None);
        return stream.Length;
    }
}
