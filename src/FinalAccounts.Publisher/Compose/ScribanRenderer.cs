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
/// no randomness: <see cref="TemplateBuiltins"/>), and only the facts' data and our functions are visible. Errors are
/// reported in the editor's words at the template's place (<see cref="TemplateErrors"/>).
/// </summary>
internal sealed class ScribanRenderer(NumberFormatter formatter, WordStyle words)
{
    private static readonly MemberFilterDelegate DataOnly = m =>
        m is PropertyInfo { GetMethod.IsPublic: true } p && p.GetIndexParameters().Length == 0 &&
        p.DeclaringType?.Namespace == typeof(DisclosureFacts).Namespace;

    /// <summary>The template parsed, or null with its syntax errors reported (the first per line; the rest follow from it).</summary>
    public static Template? Parse(TemplateFile file, DiagnosticBag bag)
    {
        var template = Template.Parse(file.Text, file.DisplayPath);
        if (!template.HasErrors) return template;
        TemplateErrors.Syntax(file, template.Messages, bag);
        return null;
    }

    /// <summary>
    /// The rendered Markdown, or null when the template has errors (all reported with their places).
    /// <paramref name="written"/> is how much Markdown the document already holds (bounded by <see cref="Composer.DocumentLimit"/>).
    /// </summary>
    public string? Render(TemplateFile file, DisclosureFacts facts, DiagnosticBag bag, int written = 0,
        CancellationToken cancellationToken = default)
    {
        if (Parse(file, bag) is not { } template) return null;
        NumberLint.Check(file, bag);
        var format = formatter.ForPart(file.Part);
        UnitLint.Check(file, format.Style.ProseUnit, bag);
        var globals = new ScriptObject();
        ImportFacts(globals, facts);
        globals.SetValue("key_work", DataMarkdown.KeyWork, readOnly: true);
        globals.SetValue("words", words, readOnly: true);
        globals.SetValue("unit", format.Style.ProseUnit.Name, readOnly: true);
        globals.Import(TemplateFunctions.Create(format, words));
        var context = new SandboxContext(Composer.DocumentLimit - written, DataOnly, cancellationToken)
        {
            TemplateNames = TemplateErrors.Names(template.Page),
        };
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
            bag.Report(ComposeCodes.RefusedFunction, file.Locate(e.Span.Start.Line, e.Span.Start.Column), $"模板中不能使用 {e.Function}：{e.Reason.Zh}。",
                $"{e.Function} cannot be used in templates: it {e.Reason.En}.");
        }
        catch (TemplateValueException e)
        {
            bag.Report(e.Code, file.Locate(e.Span.Start.Line, e.Span.Start.Column), e.Text.Zh, e.Text.En);
        }
        catch (TemplateLimitException e)
        {
            bag.Report(ComposeCodes.TemplateLimit, file.Locate(e.Span.Start.Line, e.Span.Start.Column), e.Text.Zh, e.Text.En);
        }
        catch (ScriptRuntimeException e)
        {
            TemplateErrors.Runtime(file, e, context, written, bag);
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or OverflowException or FormatException or InvalidCastException)
        {
            bag.Report(ComposeCodes.TemplateRuntime, file.Start, $"模板运行出错：{e.Message}", e.Message);
        }

        return null;
    }

    /// <summary>The facts' top-level names; one the data do not give stops the template that names it (FA5021).</summary>
    private static void ImportFacts(ScriptObject globals, DisclosureFacts facts)
    {
        var accessor = FactAccessor.For(facts);
        foreach (var name in FactAccessor.Properties(typeof(DisclosureFacts)).Keys)
        {
            accessor.TryRead(facts, name, out var value, out var missing);
            globals.SetValue(name, missing is null ? value : new AbsentFact(missing), readOnly: true);
        }
    }
}
