namespace FinalAccounts.Publisher.Samples;

/// <summary>
/// What makes one generated department unusual. Each corner recurs at a fixed stride of the department number, so any 40
/// consecutive departments walk every layout path (long names, tables 07/08 with rows, one 项 or dozens, tall form rows,
/// tiny pie slices, zero bases); the seed varies the details.
/// </summary>
internal sealed record SampleShape(
    int Items,
    SampleNameLength NameLength,
    bool LongItemNames,
    bool GovernmentFunds,
    bool StateCapital,
    bool LongTexts,
    bool TallForms,
    bool TinySlices,
    bool ZeroBase)
{
    /// <summary>The shape of department <paramref name="index"/> (1-based).</summary>
    public static SampleShape Of(int index, Random random)
    {
        var items = (index % 10, index % 6) switch
        {
            (3, _) => 1,
            (_, 5) => random.Next(30, 71),
            _ => random.Next(8, 21),
        };
        return new SampleShape(
            items,
            (SampleNameLength)(index % 3),
            LongItemNames: index % 4 == 2,
            GovernmentFunds: index % 5 == 2,
            StateCapital: index % 7 == 4,
            LongTexts: index % 4 == 1,
            TallForms: index % 5 == 4,
            TinySlices: index % 6 == 1,
            ZeroBase: index % 8 == 6);
    }
}
