using FinalAccounts.Publisher.Diagnostics;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// Scriban's context as a closed sandbox for one template: strict variables and members, audited built-ins, and every
/// resource bounded. Scriban bounds loops, recursion, the output and each string; this context adds the memory the template
/// may build: before each step it compares what the rendering thread has allocated since the template began with
/// <see cref="AllocationLimit"/>, so strings and arrays piled up in a loop stop at the step that crosses it.
/// </summary>
internal sealed class SandboxContext : TemplateContext
{
    public const int Loops = 20_000;
    public const int Recursion = 50;

    /// <summary>The longest string a template may make (characters): as long as a whole document's Markdown.</summary>
    public const int StringLimit = Composer.DocumentLimit;

    /// <summary>Bytes one template may allocate while it renders (the sample's largest allocates well under 1 MB).</summary>
    public const long AllocationLimit = 128L << 20;

    private long start = -1;

    /// <summary>A context that may write at most <paramref name="outputLimit"/> characters.</summary>
    public SandboxContext(int outputLimit, MemberFilterDelegate members, CancellationToken cancellationToken)
    {
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        EnableRelaxedTargetAccess = false;
        LoopLimit = Loops;
        RecursiveLimit = Recursion;
        ObjectRecursionLimit = Recursion;
        OutputLimit = Math.Max(outputLimit, 1);
        OnOutputLimit = ScriptLimitBehavior.Throw;
        LimitToString = StringLimit;
        OnStringLimit = ScriptLimitBehavior.Throw;
        MemberFilter = members;
        NewLine = "\n";
        CancellationToken = cancellationToken;
        TemplateBuiltins.Restrict(BuiltinObject);
    }

    public override object? Evaluate(ScriptNode? scriptNode, bool aliasReturnedFunction)
    {
        if (scriptNode is not null)
        {
            var allocated = GC.GetAllocatedBytesForCurrentThread();
            if (start < 0) start = allocated;
            else if (allocated - start > AllocationLimit)
                throw new TemplateLimitException(scriptNode.Span, new(
                    $"模板运行时占用的内存超过 {AllocationLimit >> 20} MB（可能在循环中不断拼接文字或扩充数组）。",
                    $"The template allocated more than {AllocationLimit >> 20} MB while it ran (text or arrays growing in a loop?)."));
        }

        var value = base.Evaluate(scriptNode, aliasReturnedFunction);
        if (value is string { Length: > StringLimit } s && scriptNode is not null)
            throw new TemplateLimitException(scriptNode.Span, new(
                $"模板生成的文字有 {Count(s.Length)} 个字符，超过 {Count(StringLimit)} 个字符的上限。",
                $"The template made a text of {Count(s.Length)} characters, more than the {Count(StringLimit)} allowed."));
        return value;
    }

    /// <summary>A count of characters as messages print it: 1,000,000.</summary>
    public static string Count(long n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
