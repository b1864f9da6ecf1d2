using System.Reflection;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Model;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// How templates read the facts: a record of the Facts namespace by its properties' snake_case names
/// (<see cref="FactNames"/>), a <see cref="FactGroup"/> by its members' names. What a template gets is
/// <see cref="Present"/>ed: a value read from the data is its value, an amount or a ratio is a
/// <see cref="TemplateNumber"/>; a fact the data do not give stops the template where it reads it (FA5021). Facts are
/// read-only.
/// </summary>
internal sealed class FactAccessor : IObjectAccessor
{
    private readonly IReadOnlyDictionary<string, PropertyInfo> properties;

    private FactAccessor(Type type) =>
        properties = type == typeof(FactGroup) ? new Dictionary<string, PropertyInfo>() : Properties(type);

    /// <summary>Whether this accessor reads the target: a fact record or a group.</summary>
    public static bool Reads(object target) =>
        target.GetType() is { IsClass: true } t && t.Namespace == typeof(DisclosureFacts).Namespace;

    public static FactAccessor For(object target) => new(target.GetType());

    /// <summary>The public properties templates see, by name.</summary>
    public static IReadOnlyDictionary<string, PropertyInfo> Properties(Type type) =>
        FactNames.PropertiesOf(type).ToDictionary(p => p.Name, p => p.Property, StringComparer.Ordinal);

    /// <summary>A fact's value as a template holds it.</summary>
    public static object? Present(object? value) => value switch
    {
        Money m => new TemplateAmount(m),
        Ratio r => new TemplateRatio(r),
        Located<string> s => s.Value,
        Located<int> i => i.Value,
        NamedFact n => Present(n.Value),
        _ => value,
    };

    /// <summary>Reads a member: its value, or <paramref name="missing"/> when the data do not give it.</summary>
    public bool TryRead(object target, string member, out object? value, out MissingFactException? missing)
    {
        value = null;
        missing = null;
        object? raw;
        if (target is FactGroup group)
        {
            if (group.Find(member) is not { } found) return false;
            raw = found.Value;
        }
        else if (properties.TryGetValue(member, out var property))
        {
            if (!FactMembers.TryRead(target, property, out raw, out missing)) return true;
        }
        else return false;

        value = Present(raw);
        return true;
    }

    public bool TryGetValue(TemplateContext context, SourceSpan span, object target, string member, out object? value)
    {
        if (!TryRead(target, member, out value, out var missing)) return false;
        if (missing is not null) throw Missing(span, missing);
        return true;
    }

    /// <summary>The located error of a fact the data do not give.</summary>
    public static TemplateValueException Missing(SourceSpan span, MissingFactException missing) =>
        new(span, ComposeCodes.MissingFact, new LocalizedText(missing.Zh, missing.En));

    public IEnumerable<string> GetMembers(TemplateContext context, SourceSpan span, object target) =>
        target is FactGroup group ? group.Members.Select(m => m.Name) : properties.Keys;

    public int GetMemberCount(TemplateContext context, SourceSpan span, object target) => GetMembers(context, span, target).Count();

    public bool HasMember(TemplateContext context, SourceSpan span, object target, string member) =>
        target is FactGroup group ? group.Find(member) is not null : properties.ContainsKey(member);

    public bool TrySetValue(TemplateContext context, SourceSpan span, object target, string member, object? value) => false;

    public bool TryGetItem(TemplateContext context, SourceSpan span, object target, object index, out object? value)
    {
        value = null;
        return false;
    }

    public bool TrySetItem(TemplateContext context, SourceSpan span, object target, object index, object? value) => false;

    public bool HasIndexer => false;

    public Type? IndexType => null;
}
