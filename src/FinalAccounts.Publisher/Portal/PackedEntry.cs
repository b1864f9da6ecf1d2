namespace FinalAccounts.Publisher.Portal;

/// <summary>A zip entry as it is stored: its method (0 stored, 8 deflated), its CRC-32, its size and its stored bytes.</summary>
public sealed record PackedEntry(ushort Method, uint Crc, long Size, byte[] Body);
