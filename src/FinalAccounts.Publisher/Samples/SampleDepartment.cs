using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Samples;

/// <summary>
/// One generated department: plausible figures, in cents of 万元, that satisfy every identity the checks verify —
/// varied 项 codes, basic-only and project-only items, some non-fiscal income, zero budgets, and the corners of its
/// <see cref="SampleShape"/> (long names and texts, tables 07/08 with rows, one 项 or dozens, tall forms, tiny slices).
/// </summary>
internal sealed partial class SampleDepartment
{
    private readonly Random random;
    private readonly ReferenceLists lists;
    private readonly List<SampleItem> items = [];
    private readonly List<(ClassificationEntry Entry, long Cents)> economic = [];

    public SampleDepartment(ReferenceLists lists, int year, int index, int seed)
    {
        this.lists = lists;
        Year = year;
        Index = index;
        random = new Random(seed * 100_003 + year * 1_009 + index);
        Id = $"dept-{index:000}";
        Shape = SampleShape.Of(index, random);
        (Name, ShortName) = SampleText.DepartmentName(index, Shape.NameLength);
        Generate();
    }

    public int Year { get; }

    public int Index { get; }

    public string Id { get; }

    public string Name { get; }

    public string ShortName { get; }

    public SampleShape Shape { get; }

    private long Total => items.Sum(i => i.Total);

    private long Fiscal => items.Sum(i => i.Fiscal);

    private long Gpb => items.Sum(i => i.Gpb);

    private long BasicGpb => items.Sum(i => i.BasicGpb);

    private long ProjectGpb => items.Sum(i => i.ProjectGpb);

    private long VehicleOperation { get; set; }

    private long PublicTotal { get; set; }

    private void Generate()
    {
        var fn = lists.Functional;
        var candidates = fn.Entries.Values
            .Where(e => e.Level == SubjectLevel.Item && e.Definition.Length > 0 && fn.Find(e.Code.Class)?.SummaryLine is not null && fn.Find(e.Code.Parent!.Value) is not null)
            .OrderBy(e => e.Code).ToList();
        var count = Math.Min(Shape.Items, candidates.Count - 4);
        // Long names: the longest 科目 names of the code list come first.
        var pool = Shape.LongItemNames
            ? Shuffle(candidates.OrderByDescending(e => e.Name.Length).ThenBy(e => e.Code).Take(Math.Max(count, 12)).ToList())
                .Concat(Shuffle(candidates)).Distinct().ToList()
            : Shuffle(candidates);
        var chosen = pool.Take(count).OrderBy(e => e.Code).ToList();
        var total = random.NextInt64(30_000, 6_000_000);
        var otherIncome = random.NextDouble() < 0.3;
        var weights = chosen.Select(_ => random.Next(1, 100)).ToList();
        if (Shape.TinySlices && chosen.Count > 1) weights[^1] = 0;
        var assigned = 0L;
        for (var i = 0; i < chosen.Count; i++)
        {
            var amount = i == chosen.Count - 1 && !Shape.TinySlices ? total - assigned : total * weights[i] / weights.Sum();
            amount = Math.Max(amount, Shape.TinySlices ? 100 + total / 500 : 100);
            assigned += amount;
            var kind = i == 0 ? 2 : random.NextDouble() switch { < 0.35 => 0, < 0.75 => 1, _ => 2 };
            // Tiny slices: every item basic-only but a small project-only last one; a sliver of other income.
            if (Shape.TinySlices && chosen.Count > 1) kind = i == chosen.Count - 1 ? 1 : 0;
            var basic = kind switch { 0 => amount, 1 => 0, _ => amount * random.Next(20, 80) / 100 };
            var share = Shape.TinySlices ? (i == 0 ? 99 : 100)
                : otherIncome && random.NextDouble() < 0.5 ? random.Next(60, 96) : 100;
            items.Add(SampleItem.Create(chosen[i], basic, amount - basic, share, Shape.TinySlices ? 2 : random.Next(3)));
        }

        var rest = pool.Skip(count).ToList();
        if (Shape.GovernmentFunds) AddFundItems(rest, SampleFund.GovernmentFunds, random.Next(1, 5), total);
        if (Shape.StateCapital) AddFundItems(rest, SampleFund.StateCapital, random.Next(1, 3), total);
        items.Sort((a, b) => a.Entry.Code.CompareTo(b.Entry.Code));
        GenerateEconomic();
    }

    /// <summary>Items paid by a fund (公开07/08表), on codes the department does not use yet.</summary>
    private void AddFundItems(List<ClassificationEntry> unused, SampleFund fund, int count, long total)
    {
        foreach (var entry in unused.Take(count).ToList())
        {
            var amount = Math.Max(100, total * random.Next(3, 30) / 100);
            var basic = random.Next(3) == 0 ? amount * random.Next(10, 50) / 100 : 0;
            items.Add(SampleItem.FromFund(entry, fund, basic, amount - basic));
            unused.Remove(entry);
        }
    }

    private void GenerateEconomic()
    {
        var basic = BasicGpb;
        var personnel = basic * random.Next(70, 91) / 100;
        PublicTotal = basic - personnel;
        VehicleOperation = Math.Min(PublicTotal / 3, random.NextInt64(100, 2_000));
        var ec = lists.Economic.Entries.Values.Where(e => e.Level == SubjectLevel.Section).OrderBy(e => e.Code).ToList();
        var people = Shuffle(ec.Where(e => e.Group == EconomicGroup.Personnel).ToList()).Take(random.Next(5, 10)).ToList();
        var excluded = new[] { "30231", "30212", "30217" };
        var other = Shuffle(ec.Where(e => e.Group == EconomicGroup.Public && e.Code.Value.StartsWith("302", StringComparison.Ordinal) && !excluded.Contains(e.Code.Value)).ToList())
            .Take(random.Next(3, 8)).ToList();
        Split(people, personnel);
        Split(other, PublicTotal - VehicleOperation);
        if (VehicleOperation > 0 && lists.Economic.Find(new SubjectCode("30231")) is { } car) economic.Add((car, VehicleOperation));
        economic.Sort((a, b) => a.Entry.Code.CompareTo(b.Entry.Code));
    }

    private void Split(List<ClassificationEntry> entries, long cents)
    {
        if (entries.Count == 0 || cents <= 0) return;
        var w = entries.Select(_ => random.Next(1, 50)).ToList();
        var given = 0L;
        for (var i = 0; i < entries.Count; i++)
        {
            var part = i == entries.Count - 1 ? cents - given : cents * w[i] / w.Sum();
            given += part;
            economic.Add((entries[i], part));
        }
    }

    private List<T> Shuffle<T>(List<T> list)
    {
        var copy = list.ToList();
        for (var i = copy.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }

        return copy;
    }

    private long Percent(long cents, int min, int max) => cents * random.Next(min, max + 1) / 100;
}
