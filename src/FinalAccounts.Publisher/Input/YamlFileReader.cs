using FinalAccounts.Publisher.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace FinalAccounts.Publisher.Input;

/// <summary>Loads a YAML data file into a <see cref="YamlMap"/>, reporting syntax errors with their place.</summary>
internal static class YamlFileReader
{
    /// <summary>Reads a file; when it is missing or broken (reported), returns a quiet stand-in and records it as unavailable.</summary>
    public static YamlMap ReadOrStandIn(DataFolder folder, string relative, DiagnosticBag bag, ISet<string> unavailable)
    {
        if (Read(folder, relative, required: true, bag) is { } map) return map;
        unavailable.Add(folder.Display(relative));
        return YamlMap.Unreadable(folder.Display(relative), bag);
    }

    public static YamlMap? Read(DataFolder folder, string relative, bool required, DiagnosticBag bag)
    {
        var text = TextFileReader.ReadText(folder, relative, required, bag);
        if (text is null) return null;
        var display = folder.Display(relative);
        var stream = new YamlStream();
        try
        {
            stream.Load(new YamlShapeGuard(new Parser(new StringReader(text)), display, bag));
        }
        catch (YamlShapeException e)
        {
            bag.Report(InputCodes.YamlStructure, new SourceLocation(display, (int)e.Start.Line, (int)e.Start.Column), e.Zh, e.En);
            return null;
        }
        catch (YamlException e)
        {
            var inner = e.InnerException?.Message is { } m ? $" ({m})" : "";
            var (line, column) = ((int)e.Start.Line, (int)e.Start.Column);
            if (e.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstTabIndent(text) is { } tab) (line, column) = tab;
            bag.Report(InputCodes.YamlSyntax, new SourceLocation(display, line, column),
                $"YAML 格式错误：{Describe(e, text, line)}", $"YAML syntax error: {e.Message}{inner}");
            return null;
        }

        var root = stream.Documents.Count == 0 ? null : stream.Documents[0].RootNode;
        if (root is YamlMappingNode mapping) return new YamlMap(display, mapping, bag) { Unit = folder.Unit };
        if (root is null || YamlMap.IsNull(root))
        {
            bag.Report(InputCodes.EmptyFile, new SourceLocation(display, 1, 1), $"文件 {relative} 中没有内容（应为一组“键: 值”）。",
                $"{relative} holds no 'key: value' entries.");
            return null;
        }

        var (zh, en) = root is YamlSequenceNode ? ("一个列表（以“- ”开头的行）", "a list (lines starting with '- ')") : ("一段文字", "a text");
        bag.Report(InputCodes.YamlStructure, new SourceLocation(display, (int)root.Start.Line, (int)root.Start.Column),
            $"文件的最外层是{zh}，应为一组“键: 值”（每行一个，如 budget: 132.40，下级项目缩进两格）。",
            $"The file's root is {en}; it must be a mapping of keys ('key: value' lines such as budget: 132.40, nested keys " +
            "indented by two spaces).");
        return null;
    }

    /// <summary>
    /// Where the first tab in an indentation is: YamlDotNet reports a tab at the value before it, or at 1:1.
    /// </summary>
    private static (int Line, int Column)? FirstTabIndent(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', 0, indent);
            if (tab >= 0) return (i + 1, tab + 1);
        }

        return null;
    }

    private static string Describe(YamlException e, string text, int line)
    {
        var lines = text.Split('\n');
        if (line >= 1 && line <= lines.Length && lines[line - 1].Contains('：') && !lines[line - 1].Contains(": "))
            return "这一行用了全角冒号“：”，项目名后应为半角冒号加空格“: ”。";
        if (line >= 1 && line <= lines.Length && lines[line - 1].Contains('\t'))
            return "这一行用了 Tab 缩进，请改用空格。";
        return e.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase) ? "同一项目名出现了两次。" : "无法解析这一行，请检查冒号、缩进和引号。";
    }
}
