namespace FinalAccounts.Publisher.Writers.Shared;

/// <summary>
/// Where the layout put the parts of a 部门 / 年度 / 单位 line above a table: whether the left part had to take a line of
/// its own (the three could not share one), and how far from the table's left edge the centre part begins, in points
/// (half the table's width less half the part's when it is centred; further right when it moved aside for a long
/// department name).
/// </summary>
public sealed record MetaLinePlacement(bool LeftOnItsOwnLine, double CenterStartPt);
