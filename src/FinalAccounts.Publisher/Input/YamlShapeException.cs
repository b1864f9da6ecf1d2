using YamlDotNet.Core;

namespace FinalAccounts.Publisher.Input;

/// <summary>A YAML file whose shape no data file has, found by <see cref="YamlShapeGuard"/> at <see cref="Start"/>.</summary>
internal sealed class YamlShapeException(Mark start, string zh, string en) : Exception(en)
{
    public Mark Start { get; } = start;

    public string Zh { get; } = zh;

    public string En { get; } = en;
}
