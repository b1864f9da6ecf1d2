using System.Text;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Publish;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>Publishing swaps a whole department in or leaves the previous output as it was, whatever fails when.</summary>
public sealed class OutputPublisherTests
{
    private string root = "";

    [SetUp]
    public void CreateRoot() => root = Path.Combine(Path.GetTempPath(), "finacc-publish-" + Guid.NewGuid().ToString("N"));

    [TearDown]
    public void DeleteRoot()
    {
        if (Directory.Exists(root)) Directory.Delete(root, recursive: true);
    }

    private string Target => Path.Combine(root, "2024", "dept-a");

    private static OutputFile[] Files(string version) =>
        [new("dept-a-2024.pdf", Encoding.UTF8.GetBytes("pdf " + version)), new("dept-a-2024.md", Encoding.UTF8.GetBytes("md " + version))];

    private string Read(string name) => File.ReadAllText(Path.Combine(Target, name));

    [Test]
    public void A_publish_replaces_the_whole_folder()
    {
        var bag = new DiagnosticBag();
        new OutputPublisher(root).Publish(2024, "dept-a", Files("v1"), bag);
        new OutputPublisher(root).Publish(2024, "dept-a", [Files("v2")[0]], bag);
        Assert.That(Directory.GetFiles(Target).Select(Path.GetFileName), Is.EqualTo(new[] { "dept-a-2024.pdf" }));
        Assert.That(Read("dept-a-2024.pdf"), Is.EqualTo("pdf v2"));
        Assert.That(Directory.GetDirectories(Path.Combine(root, "2024")).Select(Path.GetFileName), Is.EqualTo(new[] { "dept-a" }), "no staging folders left");
    }

    [TestCase("staged")]
    [TestCase("retired")]
    public void A_process_that_dies_mid_publish_leaves_the_previous_output_recoverable(string step)
    {
        new OutputPublisher(root).Publish(2024, "dept-a", Files("v1"), new DiagnosticBag());
        var dying = new OutputPublisher(root, s => { if (s == step) throw new DiedException(); });
        Assert.Throws<DiedException>(() => dying.Publish(2024, "dept-a", Files("v2"), new DiagnosticBag()));

        OutputPublisher.Recover(Path.Combine(root, "2024"), "dept-a");
        Assert.That(Read("dept-a-2024.pdf"), Is.EqualTo("pdf v1"));
        Assert.That(Read("dept-a-2024.md"), Is.EqualTo("md v1"));

        new OutputPublisher(root).Publish(2024, "dept-a", Files("v3"), new DiagnosticBag());
        Assert.That(Read("dept-a-2024.pdf"), Is.EqualTo("pdf v3"));
    }

    [Test]
    public void A_process_that_dies_after_the_swap_leaves_the_new_output()
    {
        new OutputPublisher(root).Publish(2024, "dept-a", Files("v1"), new DiagnosticBag());
        var dying = new OutputPublisher(root, s => { if (s == "swapped") throw new DiedException(); });
        Assert.Throws<DiedException>(() => dying.Publish(2024, "dept-a", Files("v2"), new DiagnosticBag()));
        OutputPublisher.Recover(Path.Combine(root, "2024"), "dept-a");
        Assert.That(Read("dept-a-2024.pdf"), Is.EqualTo("pdf v2"));
    }

    [Test]
    public void A_failure_before_the_swap_restores_the_previous_output_and_says_so()
    {
        new OutputPublisher(root).Publish(2024, "dept-a", Files("v1"), new DiagnosticBag());
        var bag = new DiagnosticBag();
        var failing = new OutputPublisher(root, s => { if (s == "retired") throw new IOException("disk full"); });

        Assert.That(failing.Publish(2024, "dept-a", Files("v2"), bag), Is.Null);
        Assert.That(bag.Items.Single().Message.Zh, Does.Contain("disk full").And.Contain("原有文件未改动"));
        Assert.That(Read("dept-a-2024.pdf"), Is.EqualTo("pdf v1"), "what the message says is true");
        Assert.That(Directory.GetDirectories(Path.Combine(root, "2024")).Select(Path.GetFileName), Is.EqualTo(new[] { "dept-a" }));
    }

    [Test]
    public void A_failure_after_the_swap_publishes_the_new_output_without_a_false_error()
    {
        new OutputPublisher(root).Publish(2024, "dept-a", Files("v1"), new DiagnosticBag());
        var bag = new DiagnosticBag();
        var failing = new OutputPublisher(root, s => { if (s == "swapped") throw new IOException("old folder in use"); });

        Assert.That(failing.Publish(2024, "dept-a", Files("v2"), bag), Is.EqualTo(Target));
        Assert.That(bag.Items, Is.Empty);
        Assert.That(Read("dept-a-2024.pdf"), Is.EqualTo("pdf v2"));
        OutputPublisher.Recover(Path.Combine(root, "2024"), "dept-a");
        Assert.That(Directory.GetDirectories(Path.Combine(root, "2024")).Select(Path.GetFileName), Is.EqualTo(new[] { "dept-a" }));
    }

    [Test]
    public void Interrupted_publishes_of_every_department_are_undone_at_once()
    {
        var publisher = new OutputPublisher(root);
        publisher.Publish(2024, "dept-a", Files("v1"), new DiagnosticBag());
        publisher.Publish(2024, "dept-b", Files("v1"), new DiagnosticBag());
        foreach (var (id, step) in new[] { ("dept-a", "retired"), ("dept-b", "staged") })
        {
            var dying = new OutputPublisher(root, s => { if (s == step) throw new DiedException(); });
            Assert.Throws<DiedException>(() => dying.Publish(2024, id, Files("v2"), new DiagnosticBag()));
        }

        OutputPublisher.RecoverAll(Path.Combine(root, "2024"));
        Assert.That(Directory.GetDirectories(Path.Combine(root, "2024")).Select(Path.GetFileName).Order(), Is.EqualTo(new[] { "dept-a", "dept-b" }));
        Assert.That(Read("dept-a-2024.pdf"), Is.EqualTo("pdf v1"));
    }

    [TestCase("../escape")]
    [TestCase("/etc")]
    [TestCase("Dept")]
    [TestCase("a b")]
    [TestCase("")]
    public void An_id_that_could_escape_the_output_folder_is_refused(string id)
    {
        var bag = new DiagnosticBag();
        Assert.That(new OutputPublisher(root).Publish(2024, id, Files("v1"), bag), Is.Null);
        Assert.That(bag.Items.Single().Code.Id, Is.EqualTo("FA8004"));
        Assert.That(Directory.Exists(root) ? Directory.GetFileSystemEntries(root, "*", SearchOption.AllDirectories) : [], Is.Empty);
    }

    [Test]
    public void A_file_name_with_a_path_is_refused()
    {
        var bag = new DiagnosticBag();
        Assert.That(new OutputPublisher(root).Publish(2024, "dept-a", [new OutputFile("../x.pdf", [1])], bag), Is.Null);
        Assert.That(bag.Items.Single().Code.Id, Is.EqualTo("FA8004"));
    }

    private sealed class DiedException : Exception;
}
