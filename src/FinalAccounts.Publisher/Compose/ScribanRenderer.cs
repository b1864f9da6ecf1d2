using System.Reflection;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Facts;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// Renders part templates with Scriban in a closed, strict sandbox (<see cref="SandboxContext"/>): unknown variables and
/// members are errors, loops, recursion, strings, memory and output are bounded, built-ins are audited (no files, no clock,
/// no randomness: <see cref="TemplateBuiltins"/>), and only the facts' data and our functions are visible.
/// </summary>
internal sealed class ScribanRenderer(NumberFormatter formatter, WordStyle words)
{
    private static readonly MemberFilterDelegate DataOnly = m =>
        m is PropertyInfo { GetMethod.IsPublic: true } p && p.GetIndexParameters().Length == 0 &&
        p.DeclaringType?.Namespace == typeof(DisclosureFacts).Namespace;

    /// <summary>
    /// The rendered Markdown, or null when the template has errors (all reported with their places).
    /// <paramref name="written"/> is how much Markdown the document already holds (bounded by <see cref="Composer.DocumentLimit"/>).
    /// </summary>
    public string? Render(TemplateFile file, DisclosureFacts facts, DiagnosticBag bag, int written = 0,
        CancellationToken cancellationToken = default)
    {
        var template = Template.Parse(file.Text, file.DisplayPath);
        if (template.HasErrors)
        {
            foreach (var m in template.Messages)
                bag.Report(ComposeCodes.TemplateSyntax, At(file, m.Span), $"模板语法错误：{m.Message}", $"Template syntax error: {m.Message}");
            return null;
        }

        NumberLint.Check(file, bag);
        var globals = new ScriptObject();
        globals.Import(facts, DataOnly, null);
        globals.SetValue("key_work", DataMarkdown.KeyWork, readOnly: true);
        globals.Import(TemplateFunctions.Create(formatter, words));
        var context = new SandboxContext(Composer.DocumentLimit - written, DataOnly, cancellationToken);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (Exception) when (cancellationToken.IsCancellationRequested)
        {
            // Scriban wraps the cancellation in its own exception: give the caller the cancellation back.
            cancellationToken.ThrowIfCancellationRequested();
        }
        catch (RefusedFunctionException e)
        {
            bag.Report(ComposeCodes.RefusedFunction, At(file, e.Span), $"模板中不能使用 {e.Function}：{e.Reason.Zh}。",
                $"{e.Function} cannot be used in templates: it {e.Reason.En}.");
        }
        catch (TemplateLimitException e)
        {
            bag.Report(ComposeCodes.TemplateLimit, At(file, e.Span), e.Text.Zh, e.Text.En);
        }
        catch (ScriptRuntimeException e) when (e.OriginalMessage.Contains(nameof(TemplateContext.OutputLimit), StringComparison.Ordinal))
        {
            var limit = SandboxContext.Count(Composer.DocumentLimit);
            bag.Report(ComposeCodes.TemplateLimit, At(file, e.Span),
                $"公开文件的 Markdown 不能超过 {limit} 个字符，写到这里时已超出（此前的模板共 {SandboxContext.Count(written)} 个）。",
                $"A document's Markdown may not exceed {limit} characters; it does here (earlier templates wrote {SandboxContext.Count(written)}).");
        }
        catch (ScriptRuntimeException e)
        {
            var limit = e.OriginalMessage.Contains("limit", StringComparison.OrdinalIgnoreCase);
            bag.Report(limit ? ComposeCodes.TemplateLimit : ComposeCodes.TemplateRuntime, At(file, e.Span),
                $"{(limit ? "模板超出运行限制" : "模板运行错误")}：{e.OriginalMessage}", e.OriginalMessage);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or OverflowException or FormatException or InvalidCastException)
        {
            bag.Report(ComposeCodes.TemplateRuntime, SourceLocation.OfFile(file.DisplayPath), $"模板运行错误：{e.Message}", e.Message);
        }

        return null;
    }

    private static SourceLocation At(TemplateFile file, Scriban.Parsing.SourceSpan span) =>
        file.Locate(span.Start.Line, span.Start.Column);
}
