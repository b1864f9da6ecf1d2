using FinalAccounts.Publisher.Diagnostics;
using Spectre.Console;

namespace FinalAccounts.Cli;

/// <summary>The options every command shares: language, output format, and where to write.</summary>
public sealed record CliOptions(Language Language, OutputFormat Format, TextWriter Output, IAnsiConsole Console);
