namespace FinalAccounts.Publisher.Samples;

/// <summary>Which appropriation pays a generated item.</summary>
internal enum SampleFund
{
    General,
    GovernmentFunds,
    StateCapital,
}
