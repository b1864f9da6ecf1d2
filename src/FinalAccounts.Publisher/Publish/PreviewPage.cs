using System.Globalization;
using System.Text;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Writers.Html;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// What a preview's browser is shown: the built web page, or when the build failed a page of its errors, each with a
/// script that waits (<c>/wait?v=N</c>, answered with the newest version) and reloads when a newer build is there.
/// </summary>
public static class PreviewPage
{
    /// <summary>The page for <paramref name="build"/>: the web page as built, or its errors, with the reload script.</summary>
    public static string For(PreviewBuild build, Language language)
    {
        var html = build.Page is { } page && File.Exists(page) ? File.ReadAllText(page) : Errors(build, language);
        var script = Script(build.Version);
        var end = html.LastIndexOf("</body>", StringComparison.Ordinal);
        return end < 0 ? html + script : html.Insert(end, script);
    }

    private static string Script(int version) =>
        "<script>(function(){var v=" + version.ToString(CultureInfo.InvariantCulture) + ";function w(){fetch('/wait?v='+v)" +
        ".then(function(r){return r.text();}).then(function(t){if(+t>v)location.reload();else w();})" +
        ".catch(function(){setTimeout(w,1000);});}w();})();</script>\n";

    private static string Errors(PreviewBuild build, Language language)
    {
        var en = language == Language.En;
        var title = build.Version == 0 ? (en ? "Building…" : "正在生成……") : en ? "The preview could not be built" : "无法生成预览";
        var sb = new StringBuilder("<!DOCTYPE html>\n<html lang=\"").Append(language.Tag())
            .Append("\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .AppendEscaped(title).Append("</title>\n<style>body{font-family:sans-serif;margin:2em}li{margin:.4em 0;font-family:monospace;white-space:pre-wrap}")
            .Append(".error{color:#b00}.warning{color:#850}</style>\n</head>\n<body>\n<h1>").AppendEscaped(title).Append("</h1>\n");
        if (build.Version > 0)
            sb.Append("<p>").AppendEscaped(en ? "Fix the problems below and save: the page reloads by itself." : "请改正下列问题并保存，页面会自动刷新。").Append("</p>\n");
        sb.Append("<ul>\n");
        foreach (var d in build.Diagnostics.Where(d => d.Severity != Severity.Info))
            sb.Append("<li class=\"").Append(DiagnosticFormatter.SeverityWord(d.Severity)).Append("\">")
                .AppendEscaped(DiagnosticFormatter.Headline(d, language)).Append("</li>\n");
        return sb.Append("</ul>\n</body>\n</html>\n").ToString();
    }
}
