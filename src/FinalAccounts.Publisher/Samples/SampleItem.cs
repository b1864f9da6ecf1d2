using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Samples;

/// <summary>A generated 项: basic and project spending, the part paid by 一般公共预算 appropriation, and non-fiscal income.</summary>
internal sealed record SampleItem(ClassificationEntry Entry, long Basic, long Project, long Fiscal, long BasicGpb, long ProjectGpb, long Upper, long Business, long Other)
{
    public long Total => Basic + Project;

    /// <summary>An item with <paramref name="fiscalPercent"/>% paid by appropriation; the rest is income of one kind (0 上级补助, 1 事业, 2 其他).</summary>
    public static SampleItem Create(ClassificationEntry entry, long basic, long project, int fiscalPercent, int otherKind)
    {
        var basicGpb = basic * fiscalPercent / 100;
        var projectGpb = project * fiscalPercent / 100;
        var fiscal = basicGpb + projectGpb;
        var rest = basic + project - fiscal;
        return new SampleItem(entry, basic, project, fiscal, basicGpb, projectGpb,
            otherKind == 0 ? rest : 0, otherKind == 1 ? rest : 0, otherKind == 2 ? rest : 0);
    }
}
