using System.Collections.Concurrent;
using System.Reflection;
using System.Text;

namespace FinalAccounts.Publisher.Facts;

/// <summary>The one naming rule of facts, for templates, <c>finacc facts</c> and data.json: ShareOfExpenditure → share_of_expenditure.</summary>
public static class FactNames
{
    // Reflection metadata, the same for every caller (a cache, not state). Holding the PropertyInfos keeps the runtime's
    // reflection cache of each fact type, which it holds weakly, and the getters' emitted invokers alive: without it a
    // batch emitted and compiled them again after most full collections (3,000 dynamic methods for 40 departments).
    private static readonly ConcurrentDictionary<Type, IReadOnlyList<(string Name, PropertyInfo Property)>> Properties = new();

    /// <summary>A record's public properties as templates name them, in declaration order.</summary>
    public static IReadOnlyList<(string Name, PropertyInfo Property)> PropertiesOf(Type type) =>
        Properties.GetOrAdd(type, Read);

    private static IReadOnlyList<(string Name, PropertyInfo Property)> Read(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)
            .Select(p => (Of(p.Name), p))
            .ToList()
            .AsReadOnly();

    public static string Of(string property)
    {
        var name = new StringBuilder(property.Length + 4);
        for (var i = 0; i < property.Length; i++)
        {
            var c = property[i];
            if (char.IsUpper(c) && i > 0) name.Append('_');
            name.Append(char.ToLowerInvariant(c));
        }

        return name.ToString();
    }
}
