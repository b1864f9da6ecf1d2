namespace FinalAccounts.Cli;

/// <summary>How results are printed.</summary>
public enum OutputFormat
{
    Text,
    Json,
}
