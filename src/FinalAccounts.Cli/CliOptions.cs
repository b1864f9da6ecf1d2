using FinalAccounts.Publisher.Diagnostics;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary>The options every command shares: language, how messages are printed, where, and whether info lines are hidden.</summary>
public sealed record CliOptions(Language Language, OutputFormat Format, TextWriter Output, IAnsiConsole Console, bool Quiet = false);
