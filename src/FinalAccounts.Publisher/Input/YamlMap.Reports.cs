using FinalAccounts.Publisher.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace FinalAccounts.Publisher.Input;

internal sealed partial class YamlMap
{
    /// <summary>Reports every key of this mapping that no getter asked for, suggesting the nearest known key.</summary>
    public void Done()
    {
        foreach (var (key, pair) in entries)
        {
            if (asked.Contains(key)) continue;
            var nearest = NearestName.Of(key, asked);
            var known = new OwnText(string.Join(", ", asked.Order(StringComparer.Ordinal)));
            if (nearest is null)
                bag.Report(InputCodes.UnknownKey, Locate(pair.Key), $"未知的项目名“{key}”。可用的项目名：{known}",
                    $"Unknown key '{key}'. Known keys: {known}");
            else
                bag.Report(InputCodes.UnknownKey, Locate(pair.Key), $"未知的项目名“{key}”，是否应为“{nearest}”？可用的项目名：{known}",
                    $"Unknown key '{key}'; did you mean '{nearest}'? Known keys: {known}");
        }
    }

    private void Missing(string key)
    {
        if (!silent)
            bag.Report(InputCodes.MissingKey, Location, $"缺少必填项“{key}”。", $"Required key '{key}' is missing.");
    }

    private void Empty(YamlNode node, string key)
    {
        if (!silent)
            bag.Report(InputCodes.NullValue, Locate(node), $"必填项“{key}”不能为空。", $"Required key '{key}' cannot be empty.", toDo: key);
    }

    private void WrongType(YamlNode node, string key, string kindZh, string kindEn) =>
        bag.Report(InputCodes.WrongType, Locate(node), $"“{key}”应为{kindZh}。", $"'{key}' must be {kindEn}.");
}
