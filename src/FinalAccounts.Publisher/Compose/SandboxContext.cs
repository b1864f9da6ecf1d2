using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// Scriban's context as a closed sandbox for one template: strict variables and members, audited built-ins, data written
/// as text, and every resource bounded. What a template writes with <c>{{ … }}</c> is text: its Markdown characters are
/// escaped, so a department named <c>&lt;b&gt;</c> or <c>R&amp;amp;D</c> is printed as written. The template's own text,
/// and what it captured with <c>capture</c>, are Markdown; key-work.md goes in as its blocks (<see cref="DataMarkdown"/>).
/// Scriban bounds loops, recursion, the output and each string; this context adds the memory the template may build:
/// before each step it compares what the rendering thread has allocated since the template began with
/// <see cref="AllocationLimit"/>, so strings and arrays piled up in a loop stop at the step that crosses it.
/// </summary>
internal sealed class SandboxContext : TemplateContext
{
    public const int Loops = 20_000;
    public const int Recursion = 50;

    /// <summary>The longest string a template may make (characters): as long as a whole document's Markdown.</summary>
    public const int StringLimit = Composer.DocumentLimit;

    /// <summary>Bytes one template may allocate while it renders (composing the whole sample allocates about 3 MB).</summary>
    public const long AllocationLimit = 128L << 20;

    private readonly HashSet<object> captured = new(ReferenceEqualityComparer.Instance);
    private long start = -1;

    /// <summary>
    /// The last name Scriban looked up and did not find, with the names it could have been (a variable: the globals,
    /// built-ins and <see cref="TemplateNames"/>; a member: the members of the object), for "did you mean".
    /// </summary>
    public (string Name, IReadOnlyList<string> Known, bool IsMember)? Missing { get; private set; }

    /// <summary>The names a template declares (its loop variables, assignments, functions): also candidates for "did you mean".</summary>
    public IReadOnlyCollection<string> TemplateNames { get; set; } = [];

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
        // Both hooks only remember what was missing; Scriban then fails as it would, and the renderer names the nearest.
        TryGetVariable = (TemplateContext _, SourceSpan _, ScriptVariable variable, out object? value) =>
        {
            value = null;
            Missing = (variable.Name, VariableNames(), false);
            return false;
        };
        TryGetMember = (TemplateContext context, SourceSpan span, object target, string member, out object? value) =>
        {
            value = null;
            Missing = (member, context.GetMemberAccessor(target).GetMembers(context, span, target).ToList(), true);
            return false;
        };
    }

    private List<string> VariableNames() =>
        (CurrentGlobal?.GetMembers() ?? []).Concat(BuiltinObject.GetMembers()).Concat(TemplateNames).Distinct(StringComparer.Ordinal).ToList();

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
        if (scriptNode is ScriptCaptureStatement capture && GetValue(capture.Target) is { } markdown)
            captured.Add(markdown);
        if (value is string { Length: > StringLimit } s && scriptNode is not null)
            throw new TemplateLimitException(scriptNode.Span, new(
                $"模板生成的文字有 {Count(s.Length)} 个字符，超过 {Count(StringLimit)} 个字符的上限。",
                $"The template made a text of {Count(s.Length)} characters, more than the {Count(StringLimit)} allowed."));
        return value;
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (textAsObject is TemplateNumber number) throw Unprinted(span, number);
        if (textAsObject is DataMarkdown data) Write(data.Placeholder);
        else if (textAsObject is not null && ObjectToString(textAsObject) is { } text)
            Write(captured.Contains(textAsObject) ? text : MarkdownText.Escape(text));
        return this;
    }

    /// <summary>An amount or ratio made text any other way (joined, compared with text) is the same mistake as writing it raw.</summary>
    public override string? ObjectToString(object? value, bool nested = false) =>
        value is TemplateNumber number ? throw Unprinted(CurrentSpan, number) : base.ObjectToString(value, nested);

    private static TemplateValueException Unprinted(SourceSpan span, TemplateNumber number) =>
        new(span, ComposeCodes.TemplateType, new(
            $"{number.Kind.Zh}不能直接写出或当作文字：金额用 money 或 amount，比例和增减率用 percent（按版式的单位和小数位输出）。",
            $"{number.Kind.En} cannot be written or used as text: use money or amount for amounts, percent for ratios (the style's units and decimals)."));

    /// <summary>Facts are read by <see cref="FactAccessor"/>; everything else as Scriban reads it.</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) =>
        FactAccessor.Reads(target) ? FactAccessor.For(target) : base.GetMemberAccessorImpl(target);

    /// <summary>A count of characters as messages print it: 1,000,000.</summary>
    public static string Count(long n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);
}
