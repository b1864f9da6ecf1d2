namespace FinalAccounts.Publisher.Model;

/// <summary>
/// The parts of a department-year's input besides the 公开表 (which carry their own source), so that checks can say
/// where a part was read from and skip identities whose part could not be read, without knowing file names.
/// </summary>
public enum InputPart
{
    PriorYear,
    Explanations,
    ThreePublicDetails,
    OperatingFunds,
    Procurement,
    Assets,
    BudgetExecution,
    PerformanceOverview,
}
