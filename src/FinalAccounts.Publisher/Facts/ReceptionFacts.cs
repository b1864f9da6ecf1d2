using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Facts;

/// <summary>公务接待 批次 and 人次, domestic and foreign (three-public.yaml <c>reception</c>); a count not given cannot be read.</summary>
public sealed record ReceptionFacts : IPartialFacts
{
    private readonly ReceptionCounts counts;

    public ReceptionFacts(ReceptionCounts counts) => this.counts = counts;

    /// <summary>国内公务接待批次.</summary>
    public Located<int> DomesticBatches => Count(counts.DomesticBatches, "domestic", "batches");

    /// <summary>国内公务接待人次.</summary>
    public Located<int> DomesticPersons => Count(counts.DomesticPersons, "domestic", "persons");

    /// <summary>外事接待批次.</summary>
    public Located<int> ForeignBatches => Count(counts.ForeignBatches, "foreign", "batches");

    /// <summary>外事接待人次.</summary>
    public Located<int> ForeignPersons => Count(counts.ForeignPersons, "foreign", "persons");

    /// <summary>A count the data do not give, and why; the others can be read.</summary>
    public LocalizedText? Absent(string property) => property switch
    {
        nameof(DomesticBatches) => counts.DomesticBatches is null ? Why("domestic", "batches") : null,
        nameof(DomesticPersons) => counts.DomesticPersons is null ? Why("domestic", "persons") : null,
        nameof(ForeignBatches) => counts.ForeignBatches is null ? Why("foreign", "batches") : null,
        nameof(ForeignPersons) => counts.ForeignPersons is null ? Why("foreign", "persons") : null,
        _ => null,
    };

    private static Located<int> Count(Located<int>? count, string group, string key) =>
        count ?? throw new MissingFactException(Why(group, key).Zh, Why(group, key).En);

    private static LocalizedText Why(string group, string key) => new(
        $"three-public.yaml 中没有这个接待数：在 reception: 下写 {group}:，其下写 {key}: 个数（见 data/README.md）。",
        $"three-public.yaml lacks this reception count: under 'reception:' write '{group}:' with '{key}: <count>' (see data/README.md).");
}
