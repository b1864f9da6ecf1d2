using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace FinalAccounts.Publisher.Input;

/// <summary>
/// Passes YamlDotNet's parsing events on to the representation model and stops (with <see cref="YamlShapeException"/>)
/// before the model is built from a shape no data file has: nesting deeper than <see cref="InputLimits.YamlDepth"/> (the
/// model is built recursively, so a deep file would overflow the stack) or a second document.
/// </summary>
internal sealed class YamlShapeGuard(IParser inner) : IParser
{
    private int depth;
    private int documents;

    public ParsingEvent? Current => inner.Current;

    public bool MoveNext()
    {
        if (!inner.MoveNext()) return false;
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
            case DocumentStart when ++documents > 1:
                throw new YamlShapeException(inner.Current.Start,
                    "这里开始了第二个文档（“---”或“...”之后又有内容）：一个 YAML 文件只能有一个文档，后面的内容不会被读取。" +
                    "请删除这一行，把需要的内容并入上面。",
                    "A second document starts here (content after '---' or '...'): a YAML file holds one document, and the " +
                    "rest would not be read. Remove the line and merge what is needed into the part above.");
        }

        return true;
    }
}
