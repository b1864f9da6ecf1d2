using FinalAccounts.Publisher.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Syntax;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// A template's errors as its editor reads them: a <c>{{</c> without <c>}}</c> where the <c>}}</c> is missing, Scriban's
/// messages in Chinese and English (<see cref="ScribanMessages"/>), and an unknown variable or member with the nearest
/// name that exists ("没有 actul，是不是 actual？"), all at the template's line and column.
/// </summary>
internal static class TemplateErrors
{
    /// <summary>Reports a template's syntax errors: an unclosed <c>{{</c> alone when it explains them, else one per line.</summary>
    public static void Syntax(TemplateFile file, IEnumerable<LogMessage> messages, DiagnosticBag bag)
    {
        var errors = messages.Where(m => m.Type == ParserMessageType.Error).ToList();
        if (UnclosedCode.Find(file.Text) is var (open, missing) &&
            Position(file.Text, open) is var (openLine, openColumn) &&
            errors.Any(m => (m.Span.Start.Line, m.Span.Start.Column).CompareTo((openLine, openColumn)) >= 0))
        {
            var at = Position(file.Text, missing);
            var opened = file.Locate(openLine, openColumn);
            bag.Report(ComposeCodes.TemplateSyntax, file.Locate(at.Line, at.Column),
                $"这里缺少 }}}}：第 {opened.Line} 行第 {opened.Column} 列的 {{{{ 没有对应的 }}}}。",
                $"A }}}} is missing here: the {{{{ at line {opened.Line}, column {opened.Column} is not closed.");
            return;
        }

        var lines = new HashSet<int>();
        foreach (var m in errors.Where(m => lines.Add(m.Span.Start.Line)))
        {
            var text = ScribanMessages.OfSyntax(m.Message);
            bag.Report(ComposeCodes.TemplateSyntax, file.Locate(m.Span.Start.Line, m.Span.Start.Column), text.Zh, text.En);
        }
    }

    /// <summary>Reports an error Scriban raised while rendering.</summary>
    public static void Runtime(TemplateFile file, ScriptRuntimeException e, SandboxContext context, int written, DiagnosticBag bag)
    {
        var at = file.Locate(e.Span.Start.Line, e.Span.Start.Column);
        var message = e.OriginalMessage;
        if (message.Contains(nameof(TemplateContext.OutputLimit), StringComparison.Ordinal))
        {
            var limit = SandboxContext.Count(Composer.DocumentLimit);
            bag.Report(ComposeCodes.TemplateLimit, at,
                $"公开文件的 Markdown 不能超过 {limit} 个字符，写到这里时已超出（此前的模板共 {SandboxContext.Count(written)} 个）。",
                $"A document's Markdown may not exceed {limit} characters; it does here (earlier templates wrote {SandboxContext.Count(written)}).");
            return;
        }

        if (context.Missing is var (name, known, isMember) && message.Contains(name, StringComparison.Ordinal) &&
            (message.StartsWith("The variable or function", StringComparison.Ordinal) || message.StartsWith("Cannot get member", StringComparison.Ordinal)))
        {
            Unknown(at, name, known, isMember, bag);
            return;
        }

        var text = ScribanMessages.OfRuntime(message);
        bag.Report(ScribanMessages.IsLimit(message) ? ComposeCodes.TemplateLimit : ComposeCodes.TemplateRuntime, at, text.Zh, text.En);
    }

    /// <summary>The names a template uses for variables (declared or not): candidates for "did you mean".</summary>
    public static IReadOnlyCollection<string> Names(ScriptNode? root)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<ScriptNode>();
        if (root is not null) pending.Push(root);
        while (pending.Count > 0)
        {
            var node = pending.Pop();
            if (node is ScriptVariable v) names.Add(v.Name);
            foreach (var child in node.Children) pending.Push(child);
        }

        return names;
    }

    private static void Unknown(SourceLocation at, string name, IReadOnlyList<string> known, bool isMember, DiagnosticBag bag)
    {
        var near = NearestName.Of(name, known);
        var listed = isMember ? new OwnText(string.Join("、", known.Order(StringComparer.Ordinal))) : new OwnText("");
        var listedEn = isMember ? new OwnText(string.Join(", ", known.Order(StringComparer.Ordinal))) : new OwnText("");
        var (zhWhat, enWhat) = isMember ? (" ", "member ") : ("变量或函数 ", "variable or function ");
        if (near is not null)
            bag.Report(ComposeCodes.TemplateRuntime, at,
                $"没有{new OwnText(zhWhat)}{name}，是不是 {near}？{(isMember ? "可用的有：" : "")}{listed}",
                $"There is no {enWhat}{name}; did you mean {near}?{(isMember ? " Members: " : "")}{listedEn}");
        else
            bag.Report(ComposeCodes.TemplateRuntime, at,
                $"没有{new OwnText(zhWhat)}{name}。{(isMember ? "可用的有：" : "可用的变量和函数见 templates/README.md。")}{listed}",
                $"There is no {enWhat}{name}.{(isMember ? " Members: " : " See templates/README.md for what exists.")}{listedEn}");
    }

    /// <summary>The 0-based line and column of an offset.</summary>
    private static (int Line, int Column) Position(string text, int offset)
    {
        var line = 0;
        var start = 0;
        for (var i = 0; i < offset && i < text.Length; i++)
        {
            if (text[i] != '\n') continue;
            line++;
            start = i + 1;
        }

        return (line, offset - start);
    }
}
