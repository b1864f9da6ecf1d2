using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Compose;

/// <summary>
/// Reads templates/&lt;style&gt;/style.yaml. A style may name a <c>base</c> style: what it leaves out (settings and
/// templates) comes from the base. The root style's defaults are the Hubei reference and GB/T 9704.
/// </summary>
public static class HouseStyleReader
{
    public const string StyleFile = "style.yaml";

    /// <summary>Reads the style named <paramref name="name"/> from the templates root folder; null (reported) when it cannot.</summary>
    public static HouseStyle? Read(string templatesRoot, string name, DiagnosticBag bag) => Read(templatesRoot, name, bag, []);

    private static HouseStyle? Read(string root, string name, DiagnosticBag bag, List<string> seen)
    {
        var folder = new DataFolder(Path.GetRelativePath(Environment.CurrentDirectory, Path.Combine(root, name)).Replace('\\', '/'), Path.GetFullPath(Path.Combine(root, name)));
        if (seen.Contains(name) || !InputNames.IsSafe(name) || !File.Exists(folder.Full(StyleFile)))
        {
            bag.Report(ComposeCodes.MissingTemplates, SourceLocation.OfFile(folder.Display(StyleFile)),
                seen.Contains(name) ? $"样式“{name}”的 base 形成了循环。" : $"找不到样式“{name}”（{folder.Display(StyleFile)}）。",
                seen.Contains(name) ? $"Style '{name}' has a base cycle." : $"Style '{name}' not found ({folder.Display(StyleFile)}).");
            return null;
        }

        seen.Add(name);
        var y = YamlFileReader.Read(folder, StyleFile, required: true, bag);
        if (y is null) return null;
        var baseName = y.Text("base", required: false).Value;
        var displayName = y.Text("name", required: false).Value;
        HouseStyle? parent = null;
        if (baseName.Length > 0 && (parent = Read(root, baseName, bag, seen)) is null) return null;
        var numbers = ReadNumbers(y.Map("numbers", required: false), parent?.Numbers ?? NumberStyle.Default);
        var wordsMap = y.Map("words", required: false);
        var words = ReadWords(wordsMap, parent?.Words ?? WordStyle.Default);
        var (texts, published) = WordsReader.Read(wordsMap, parent?.Texts ?? DocumentWords.Default, parent?.Document.Words ?? PublishedWords.Default);
        wordsMap?.Done();
        var document = DocumentStyleReader.Read(y, parent?.Document ?? DocumentStyle.Default) with { Words = published };
        var sections = SectionListReader.Read(y, parent?.Sections);
        var numbering = SectionListReader.Numbering(y, parent?.Numbering ?? HeadingNumbering.Default);
        y.Done();
        var folders = new List<string> { folder.FullPath };
        if (parent is not null) folders.AddRange(parent.TemplateFolders);
        var known = sections.SelectMany(s => s.SelfAndDescendants()).Select(s => s.Id).Concat(parent?.KnownSections ?? new HashSet<string>())
            .ToHashSet(StringComparer.Ordinal);
        UnknownPartUnits(numbers.PartUnits.Except(parent?.Numbers.PartUnits ?? []), known, bag);
        return new HouseStyle(displayName.Length > 0 ? displayName : name, numbers, words, document, folders, sections, numbering, known, texts);
    }

    private static NumberStyle ReadNumbers(YamlMap? y, NumberStyle d)
    {
        if (y is null) return d;
        // zero_base_text words every zero base at once; the three kinds may each be worded apart.
        var zero = Str(y, "zero_base_text", "");
        var anyZero = y.Keys.Contains("zero_base_text");
        var n = d with
        {
            TableDecimals = Int(y, "table_decimals", d.TableDecimals), TableThousands = Bool(y, "table_thousands", d.TableThousands),
            TableZero = Str(y, "table_zero", d.TableZero),
            ProseDecimals = Int(y, "prose_decimals", d.ProseDecimals), ProseThousands = Bool(y, "prose_thousands", d.ProseThousands),
            ProseTrimZeros = Bool(y, "prose_trim_zeros", d.ProseTrimZeros),
            PercentDecimals = Int(y, "percent_decimals", d.PercentDecimals), PercentTrimZeros = Bool(y, "percent_trim_zeros", d.PercentTrimZeros),
            PercentThousands = Bool(y, "percent_thousands", d.PercentThousands),
            FormPercentDecimals = Int(y, "form_percent_decimals", d.FormPercentDecimals),
            FormPercentTrimZeros = Bool(y, "form_percent_trim_zeros", d.FormPercentTrimZeros),
            ZeroBaseGrowth = Str(y, "zero_base_growth", anyZero ? zero : d.ZeroBaseGrowth),
            ZeroBaseCompletion = Str(y, "zero_base_completion", anyZero ? zero : d.ZeroBaseCompletion),
            ZeroBaseShare = Str(y, "zero_base_share", anyZero ? zero : d.ZeroBaseShare),
            ProseUnit = Unit(y, "prose_unit", d.ProseUnit), TableUnit = Unit(y, "table_unit", d.TableUnit),
            PartUnits = PartUnits(y, d.PartUnits),
        };
        y.Done();
        return n;
    }

