namespace FinalAccounts.Publisher.Model;

/// <summary>
/// 公务接待 batches and persons (批次、人次), domestic (国内) and foreign (外事), as three-public.yaml gives them; a
/// count not given is null (a template that uses it is told to fill it in).
/// </summary>
public sealed record ReceptionCounts(
    Located<int>? DomesticBatches,
    Located<int>? DomesticPersons,
    Located<int>? ForeignBatches,
    Located<int>? ForeignPersons)
{
    public static ReceptionCounts None { get; } = new(null, null, null, null);
}
