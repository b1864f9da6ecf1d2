namespace FinalAccounts.Publisher.Input;

/// <summary>Which names are safe as folder and file names everywhere (department ids, style names).</summary>
public static class InputNames
{
    public static bool IsSafe(string name) => DepartmentInfoReader.IsValidId(name);
}
