using System.Text;

namespace FinalAccounts.Publisher.Tests.Fuzz;

/// <summary>Operators on a copy of the templates: functions that differ between runs or reach outside, loops and
/// strings that would take gigabytes, broken syntax, bytes that are not UTF-8, slips in style.yaml.</summary>
internal static class TemplateOperators
{
    private static readonly string[] Snippets =
    [
        "{{ math.random 1 10 }}", "{{ math.uuid }}", "{{ date.now }}", "{{ include 'x' }}", "{{ object.eval '1 + 1' }}",
        "{{ for i in 1..100000000 }}x{{ end }}", "{{ s = 'x' | string.pad_left 2000000; a = []; for i in 1..1000; a = a | array.add s; end; a.size }}",
        "{{ s = 'ab'; for i in 1..40; s = s + s; end }}", "{{", "{{ end }}", "{{ if }}", "{{ department.nothing.deeper }}", "{{ 1 / 0 }}",
        "{{ func f; ret f; end; f }}", "{{ func g(x); ret g(x + 1); end; g 1 }}", "{{ '<script>alert(1)</script>' }}", "{{ environment }}",
        "{{ regex.match 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa!' '(a+)+$' }}", "{{ '' | string.pad_left 1000000000 }}", "{{ [1,2][99] }}",
        "{{ capture x }}{{ end }}{{ x }}", "{{ 1e400 }}", "{{ 9999999999999999999999 * 9999999999999999999999 }}", ":::warning\n",
        "{{ tables }}", "{{ for t in tables; t; end }}", "{{ department | object.keys }}", "{{ 'a' | string.repeat 2000000 }}",
    ];

    public static IEnumerable<FuzzOperator> All =>
    [
        new("template", c => Insert(c, Snippets[c.Rng.Next(Snippets.Length)])),
        new("template", c => Insert(c, Snippets[c.Rng.Next(Snippets.Length)])),
        new("template", Slip),
        new("encoding", NotUtf8),
    ];

    private static string Part(FuzzCase c, out string path)
    {
        var root = c.EditableTemplates();
        var parts = Directory.GetFiles(Path.Combine(root, "default"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".sbn", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal).ToList();
        path = parts[c.Rng.Next(parts.Count)];
        return Path.GetRelativePath(root, path).Replace('\\', '/');
    }

    private static string Insert(FuzzCase c, string snippet)
    {
        var name = Part(c, out var path);
        var lines = File.ReadAllText(path).Split('\n').ToList();
        var at = c.Rng.Next(lines.Count + 1);
        lines.Insert(at, snippet);
        File.WriteAllText(path, string.Join("\n", lines));
        return $"templates/{name}: {DataOperators.Show(snippet)} inserted as line {at + 1}";
    }

    private static string Slip(FuzzCase c)
    {
        var name = Part(c, out var path);
        var lines = File.ReadAllText(path).Split('\n').ToList();
        var what = LineMutations.Mutate(lines, c.Rng);
        File.WriteAllText(path, string.Join("\n", lines));
        return $"templates/{name}: {what}";
    }

    private static string NotUtf8(FuzzCase c)
    {
        var name = Part(c, out var path);
        var bytes = File.ReadAllBytes(path).ToList();
        var at = c.Rng.Next(bytes.Count + 1);
        bytes.InsertRange(at, c.Rng.Next(2) == 0 ? [0xFF, 0xFE] : Encoding.GetEncoding("utf-16").GetBytes("模板"));
        File.WriteAllBytes(path, [.. bytes]);
        return $"templates/{name}: bytes that are not UTF-8 inserted at byte {at}";
    }
}
