using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using FinalAccounts.Publisher.Tests.Support;

namespace FinalAccounts.Publisher.Tests.Portal;

/// <summary>The published files against their schemas: data.json and manifest.json against ours, the feed and sitemap against theirs.</summary>
public sealed partial class YearPublicationTests
{
    private static string TestSchemas => Path.Combine(SampleData.RepositoryRoot, "tests", "FinalAccounts.Publisher.Tests", "Portal", "Schemas");

    [TestCase("data.json", "data.schema.json")]
    [TestCase("manifest.json", "manifest.schema.json")]
    public void Every_departments_json_matches_the_schema_published_beside_it(string file, string schemaFile)
    {
        var schema = Schema(schemaFile);
        foreach (var department in Directory.GetDirectories(Output).Where(d => !Path.GetFileName(d).StartsWith('.')))
        {
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(department, file)));
            var result = schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
            Assert.That(result.IsValid, Is.True, $"{department}/{file}: " + string.Join("; ", Errors(result)));
        }
    }

    [TestCase("data.json", "data.schema.json", "tables")]
    [TestCase("manifest.json", "manifest.schema.json", "files")]
    public void A_json_file_that_lost_a_required_part_fails_its_schema(string file, string schemaFile, string removed)
    {
        var node = JsonNode.Parse(File.ReadAllBytes(Path.Combine(Output, "dept-001", file)))!.AsObject();
        node.Remove(removed);
        using var json = JsonDocument.Parse(node.ToJsonString());
        Assert.That(Schema(schemaFile).Evaluate(json.RootElement).IsValid, Is.False);
    }

    [Test]
    public void A_manifest_with_a_checksum_that_is_not_sha256_fails_its_schema()
    {
        var node = JsonNode.Parse(File.ReadAllBytes(Path.Combine(Output, "dept-001", "manifest.json")))!;
        node["files"]![0]!["sha256"] = "not-a-hash";
        using var json = JsonDocument.Parse(node.ToJsonString());
        Assert.That(Schema("manifest.schema.json").Evaluate(json.RootElement).IsValid, Is.False);
    }

    [Test]
    [Category("Slow")]
    public void The_feed_validates_against_atom_and_the_sitemap_against_the_sitemap_protocol()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Xmllint("--relaxng", Path.Combine(TestSchemas, "atom.rng"), Path.Combine(Output, "feed.xml")), Is.EqualTo(0));
            Assert.That(Xmllint("--schema", Path.Combine(TestSchemas, "sitemap.xsd"), Path.Combine(Output, "sitemap.xml")), Is.EqualTo(0));
        });
    }

    [Test]
    [Category("Slow")]
    public void The_test_schemas_reject_a_feed_without_dates_and_a_sitemap_with_relative_addresses()
    {
        using var folder = new TempFolder();
        var feed = Path.Combine(folder.Path, "feed.xml");
        File.WriteAllText(feed, File.ReadAllText(Path.Combine(Output, "feed.xml")).Replace("T00:00:00+08:00", ""));
        var sitemap = Path.Combine(folder.Path, "sitemap.xml");
        File.WriteAllText(sitemap, File.ReadAllText(Path.Combine(Output, "sitemap.xml")).Replace(BaseUrl, ""));
        Assert.That(Xmllint("--relaxng", Path.Combine(TestSchemas, "atom.rng"), feed), Is.Not.EqualTo(0));
        Assert.That(Xmllint("--schema", Path.Combine(TestSchemas, "sitemap.xsd"), sitemap), Is.Not.EqualTo(0));
    }

    private JsonSchema Schema(string name) =>
        JsonSchema.FromText(File.ReadAllText(Path.Combine(Output, name)), new BuildOptions { SchemaRegistry = new SchemaRegistry() });

    private static IEnumerable<string> Errors(EvaluationResults result) =>
        (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}")).Take(10);

    private static int Xmllint(string mode, string schema, string file)
    {
        var xmllint = ExternalTool.Require(ExternalTool.OnPath("xmllint"), "xmllint", "libxml2-utils", "xmllint is part of libxml2 (e.g. through MSYS2)");
        using var process = Process.Start(new ProcessStartInfo(xmllint, ["--noout", mode, schema, file]) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        TestContext.Out.WriteLine(errors);
        return process.ExitCode;
    }
}
