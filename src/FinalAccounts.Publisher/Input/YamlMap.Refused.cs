using FinalAccounts.Publisher.Diagnostics;

namespace FinalAccounts.Publisher.Input;

internal sealed partial class YamlMap
{
    /// <summary>Reports each of these keys that the mapping holds, at the key, saying why it may not (Done then skips it).</summary>
    public void Refuse(IEnumerable<string> keys, DiagnosticCode code, Func<string, LocalizedText> why)
    {
        foreach (var key in keys)
        {
            if (!entries.TryGetValue(key, out var pair)) continue;
            asked.Add(key);
            bag.Add(new Diagnostic(code, Locate(pair.Key), why(key)));
        }
    }
}
