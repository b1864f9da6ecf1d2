namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// Everything the prose of one disclosure says with a number, derived from the model in one place. Templates read these
/// (as snake_case variables) and only choose words; they never compute. <see cref="PublicTables"/> lists the 公开表 in
/// order for 第二部分 (left out of data.json, which holds the tables themselves).
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
    IReadOnlyList<GlossaryItem> Glossary,
    [property: System.Text.Json.Serialization.JsonIgnore] IReadOnlyList<PublicTableFacts> PublicTables);
