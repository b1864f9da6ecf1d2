using FinalAccounts.Publisher.Writers.Docx;

namespace FinalAccounts.Publisher.Tests.Writers.Docx;

public sealed class DocxBookmarksTests
{
    [TestCase("part-3-1", "part_3_1")]
    [TestCase("table-01", "table_01")]
    [TestCase("01表", "h_01_")]
    [TestCase("_hidden", "h__hidden")]
    [TestCase("一、收入", "h_____")]
    public void Ids_become_Word_safe_names(string id, string expected) =>
        Assert.That(DocxBookmarks.Sanitize(id), Is.EqualTo(expected));

    [Test]
    public void Clashing_and_long_names_stay_unique_and_within_40_characters()
    {
        var b = new DocxBookmarks();
        var longId = new string('x', 60);
        Assert.That(b.Claim("part-1"), Is.EqualTo("part_1"));
        Assert.That(b.Claim("part_1"), Is.EqualTo("part_1_2"));
        Assert.That(b.Claim("part-1"), Is.Null, "an id claims one name");
        Assert.That(b.Claim(longId), Has.Length.EqualTo(40));
        Assert.That(b.Claim(longId + "y"), Is.EqualTo(new string('x', 38) + "_2"));
        Assert.That(b.Find("part_1"), Is.EqualTo("part_1_2"));
        Assert.That(b.Claim(""), Is.Null);
    }
}
