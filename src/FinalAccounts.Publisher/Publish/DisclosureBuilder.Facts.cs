using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Publish;

public sealed partial class DisclosureBuilder
{
    /// <summary>
    /// What templates can use for a department under the builder's style (<c>finacc facts</c>): the facts as rows, or
    /// none when the data or the style cannot be read (every problem in the load's diagnostics). Check errors do not stop
    /// it: the facts show what the data hold.
    /// </summary>
    public (LoadResult Load, IReadOnlyList<FactRow>? Rows) Facts(string departmentFolder, CancellationToken cancellationToken = default)
    {
        var load = Check(departmentFolder, cancellationToken);
        if (load.Model is not { } model) return (load, null);
        if (StyleFor(load.Folder.FullPath, load.Diagnostics).Style is not { } style) return (load, null);
        var facts = FactsBuilder.Build(model, style.Numbers.ZeroBase);
        return (load, FactListing.Rows(facts, new NumberFormatter(style.Numbers)));
    }
}
