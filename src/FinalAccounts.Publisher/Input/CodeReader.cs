using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model;

namespace FinalAccounts.Publisher.Input;

/// <summary>Reads a classification code and its name against a code list.</summary>
internal static class CodeReader
{
    /// <summary>Checks a code's form, its presence in the list and its name; null when the row must be skipped.</summary>
    public static SubjectCode? Read(InputCell code, InputCell name, Classification list, SubjectLevel deepest, DiagnosticBag bag)
    {
        var codeText = code.Text;
        if (!SubjectCode.IsWellFormed(codeText) || new SubjectCode(codeText).Level > deepest)
        {
            bag.Report(InputCodes.BadCode, code.Location, $"科目编码“{codeText}”格式错误。", $"Malformed code '{codeText}'.");
            return null;
        }

        var subject = new SubjectCode(codeText);
        if (list.Find(subject) is not { } entry)
        {
            bag.Report(InputCodes.UnknownCode, code.Location, $"科目编码 {subject}（{name.Text}）不在参考科目表 {new OwnText(list.File)} 中。",
                $"Code {subject} ({name.Text}) is not in {new OwnText(list.File)}.");
            return subject;
        }

        if (entry.Name != name.Text)
            bag.Report(InputCodes.NameMismatch, name.Location,
                $"科目 {subject} 的名称应为“{entry.Name}”，实际为“{name.Text}”。", $"The name of {subject} must be '{entry.Name}', not '{name.Text}'.");
        return subject;
    }
}
