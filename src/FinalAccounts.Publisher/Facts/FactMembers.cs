using System.Reflection;

namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// Reads a member of a fact record the one way the fact tree and the templates both need: a record that can say a
/// member is absent (<see cref="IPartialFacts"/>) is asked first; otherwise the member is read, and a
/// <see cref="MissingFactException"/> from its getter is the answer that the data do not give it.
/// </summary>
internal static class FactMembers
{
    /// <summary>True with the member's value; false with why the data do not give it.</summary>
    public static bool TryRead(object record, PropertyInfo property, out object? value, out MissingFactException? missing)
    {
        value = null;
        missing = null;
        if (record is IPartialFacts partial && partial.Absent(property.Name) is { } absent)
        {
            missing = new MissingFactException(absent.Zh, absent.En);
            return false;
        }

        try
        {
            value = property.GetValue(record);
            return true;
        }
        catch (TargetInvocationException e) when (e.InnerException is MissingFactException m)
        {
            missing = m;
            return false;
        }
    }
}
