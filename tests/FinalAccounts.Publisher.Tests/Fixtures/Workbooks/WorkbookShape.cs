namespace FinalAccounts.Publisher.Tests.Fixtures.Workbooks;

/// <summary>How sheets are named in a fixture workbook.</summary>
public enum SheetNaming
{
    /// <summary>公开01表 …</summary>
    FormLabel,

    /// <summary>By title (收入决算表 …; the 三公 table by a long name cut to 31 characters).</summary>
    Title,

    /// <summary>Sheet1 …, the title only in the first row.</summary>
    Content,
}

/// <summary>The layout choices of a hand-made workbook of the nine tables (the ways tables are exported and published).</summary>
public sealed record WorkbookShape
{
    public bool SplitCodes { get; init; }

    public bool InYuan { get; init; }

    /// <summary>With <see cref="InYuan"/>: every amount but zero has 12.34 元 more (less when negative), so 万元 need six decimals.</summary>
    public bool YuanTails { get; init; } = true;

    public bool ColumnNumbers { get; init; } = true;

    /// <summary>One more header row: every heading reaches one row further down (merged).</summary>
    public bool DeeperHeader { get; init; }

    /// <summary>Amounts stored as text with thousands separators; zeros as "-", "0" or "0.00".</summary>
    public bool TextNumbers { get; init; }

    /// <summary>Total rows written as SUM formulas with their cached values.</summary>
    public bool Formulas { get; init; }

    /// <summary>Empty hidden columns at the left and between the names and the amounts.</summary>
    public bool HiddenColumns { get; init; }

    public SheetNaming Naming { get; init; } = SheetNaming.FormLabel;

    /// <summary>A notes sheet first and an empty sheet last.</summary>
    public bool ExtraSheets { get; init; }

    /// <summary>The tables' sheets in reverse order.</summary>
    public bool Reversed { get; init; }

    /// <summary>"部门：…" (false: "编制单位：…").</summary>
    public bool DepartmentLine { get; init; } = true;

    public override string ToString() => string.Join(",", new[]
    {
        SplitCodes ? "split" : "joined", InYuan ? "元" : "万元", ColumnNumbers ? "栏次" : "no栏次", DeeperHeader ? "deeper" : "",
        TextNumbers ? "text" : "", Formulas ? "formulas" : "", HiddenColumns ? "hidden" : "", Naming.ToString(),
        ExtraSheets ? "extra" : "", Reversed ? "reversed" : "",
    }.Where(s => s.Length > 0));
}
