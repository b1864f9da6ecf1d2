namespace FinalAccounts.Publisher.Portal;

/// <summary>The JSON Schemas of data.json and manifest.json, published in the year folder beside the departments.</summary>
public static class PortalSchemas
{
    /// <summary>Each schema's file name and bytes (embedded from Portal/Schemas/).</summary>
    public static IReadOnlyList<(string Name, byte[] Bytes)> All { get; } =
        [(PublicationNames.DataSchema, Read(PublicationNames.DataSchema)), (PublicationNames.ManifestSchema, Read(PublicationNames.ManifestSchema))];

    private static byte[] Read(string name)
    {
        using var stream = typeof(PortalSchemas).Assembly.GetManifestResourceStream("FinalAccounts.Publisher.Portal.Schemas." + name)
            ?? throw new InvalidOperationException("missing embedded schema " + name);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
