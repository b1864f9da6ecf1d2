using System.Globalization;
using System.Reflection;
using System.Runtime.Loader;
using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Cli;

/// <summary>
/// The language of a run, known before the command line is parsed (<c>--lang</c>, else FINACC_LANG, else Chinese), so
/// that the parser's own messages and help headings (System.CommandLine's translations) follow it too.
/// </summary>
internal static class CliLanguage
{
    public static Language FromEnvironment() =>
        Environment.GetEnvironmentVariable("FINACC_LANG") is { } value && value.Trim().Equals("en", StringComparison.OrdinalIgnoreCase)
            ? Language.En : Language.Zh;

    /// <summary>The last <c>--lang en|zh</c> (or <c>--lang=…</c>, <c>--lang:…</c>) of the arguments, else the environment's.</summary>
    public static Language Of(IReadOnlyList<string> args)
    {
        string? word = null;
        for (var i = 0; i < args.Count; i++)
        {
            if (args[i] == "--lang" && i + 1 < args.Count) word = args[i + 1];
            else if (args[i].StartsWith("--lang=", StringComparison.Ordinal) || args[i].StartsWith("--lang:", StringComparison.Ordinal))
                word = args[i][7..];
        }

        return word switch { "en" => Language.En, "zh" => Language.Zh, _ => FromEnvironment() };
    }

    /// <summary>
    /// Makes resource lookups (System.CommandLine's messages) use <paramref name="language"/> on this thread until
    /// disposed. The program runs with invariant globalization, so the culture is made by name, without locale data.
    /// </summary>
    public static IDisposable UseFor(Language language)
    {
        AssemblyLoadContext.Default.Resolving -= LoadEmbeddedSatellite;
        AssemblyLoadContext.Default.Resolving += LoadEmbeddedSatellite;
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(language == Language.En ? "en" : "zh-Hans", predefinedOnly: false);
        return new Restore(previous);
    }

    /// <summary>The text in the language of the run being parsed (set by <see cref="UseFor"/>): for the parser's validators.</summary>
    public static string Say(string zh, string en) => CultureInfo.CurrentUICulture.Name == "en" ? en : zh;

    /// <summary>A satellite assembly the runtime did not find on disk, from the copy embedded in finacc (see the project file).</summary>
    private static Assembly? LoadEmbeddedSatellite(AssemblyLoadContext context, AssemblyName name)
    {
        if (string.IsNullOrEmpty(name.CultureName)) return null;
        var resource = $"satellite/{name.CultureName.ToLowerInvariant()}/{name.Name}.dll";
        using var stream = typeof(CliLanguage).Assembly.GetManifestResourceStream(resource);
        return stream is null ? null : context.LoadFromStream(stream);
    }

    private sealed class Restore(CultureInfo previous) : IDisposable
    {
        public void Dispose() => CultureInfo.CurrentUICulture = previous;
    }
}
