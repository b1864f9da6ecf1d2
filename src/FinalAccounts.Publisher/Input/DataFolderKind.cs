namespace FinalAccounts.Publisher.Input;

/// <summary>What a folder is in a data tree (<c>data/&lt;year&gt;/&lt;department&gt;/</c>, <c>data/reference/&lt;year&gt;/</c>).</summary>
public enum DataFolderKind
{
    /// <summary>Not part of a data tree.</summary>
    None,

    /// <summary>A department folder: it holds department.yaml.</summary>
    Department,

    /// <summary>A year folder (named like 2024) holding department folders.</summary>
    Year,

    /// <summary>The reference folder: code lists by year.</summary>
    Reference,

    /// <summary>A data root: it holds year folders of departments or the reference folder.</summary>
    DataRoot,
}
