using System.Text;
using System.Text.RegularExpressions;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Filling;

/// <summary>
/// The forms' computed keys a clerk left empty (execution_rate, execution_score, total_score, as a new folder has
/// them): fill writes 0 there first, so that check computes them like any other figure and the rounds write the value;
/// a key check did not compute goes back to empty.
/// </summary>
internal static partial class EmptyFigures
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes the placeholders into the working copy; the places written (file, line) with each line's text before.
    /// </summary>
    public static List<(string File, int Line, string Before)> Hold(DataFolder work)
    {
        var held = new List<(string, int, string)>();
        foreach (var file in Forms(work))
        {
            var lines = Utf8.GetString(File.ReadAllBytes(work.Full(file))).Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (!EmptyKey().IsMatch(lines[i])) continue;
                held.Add((file, i + 1, lines[i]));
                lines[i] = lines[i].TrimEnd() + " 0";
            }

            if (held.Any(h => h.Item1 == file))
                File.WriteAllBytes(work.Full(file), Utf8.GetBytes(string.Join('\n', lines)));
        }

        return held;
    }

    /// <summary>Puts back the lines of the places no round wrote (check had nothing to compute there).</summary>
    public static void Release(DataFolder work, IEnumerable<(string File, int Line, string Before)> unwritten)
    {
        foreach (var file in unwritten.GroupBy(u => u.File))
        {
            var lines = Utf8.GetString(File.ReadAllBytes(work.Full(file.Key))).Split('\n');
            foreach (var (_, line, before) in file) lines[line - 1] = before;
            File.WriteAllBytes(work.Full(file.Key), Utf8.GetBytes(string.Join('\n', lines)));
        }
    }

    private static IEnumerable<string> Forms(DataFolder work)
    {
        if (work.Exists(PerformanceReader.OverallFile)) yield return PerformanceReader.OverallFile;
        var projects = work.Full(PerformanceReader.ProjectsFolder);
        if (!Directory.Exists(projects)) yield break;
        foreach (var file in Directory.GetFiles(projects, "*.yaml").Order(StringComparer.Ordinal))
            yield return PerformanceReader.ProjectsFolder + "/" + Path.GetFileName(file);
    }

    [GeneratedRegex(@"^\s*(execution_rate|execution_score|total_score):[ \t]*\r?$")]
    private static partial Regex EmptyKey();
}
