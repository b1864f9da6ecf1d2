using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Publish;
using FinalAccounts.Publisher.Tests.Golden;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Publish;

/// <summary>The library's rule for output folders: what a data folder is, and that a batch refuses to write into one.</summary>
public sealed class OutputLocationTests
{
    [Test]
    public void Each_folder_of_a_data_tree_is_recognised_by_what_it_holds()
    {
        using var copy = SampleData.Copy();
        Assert.That(DataTree.Classify(copy.Folder), Is.EqualTo(DataFolderKind.Department));
        Assert.That(DataTree.Classify(copy.YearFolder), Is.EqualTo(DataFolderKind.Year));
        Assert.That(DataTree.Classify(Path.Combine(copy.DataRoot, "reference")), Is.EqualTo(DataFolderKind.Reference));
        Assert.That(DataTree.Classify(copy.DataRoot), Is.EqualTo(DataFolderKind.DataRoot));
        Assert.That(DataTree.Classify(copy.Root), Is.EqualTo(DataFolderKind.None));
        Assert.That(DataTree.Classify(Path.Combine(copy.Folder, "tables")), Is.EqualTo(DataFolderKind.None));
    }

    [Test]
    public void A_published_output_is_not_mistaken_for_data()
    {
        using var copy = SampleData.Copy();
        var output = Path.Combine(copy.Root, "output");
        var batch = new BatchBuilder(new DisclosureBuilder(new BuildOptions(output, ["md"], SampleDisclosure.TemplatesRoot)));
        Assert.That(batch.Run([copy.Folder], force: false, progress: null).Succeeded, Is.True);

        Assert.That(DataTree.Classify(output), Is.EqualTo(DataFolderKind.None));
        Assert.That(OutputLocation.Check(output, [copy.Folder], new DiagnosticBag()), Is.True, "the same output again");
    }

    [Test]
    public void A_department_outside_a_year_layout_still_protects_the_folder_around_it()
    {
        using var copy = SampleData.Copy(yearFolder: "drafts");
        var bag = new DiagnosticBag();

        Assert.That(OutputLocation.Check(Path.Combine(copy.YearFolder, "out"), [copy.Folder], bag), Is.False);
        Assert.That(bag.Items.Single().Code, Is.EqualTo(PublishCodes.OutputOverlapsData));
        Assert.That(OutputLocation.Check(Path.Combine(copy.Root, "out"), [copy.Folder], new DiagnosticBag()), Is.True);
    }

    [Test]
    public void A_batch_refuses_to_write_into_the_data_before_it_builds_anything()
    {
        using var copy = SampleData.Copy();
        var batch = new BatchBuilder(new DisclosureBuilder(new BuildOptions(copy.YearFolder, ["md"], SampleDisclosure.TemplatesRoot)));
        var result = batch.Run([copy.Folder], force: true, progress: null);

        Assert.That(result.Succeeded, Is.False);
        Assert.That(result.Builds, Is.Empty);
        Assert.That(result.Diagnostics.Items.Single().Code.Id, Is.EqualTo("FA8005"));
        Assert.That(Directory.GetDirectories(copy.YearFolder).Select(Path.GetFileName), Is.EqualTo(new[] { SampleData.DepartmentId }));
    }
}
