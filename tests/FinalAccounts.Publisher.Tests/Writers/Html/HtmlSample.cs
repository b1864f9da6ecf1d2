using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Writers;
using FinalAccounts.Publisher.Writers.Html;

namespace FinalAccounts.Publisher.Tests.Writers.Html;

/// <summary>The sample department as an HTML page (composed once), and helpers to write and parse pages.</summary>
internal static class HtmlSample
{
    private static readonly Lazy<string> Sample = new(() => Write(Document()));

    /// <summary>The composed sample department's document.</summary>
    public static DocumentTree Document() =>
        SampleDisclosure.Get().Document ?? throw new AssertionException("the sample did not compose:\n" + SampleDisclosure.Report(SampleDisclosure.Get().Diagnostics));

    /// <summary>The sample department's page, written without a chart renderer.</summary>
    public static string Html => Sample.Value;

    public static string Write(DocumentTree document, IFigureRenderer? figures = null, DiagnosticBag? bag = null)
    {
        using var stream = new MemoryStream();
        new HtmlWriter().Write(document, new WriterContext(DocumentStyle.Default, figures, bag ?? new DiagnosticBag()), stream, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>The sample page parsed (a new DOM each call; callers cache it).</summary>
    public static IHtmlDocument Parsed() => Parse(Html);

    public static IHtmlDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>The HTML5 parse errors of a page (unclosed or misnested elements, stray characters…), each with its position.</summary>
    public static List<string> ParseErrors(string html)
    {
        var errors = new List<string>();
        var parser = new HtmlParser();
        parser.Error += (_, e) =>
        {
            if (e is AngleSharp.Html.Dom.Events.HtmlErrorEvent error) errors.Add($"{error.Position.Line}:{error.Position.Column} {error.Message}");
        };
        parser.ParseDocument(html);
        return errors;
    }

    /// <summary>Writes a page into a fresh folder of the test run and returns its path.</summary>
    public static string SaveToFile(string html, string name)
    {
        var dir = Path.Combine(TestContext.CurrentContext.WorkDirectory, "html-pages", Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, name);
        File.WriteAllText(path, html, new UTF8Encoding(false));
        return path;
    }
}
