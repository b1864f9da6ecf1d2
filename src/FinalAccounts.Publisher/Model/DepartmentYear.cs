namespace FinalAccounts.Publisher.Model;

/// <summary>The typed, immutable disclosure data of one department for one year: what every later stage reads.</summary>
public sealed record DepartmentYear(
    string Folder,
    Department Department,
    LineTable T01,
    ClassifiedTable T02,
    ClassifiedTable T03,
    LineTable T04,
    ClassifiedTable T05,
    BasicDetailTable T06,
    ClassifiedTable T07,
    ClassifiedTable T08,
    ThreePublicTable T09,
    IReadOnlyList<BudgetExecutionItem> BudgetExecution,
    PriorYear PriorYear,
    Explanations Explanations,
    ThreePublicDetails ThreePublic,
    OperatingFunds OperatingFunds,
    Procurement Procurement,
    Assets Assets,
    Performance Performance,
    KeyWork KeyWork,
    ReferenceLists Reference);
