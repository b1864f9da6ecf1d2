namespace FinalAccounts.Publisher.Input;

/// <summary>
/// How large and deep data may be. Far above any real department (the sample's largest file is 9 KB, its deepest YAML
/// three levels), and low enough that whatever passes <c>check</c> also builds.
/// </summary>
public static class InputLimits
{
    /// <summary>The deepest nesting of mappings and lists in a YAML file.</summary>
    public const int YamlDepth = 32;
}
