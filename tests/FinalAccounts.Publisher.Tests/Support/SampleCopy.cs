using System.Text;
using FinalAccounts.Publisher.Checks;
using FinalAccounts.Publisher.Input;

namespace FinalAccounts.Publisher.Tests.Support;

/// <summary>
/// A temporary copy of the sample department and its reference lists, with small editors for breaking it on purpose.
/// File names are relative to the department folder (<c>tables/05.csv</c>); <see cref="Reference"/> reaches the code lists.
/// </summary>
public sealed class SampleCopy : IDisposable
{
    /// <summary>The reference lists as seen from the department folder.</summary>
    public const string Reference = "../../reference/" + SampleData.Year + "/";

    internal SampleCopy(string yearFolder, string departmentId)
    {
        Root = Path.Combine(Path.GetTempPath(), "finacc-tests", Guid.NewGuid().ToString("N"));
        DataRoot = Path.Combine(Root, "data");
        YearFolder = Path.Combine(DataRoot, yearFolder);
        Folder = Path.Combine(YearFolder, departmentId);
        SampleData.CopyDirectory(SampleData.DepartmentFolder, Folder);
        SampleData.CopyDirectory(SampleData.ReferenceFolder, Path.Combine(DataRoot, "reference", SampleData.Year));
    }

    /// <summary>The temporary root holding <c>data/</c>.</summary>
    public string Root { get; }

    public string DataRoot { get; }

    public string YearFolder { get; }

    /// <summary>The department folder of the copy (full path).</summary>
    public string Folder { get; }

    public string PathOf(string relative) => Path.GetFullPath(Path.Combine(Folder, relative));

    public string ReadText(string relative) => File.ReadAllText(PathOf(relative), Encoding.UTF8);

    public void WriteText(string relative, string text)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllText(PathOf(relative), text, new UTF8Encoding(false));
    }

    public byte[] ReadBytes(string relative) => File.ReadAllBytes(PathOf(relative));

    public void WriteBytes(string relative, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(PathOf(relative))!);
        File.WriteAllBytes(PathOf(relative), bytes);
    }

    public void Delete(string relative)
    {
        Assert.That(File.Exists(PathOf(relative)), $"{relative} should exist before it is deleted");
        File.Delete(PathOf(relative));
    }

    /// <summary>Replaces text that occurs exactly once in the file (a second occurrence would make the edit ambiguous).</summary>
    public void Replace(string relative, string oldText, string newText)
    {
        var text = ReadText(relative);
        var first = text.IndexOf(oldText, StringComparison.Ordinal);
        Assert.That(first, Is.GreaterThanOrEqualTo(0), $"'{oldText}' not found in {relative}");
        Assert.That(text.IndexOf(oldText, first + 1, StringComparison.Ordinal), Is.EqualTo(-1), $"'{oldText}' occurs more than once in {relative}");
        WriteText(relative, text[..first] + newText + text[(first + oldText.Length)..]);
    }

    /// <summary>
    /// Replaces the value of a YAML key, given with its indentation ("  outputs"), including the indented lines of a block
    /// text; the first line starting with the key is the one replaced.
    /// </summary>
    public void ReplaceValue(string relative, string key, string value)
    {
        var lines = ReadText(relative).Split('\n').ToList();
        var indent = key.Length - key.TrimStart().Length;
        var at = lines.FindIndex(l => l.StartsWith(key + ":", StringComparison.Ordinal));
        Assert.That(at, Is.GreaterThanOrEqualTo(0), $"no key '{key}' in {relative}");
        var end = at + 1;
        while (end < lines.Count && (lines[end].Trim().Length == 0 || lines[end].Length - lines[end].TrimStart().Length > indent)) end++;
        lines.RemoveRange(at, end - at);
        lines.Insert(at, key + ": " + value);
        var text = string.Join("\n", lines);
        WriteText(relative, text.EndsWith('\n') ? text : text + "\n");
    }

    /// <summary>Sets one cell of a CSV file: the row by its code, 行次 or name, the column by its header.</summary>
    public void SetCell(string relative, string rowKey, string column, string value) => EditCsv(relative, csv =>
    {
        var row = csv.Rows[csv.Row(rowKey)];
        row[csv.Column(column)] = value;
    });

    /// <summary>Removes whole rows of a CSV file (later rows move up).</summary>
    public void DeleteRows(string relative, params string[] rowKeys) => EditCsv(relative, csv =>
    {
        foreach (var key in rowKeys) csv.Rows.RemoveAt(csv.Row(key));
    });

    /// <summary>Appends a raw line to a text file (a newline is added).</summary>
    public void AppendLine(string relative, string line)
    {
        var text = ReadText(relative);
        WriteText(relative, (text.EndsWith('\n') ? text : text + "\n") + line + "\n");
    }

    public void EditCsv(string relative, Action<CsvText> edit)
    {
        var csv = CsvText.Parse(ReadText(relative));
        edit(csv);
        WriteText(relative, csv.ToString());
    }

    /// <summary>Copies this department into a sibling folder of the same year under another id.</summary>
    public string AddDepartment(string id)
    {
        var folder = Path.Combine(YearFolder, id);
        SampleData.CopyDirectory(Folder, folder);
        return folder;
    }

    /// <summary>Reads the copy without running the checks.</summary>
    public CheckRun Load() => new(new DepartmentLoader().Load(Folder), Folder);

    /// <summary>Reads the copy and runs every check, as <c>finacc check</c> does.</summary>
    public CheckRun Check()
    {
        var load = new DepartmentLoader().Load(Folder);
        Checker.Run(load);
        return new CheckRun(load, Folder);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still open on Windows: the temp folder is cleaned later.
        }
    }
}