    /// <summary>part_units keys that are no section of the style, each at its key with the nearest section id.</summary>
    private static void UnknownPartUnits(IEnumerable<PartUnit> units, IReadOnlySet<string> sections, DiagnosticBag bag)
    {
        foreach (var unit in units.Where(u => !sections.Contains(u.Part)))
        {
            var near = NearestName.Of(unit.Part, sections) is { } n ? $"是不是 {n}？" : "";
            var nearEn = NearestName.Of(unit.Part, sections) is { } m ? $" Did you mean {m}?" : "";
            bag.Report(ComposeCodes.Style, unit.At,
                $"part_units 中的“{unit.Part}”不是本版式的部分。{near}键为 sections 中的部分名，如 three-public。",
                $"part_units names '{unit.Part}', which is no section of this style.{nearEn} Keys are section ids, such as three-public.");
        }
    }

    private static AmountUnit Unit(YamlMap y, string key, AmountUnit fallback)
    {
        if (!y.Keys.Contains(key)) return fallback;
        var text = y.Text(key);
        return UnitOf(y, text) ?? fallback;
    }

    private static AmountUnit? UnitOf(YamlMap y, Located<string> text)
    {
        if (AmountUnit.Find(text.Value) is { } unit) return unit;
        var known = string.Join("、", AmountUnit.All.Select(u => u.Name));
        y.Bag.Report(ComposeCodes.Style, text.Location, $"金额单位“{text.Value}”无效，只能是 {known}。",
            $"Unit '{text.Value}' is not known: use {string.Join(" or ", AmountUnit.All.Select(u => u.Name))}.");
        return null;
    }

    /// <summary>part_units: a section id (three-public) and its unit; a base's are kept.</summary>
    private static IReadOnlyList<PartUnit> PartUnits(YamlMap y, IReadOnlyList<PartUnit> inherited)
    {
        if (y.Map("part_units", required: false) is not { } map) return inherited;
        var units = inherited.ToDictionary(p => p.Part, StringComparer.Ordinal);
        foreach (var (part, value) in map.TextPairs())
            if (UnitOf(y, value) is { } unit)
                units[part.Value] = new PartUnit(part.Value, unit, part.Location);
        return units.Values.OrderBy(p => p.Part, StringComparer.Ordinal).ToList();
    }

    private static WordStyle ReadWords(YamlMap? y, WordStyle d)
    {
        if (y is null) return d;
        var w = new WordStyle(Str(y, "increase", d.Increase), Str(y, "increase_rate", d.IncreaseRate), Str(y, "decrease", d.Decrease),
            Str(y, "decrease_rate", d.DecreaseRate), Str(y, "unchanged", d.Unchanged), Str(y, "greater", d.Greater), Str(y, "less", d.Less),
            Str(y, "equal", d.Equal), Str(y, "equal_without_reason", d.EqualWithoutReason));
        return w;
    }

    internal static int Int(YamlMap y, string key, int fallback) => y.OptionalInteger(key) is { } v ? v.Value : fallback;

    internal static double Num(YamlMap y, string key, double fallback) => y.OptionalNumber(key, 2) is { } v ? (double)v.Value : fallback;

    internal static string Str(YamlMap y, string key, string fallback) => y.Has(key) ? y.Text(key, required: false).Value : fallback;

    internal static bool Bool(YamlMap y, string key, bool fallback)
    {
        if (!y.Has(key)) return fallback;
        var t = y.Text(key).Value;
        if (t is "true" or "false") return t == "true";
        y.Bag.Report(ComposeCodes.Style, y.Location, $"“{key}”应为 true 或 false。", $"'{key}' must be true or false.");
        return fallback;
    }
}
