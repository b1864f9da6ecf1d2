using System.Text.Encodings.Web;
using System.Text.Json;

namespace FinalAccounts.Publisher.OpenData;

/// <summary>How the published JSON files written through the serializer (manifest.json, status.json) look.</summary>
internal static class OpenDataJson
{
    /// <summary>snake_case keys, indented, Chinese as is.</summary>
    public static JsonSerializerOptions Settings() => new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
