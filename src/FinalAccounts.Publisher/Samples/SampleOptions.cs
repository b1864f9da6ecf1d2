namespace FinalAccounts.Publisher.Samples;

/// <summary>What to generate: how many departments, for which year, where, from which code lists, with which seed.</summary>
public sealed record SampleOptions(int Departments, int Year, string OutputRoot, string ReferenceRoot, int Seed = 1);
