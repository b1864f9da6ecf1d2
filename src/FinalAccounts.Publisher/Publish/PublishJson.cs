using System.Text.Json.Serialization;
using FinalAccounts.Publisher.OpenData;

namespace FinalAccounts.Publisher.Publish;

/// <summary>manifest.json: a serializer made at compile time, so a cold process does not reflect over the manifest.</summary>
[JsonSerializable(typeof(Manifest))]
internal sealed partial class PublishJson : JsonSerializerContext
{
    /// <summary>The serializers of this context, written as every published JSON file is.</summary>
    public static PublishJson Shared { get; } = new(OpenDataJson.Settings());
}
