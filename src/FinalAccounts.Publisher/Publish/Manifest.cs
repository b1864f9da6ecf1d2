using System.Text.Json;
using System.Text.Json.Serialization;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// manifest.json of a published department: every file with its size and SHA-256, the hashes of the inputs and templates,
/// the tool version and the fingerprint that decides whether the next build may skip this department (or keep the formats
/// it does not rebuild), whether it is a draft for review (never listed in the portal index as published), and its
/// approval (<c>finacc approve</c>), carried into the final build it allows, and the publish date from department.yaml
/// (yyyy-MM-dd; the index and feed show it).
/// </summary>
public sealed record Manifest(
    string Department,
    string Name,
    int Year,
    string Title,
    string ToolVersion,
    string Fingerprint,
    int Pages,
    IReadOnlyList<ManifestFile> Files,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Inputs,
    bool Draft = false,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] ManifestApproval? Approval = null,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Published = null)
{
    public const string FileName = "manifest.json";

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(this, PublishJson.Shared.Manifest);

    /// <summary>Reads a manifest, or null when it is missing or unreadable (then the department is simply rebuilt).</summary>
    public static Manifest? Read(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize(File.ReadAllBytes(path), PublishJson.Shared.Manifest) : null;
        }
        catch (Exception e) when (e is JsonException or IOException or NotSupportedException)
        {
            return null;
        }
    }
}

/// <summary>A published file: name, size in bytes, SHA-256 (hex), and the output format it belongs to (none for data.json).</summary>
public sealed record ManifestFile(
    string Name,
    long Size,
    string Sha256,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Format = null);
