namespace FinalAccounts.Publisher.Samples;

/// <summary>How long a generated department's name is: short (示例市第N号局), as long as the real sample's, or longer than a title line.</summary>
internal enum SampleNameLength
{
    Short,
    Long,
    VeryLong,
}
