using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Input;

/// <summary>Reads the official code lists of a year (data/reference/&lt;year&gt;/).</summary>
internal static class ReferenceListReader
{
    public const string FunctionalFile = "functional-classification.csv";
    public const string EconomicFile = "economic-classification.csv";
    private static readonly string[] FunctionalColumns = ["科目编码", "科目名称", "级次", "总表行次", "说明"];
    private static readonly string[] EconomicColumns = ["科目编码", "科目名称", "级次", "经费类型"];

    public static ReferenceLists? Read(DataFolder folder, DiagnosticBag bag)
    {
        var functional = CsvFileReader.Read(folder, FunctionalFile, FunctionalColumns, true, bag);
        var economic = CsvFileReader.Read(folder, EconomicFile, EconomicColumns, true, bag);
        if (functional is null || economic is null) return null;
        return new ReferenceLists(ReadList(functional, isEconomic: false, bag), ReadList(economic, isEconomic: true, bag));
    }

    private static Classification ReadList(CsvFile file, bool isEconomic, DiagnosticBag bag)
    {
        var entries = new Dictionary<SubjectCode, ClassificationEntry>();
        var lines = new HashSet<int>();
        foreach (var r in file.Records)
        {
            var codeText = file.Get(r, "科目编码");
            if (!SubjectCode.IsWellFormed(codeText) || (isEconomic && codeText.Length == 7))
            {
                bag.Report(InputCodes.BadCode, file.At(r, "科目编码"), $"科目编码“{codeText}”格式错误。", $"Malformed code '{codeText}'.");
                continue;
            }

            var code = new SubjectCode(codeText);
            var levelText = file.Get(r, "级次");
            var expectedLevel = code.Level switch { SubjectLevel.Class => "类", SubjectLevel.Section => "款", _ => "项" };
            if (levelText != expectedLevel)
                bag.Report(InputCodes.WrongType, file.At(r, "级次"), $"级次应为“{expectedLevel}”（编码 {codeText} 有 {codeText.Length} 位）。",
                    $"Level must be '{expectedLevel}' for the {codeText.Length}-digit code {codeText}.");
            if (entries.ContainsKey(code))
            {
                bag.Report(InputCodes.DuplicateRow, file.At(r, "科目编码"), $"科目编码 {codeText} 重复。", $"Code {codeText} appears twice.");
                continue;
            }

            if (file.Get(r, "科目名称").Length > InputLimits.NameChars)
                bag.Report(InputCodes.TooLarge, file.At(r, "科目名称"), $"科目名称超过 {InputLimits.NameChars} 字。",
                    $"The name is longer than {InputLimits.NameChars} characters.");
            entries[code] = isEconomic ? Economic(file, r, code, entries, bag) : Functional(file, r, code, lines, bag);
        }

        return new Classification(file.Path, entries);
    }

    private static ClassificationEntry Functional(CsvFile file, CsvRecord r, SubjectCode code, HashSet<int> lines, DiagnosticBag bag)
    {
        int? line = null;
        var lineText = file.Get(r, "总表行次");
        if (lineText.Length > 0)
        {
            if (code.Level == SubjectLevel.Class && int.TryParse(lineText, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 31 and <= 56 && lines.Add(n))
                line = n;
            else
                bag.Report(InputCodes.UnknownLine, file.At(r, "总表行次"), $"总表行次“{lineText}”无效：只有“类”可填，取 31–56 且不重复。",
                    $"Invalid summary line '{lineText}': only a 类 has one, 31–56, each once.");
        }

        return new ClassificationEntry(code, file.Get(r, "科目名称"), code.Level, line, file.Get(r, "说明"), null);
    }

    private static ClassificationEntry Economic(CsvFile file, CsvRecord r, SubjectCode code, Dictionary<SubjectCode, ClassificationEntry> entries, DiagnosticBag bag)
    {
        var groupText = file.Get(r, "经费类型");
        EconomicGroup? group = groupText switch
        {
            "人员经费" => EconomicGroup.Personnel,
            "公用经费" => EconomicGroup.Public,
            "" when code.Parent is { } p && entries.TryGetValue(p, out var parent) => parent.Group,
            _ => null,
        };
        if (group is null)
            bag.Report(InputCodes.WrongType, file.At(r, "经费类型"), $"经费类型应为“人员经费”或“公用经费”，实际为“{groupText}”。",
                $"经费类型 must be 人员经费 or 公用经费, not '{groupText}'.");
        return new ClassificationEntry(code, file.Get(r, "科目名称"), code.Level, null, "", group);
    }
}
