using System.Reflection;
using System.Text;

namespace FinalAccounts.Publisher.Facts;

/// <summary>The one naming rule of facts, for templates, <c>finacc facts</c> and data.json: ShareOfExpenditure → share_of_expenditure.</summary>
public static class FactNames
{
    /// <summary>A record's public properties as templates name them, in declaration order.</summary>
    public static IReadOnlyList<(string Name, PropertyInfo Property)> PropertiesOf(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetMethod is { IsPublic: true } && p.GetIndexParameters().Length == 0)
            .OrderBy(p => p.MetadataToken)
            .Select(p => (Of(p.Name), p))
            .ToList();

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
