using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Samples;

/// <summary>
/// A generated 项: basic and project spending, the part paid by a fiscal appropriation (from the 一般公共预算 unless
/// <see cref="Fund"/> says 政府性基金 or 国有资本经营预算), and non-fiscal income.
/// </summary>
internal sealed record SampleItem(
    ClassificationEntry Entry,
    SampleFund Fund,
    long Basic,
    long Project,
    long BasicFiscal,
    long ProjectFiscal,
    long Upper,
    long Business,
    long Other)
{
    public long Total => Basic + Project;

    /// <summary>Paid by any fiscal appropriation (公开02表 财政拨款收入).</summary>
    public long Fiscal => BasicFiscal + ProjectFiscal;

    public long Gpb => Fund == SampleFund.General ? Fiscal : 0;

    public long BasicGpb => Fund == SampleFund.General ? BasicFiscal : 0;

    public long ProjectGpb => Fund == SampleFund.General ? ProjectFiscal : 0;

    /// <summary>
    /// An item with <paramref name="fiscalPercent"/>% paid by the 一般公共预算; the rest is income of one kind (0 上级补助,
    /// 1 事业, 2 其他).
    /// </summary>
    public static SampleItem Create(ClassificationEntry entry, long basic, long project, int fiscalPercent, int otherKind) =>
        Create(entry, SampleFund.General, basic, project, basic * fiscalPercent / 100, project * fiscalPercent / 100,
            otherKind);

    /// <summary>An item paid entirely by <paramref name="fund"/>.</summary>
    public static SampleItem FromFund(ClassificationEntry entry, SampleFund fund, long basic, long project) =>
        Create(entry, fund, basic, project, basic, project, 0);

    private static SampleItem Create(
        ClassificationEntry entry, SampleFund fund, long basic, long project, long basicFiscal, long projectFiscal, int otherKind)
    {
        var rest = basic + project - basicFiscal - projectFiscal;
        return new SampleItem(entry, fund, basic, project, basicFiscal, projectFiscal,
            otherKind == 0 ? rest : 0, otherKind == 1 ? rest : 0, otherKind == 2 ? rest : 0);
    }
}
