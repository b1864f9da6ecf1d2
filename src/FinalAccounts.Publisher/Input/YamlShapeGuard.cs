using FinalAccounts.Publisher.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// Passes YamlDotNet's parsing events on to the representation model and stops (with <see cref="YamlShapeException"/>)
/// before the model is built from a shape no data file has: nesting deeper than <see cref="InputLimits.YamlDepth"/> (the
/// model is built recursively, so a deep file would overflow the stack) or a second document. On the way it reports
/// values longer than <see cref="InputLimits.TextChars"/> and unsafe characters written as escapes ("\u202E").
/// </summary>
internal sealed class YamlShapeGuard(IParser inner, string file, DiagnosticBag bag) : IParser
{
    private int depth;
    private int documents;

    public ParsingEvent? Current => inner.Current;

    private Mark last = Mark.Empty;

    public bool MoveNext()
    {
        if (!Advance()) return false;
        last = inner.Current!.End;
        switch (inner.Current)
        {
            case MappingStart or SequenceStart when ++depth > InputLimits.YamlDepth:
                throw new YamlShapeException(inner.Current.Start,
                    $"YAML 的层次嵌套太深：这里是第 {depth} 层，最多 {InputLimits.YamlDepth} 层（数据文件只需要几层）。",
                    $"The YAML is nested too deep: this is level {depth}, at most {InputLimits.YamlDepth} are allowed " +
                    "(data files need only a few).");
            case MappingEnd or SequenceEnd:
                depth--;
                break;
            case Scalar scalar:
                Check(scalar);
                break;
            case DocumentStart when ++documents > 1:
                throw new YamlShapeException(inner.Current.Start,
                    "这里开始了第二个文档（“---”或“...”之后又有内容）：一个 YAML 文件只能有一个文档，后面的内容不会被读取。" +
                    "请删除这一行，把需要的内容并入上面。",
                    "A second document starts here (content after '---' or '...'): a YAML file holds one document, and the " +
                    "rest would not be read. Remove the line and merge what is needed into the part above.");
        }

        return true;
    }

    private void Check(Scalar scalar)
    {
        var at = new SourceLocation(file, (int)scalar.Start.Line, (int)scalar.Start.Column);
        if (scalar.Value.Length > InputLimits.TextChars)
            bag.Report(InputCodes.TooLarge, at, $"这一项有 {scalar.Value.Length} 个字符，超过每项 {InputLimits.TextChars} 字的上限。",
                $"This value holds {scalar.Value.Length} characters, more than the {InputLimits.TextChars} a value may.");
        else
            UnsafeCharacters.Report(scalar.Value, at, bag);
    }

    /// <summary>
    /// The next event; YamlDotNet's scanner throws InvalidOperationException instead of a YamlException on some broken
    /// input (a line "{{" before a text, found by the fuzz run), which becomes a syntax error after the last good event.
    /// </summary>
    private bool Advance()
    {
        try
        {
            return inner.MoveNext();
        }
        catch (InvalidOperationException e)
        {
            var at = new Mark(last.Index, last.Line + 1, 1);
            throw new YamlException(at, at, "Unexpected content: the scanner could not read past this line.", e);
        }
    }
}
