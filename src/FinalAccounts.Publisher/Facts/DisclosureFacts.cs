using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

/// <summary>
/// Everything the prose of one disclosure says with a number, derived from the model in one place. Templates read these
/// (as snake_case variables, <see cref="FactNames"/>) and only choose words; they never compute. <c>finacc facts</c>
/// lists them with their types, values and sources (<see cref="FactCatalog"/>). <see cref="PublicTables"/> lists the
/// 公开表 in order for 第二部分 (left out of data.json, which holds the tables themselves).
/// </summary>
public sealed record DisclosureFacts(
    DepartmentFacts Department,
    Located<int> Year,
    Located<int> PriorYear,
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
    FactGroup T01,
    FactGroup T04,
    Located<string> Special,
    Located<string> KeyWork,
    IReadOnlyList<GlossaryItem> Glossary,
    [property: System.Text.Json.Serialization.JsonIgnore] IReadOnlyList<PublicTableFacts> PublicTables) : IPartialFacts
{
    internal Located<int>? EarlierYearOrNull { get; init; }

    /// <summary>The prior-year figures published differently from the prior year's accounts on purpose, with their reasons.</summary>
    public IReadOnlyList<PriorAdjustmentFact> PriorAdjustments { get; init; } = [];

    /// <summary>Whether prior-year.yaml gives a second comparison year (<c>earlier</c>).</summary>
    public bool HasEarlierYear => EarlierYearOrNull is not null;

    /// <summary>The second comparison year (prior-year.yaml, <c>earlier: year</c>).</summary>
    public Located<int> EarlierYear => EarlierYearOrNull ?? throw new MissingFactException(NoEarlierYear.Zh, NoEarlierYear.En);

    /// <summary>Only <see cref="EarlierYear"/> can be absent (every template reads it through the fact tree, per build).</summary>
    public LocalizedText? Absent(string property) =>
        property == nameof(EarlierYear) && EarlierYearOrNull is null ? NoEarlierYear : null;

    private static readonly LocalizedText NoEarlierYear = new(
        "prior-year.yaml 中没有第二个比较年度：要与更早的年度比较，请在其中写 earlier:（含 year 和要比较的数，见 data/README.md）。",
        "prior-year.yaml has no second comparison year: add an 'earlier:' mapping with its year and figures (see data/README.md).");
}
