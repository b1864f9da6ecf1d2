namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// Everything the prose of one disclosure says with a number, derived from the model in one place. Templates read these
/// (as snake_case variables) and only choose words; they never compute.
/// </summary>
public sealed record DisclosureFacts(
    DepartmentFacts Department,
    int Year,
    int PriorYear,
    ChangeFacts Summary,
    StructureFacts Income,
    StructureFacts Expenditure,
    FiscalFacts Fiscal,
    GpbFacts Gpb,
    BasicFacts Basic,
    FundTableFacts GovFunds,
    FundTableFacts StateCapital,
    ThreePublicFacts ThreePublic,
    OperatingFundsFacts OperatingFunds,
    ProcurementFacts Procurement,
    AssetsFacts Assets,
    PerformanceFacts Performance,
    string Special,
    string KeyWork,
    IReadOnlyList<GlossaryItem> Glossary);
