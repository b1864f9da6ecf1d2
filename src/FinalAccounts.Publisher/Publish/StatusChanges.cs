using System.Text.Json.Serialization;
using FinalAccounts.Publisher.Review;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// What a department's published build changes in the text since its last final build (<see cref="PublishedTexts"/>):
/// counts of changed, added and removed sentences, the time of that final build (UTC), and the comparison the status
/// page lists (not in status.json).
/// </summary>
public sealed record StatusChanges(
    int Changed,
    int Added,
    int Removed,
    DateTimeOffset Since,
    [property: JsonIgnore] TextComparison Comparison)
{
    public static StatusChanges Of(TextComparison c, DateTimeOffset since) => new(c.Changed, c.Added, c.Removed, since, c.ChangesOnly());
}
