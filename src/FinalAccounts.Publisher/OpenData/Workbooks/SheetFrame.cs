namespace FinalAccounts.Publisher.OpenData.Workbooks;

/// <summary>
/// What the house style puts around a table on its sheet: the lines above it (部门, 年度, 单位), the notes below it, the
/// landscape hint, and how zero amounts show (blank, or the style's zero text such as 0.00).
/// </summary>
public sealed record SheetFrame(string Department, string Period, string Unit, IReadOnlyList<string> Notes, bool Landscape, string ZeroText);
