using System.Reflection;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Facts;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// Renders part templates with Scriban in a closed, strict sandbox: unknown variables and members are errors, loops,
/// recursion and output are capped, built-ins are audited (no files, no clock, no randomness: TemplateBuiltins), and only the facts' data and our functions
/// are visible.
/// </summary>
internal sealed class ScribanRenderer(NumberFormatter formatter, WordStyle words)
{
    public const int LoopLimit = 20_000;
    public const int RecursionLimit = 50;
    public const int OutputLimit = 2_000_000;

    private static readonly MemberFilterDelegate DataOnly = m =>
        m is PropertyInfo { GetMethod.IsPublic: true } p && p.GetIndexParameters().Length == 0 &&
        p.DeclaringType?.Namespace == typeof(DisclosureFacts).Namespace;

    /// <summary>The rendered Markdown, or null when the template has errors (all reported with their places).</summary>
    public string? Render(TemplateFile file, DisclosureFacts facts, DiagnosticBag bag)
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
        globals.Import(TemplateFunctions.Create(formatter, words));
        var context = new TemplateContext
        {
            StrictVariables = true,
            EnableRelaxedMemberAccess = false,
            EnableRelaxedTargetAccess = false,
            LoopLimit = LoopLimit,
            RecursiveLimit = RecursionLimit,
            OutputLimit = OutputLimit,
            OnOutputLimit = ScriptLimitBehavior.Throw,
            LimitToString = OutputLimit,
            OnStringLimit = ScriptLimitBehavior.Throw,
            MemberFilter = DataOnly,
            NewLine = "\n",
        };
        TemplateBuiltins.Restrict(context.BuiltinObject);
        context.PushGlobal(globals);
        try
        {
            return template.Render(context);
        }
        catch (RefusedFunctionException e)
        {
            bag.Report(ComposeCodes.RefusedFunction, At(file, e.Span), $"模板中不能使用 {e.Function}：{e.Reason.Zh}。",
                $"{e.Function} cannot be used in templates: it {e.Reason.En}.");
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
        new(file.DisplayPath, span.Start.Line + 1, span.Start.Column + 1);
}
