namespace FinalAccounts.Publisher.Model;

/// <summary>
/// A published prior-year figure that differs on purpose from the prior year's own data (an adjusted 上年数, e.g. after
/// a reorganisation): the figure compared with (<see cref="Published"/>, where it was written), the prior year's own
/// figure (<see cref="Own"/>, null when the prior year's folder is not there) and the stated reason.
/// </summary>
public sealed record PriorAdjustment(PriorFigure Figure, Amount Published, Amount? Own, Located<string> Reason);
