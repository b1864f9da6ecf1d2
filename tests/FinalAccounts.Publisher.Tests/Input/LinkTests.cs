using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Input;

/// <summary>
/// The data root is the folder above the year folder (it holds the year folders and reference/). A file or folder whose
/// real path leaves it, and a link loop, is FA1028 once, where the link is; it is never read, so its content appears in
/// no message and no document. Links that stay inside the data root are read as usual.
/// </summary>
public sealed class LinkTests
{
    [Test]
    public void A_key_work_text_linked_to_a_file_outside_the_data_root_is_refused_and_not_published()
    {
        using var copy = SampleData.Copy();
        var outside = Outside(copy, "secret.md", "## 机密\n\n不该公开的文字。\n");
        Replace(copy, "key-work.md", outside);
        var run = copy.Check();

        Assert.That(run.Expect("FA1028", "key-work.md:1:1").Message.Zh, Does.Contain("数据文件夹之外"));
        run.ExpectNewExactly("FA1028 key-work.md:1:1");
        Assert.That(run.Model.KeyWork.Markdown.Value, Does.Not.Contain("不该公开"));
    }

    [Test]
    public void A_table_linked_to_a_system_file_is_refused_without_echoing_its_content()
    {
        using var copy = SampleData.Copy();
        var outside = Outside(copy, "passwd", "root:x:0:0:root:/root:/bin/bash\n");
        Replace(copy, "tables/01.csv", outside);
        var run = copy.Check();

        run.ExpectNewExactly("FA1028 tables/01.csv:1:1");
        Assert.That(run.Diagnostics.Select(d => d.Message.Zh + d.Message.En), Has.None.Contains("root:x"));
    }

    [Test]
    public void A_folder_linked_to_a_system_folder_is_one_error_not_thousands_of_warnings()
    {
        using var copy = SampleData.Copy();
        Link(copy.PathOf("etc"), "/etc", directory: true);
        var run = copy.Check();

        run.ExpectNewExactly("FA1028 etc:1:1");
    }

    [Test]
    public void A_link_loop_is_one_error_per_link()
    {
        using var copy = SampleData.Copy();
        Link(copy.PathOf("a"), copy.PathOf("b"), directory: false);
        Link(copy.PathOf("b"), copy.PathOf("a"), directory: false);
        var run = copy.Check();

        Assert.That(run.Expect("FA1028", "a:1:1").Message.Zh, Does.Contain("循环"));
        run.ExpectNewExactly("FA1028 a:1:1", "FA1028 b:1:1");
    }

    [Test]
    public void A_folder_linked_to_the_folder_above_it_is_one_error()
    {
        using var copy = SampleData.Copy();
        Link(copy.PathOf("tables/up"), copy.Folder, directory: true);
        var run = copy.Check();

        Assert.That(run.Expect("FA1028", "tables/up:1:1").Message.Zh, Does.Contain("循环"));
        run.ExpectNewExactly("FA1028 tables/up:1:1");
    }

    [Test]
    public void A_link_to_a_file_inside_the_data_root_is_read()
    {
        using var copy = SampleData.Copy();
        var shared = Path.Combine(copy.DataRoot, "shared", "key-work.md");
        Directory.CreateDirectory(Path.GetDirectoryName(shared)!);
        File.Move(copy.PathOf("key-work.md"), shared);
        Link(copy.PathOf("key-work.md"), shared, directory: false);
        var run = copy.Check();

        run.ExpectNothingNew();
        Assert.That(run.Model.KeyWork.Markdown.Value, Is.EqualTo(File.ReadAllText(shared).Replace("\r\n", "\n")));
    }

    [Test]
    public void A_department_folder_that_is_a_link_to_outside_the_data_root_is_not_read()
    {
        using var copy = SampleData.Copy();
        var elsewhere = Path.Combine(copy.Root, "elsewhere", "linked-dept");
        SampleData.CopyDirectory(copy.Folder, elsewhere);
        var link = Path.Combine(copy.YearFolder, "linked-dept");
        Link(link, elsewhere, directory: true);

        var load = new Publisher.Input.DepartmentLoader().Load(link);

        Assert.That(load.Model, Is.Null);
        Assert.That(load.Diagnostics.Items.Select(d => d.Code.Id), Is.EqualTo(new[] { "FA1028" }));
    }

    private static string Outside(SampleCopy copy, string name, string text)
    {
        var path = Path.Combine(copy.Root, "outside", name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    private static void Replace(SampleCopy copy, string relative, string target)
    {
        copy.Delete(relative);
        Link(copy.PathOf(relative), target, directory: false);
    }

    private static void Link(string path, string target, bool directory)
    {
        try
        {
            if (directory) Directory.CreateSymbolicLink(path, target);
            else File.CreateSymbolicLink(path, target);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Assert.Ignore($"This machine does not allow symbolic links ({e.Message}).");
        }
    }
}
