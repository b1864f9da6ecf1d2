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
            var nearest = asked.Select(k => (k, d: EditDistance(k, key))).Where(x => x.d <= Math.Max(2, key.Length / 3)).OrderBy(x => x.d).ThenBy(x => x.k, StringComparer.Ordinal).FirstOrDefault().k;
            var known = new OwnText(string.Join(", ", asked.Order(StringComparer.Ordinal)));
            if (nearest is null)
                bag.Report(InputCodes.UnknownKey, Locate(pair.Key), $"未知的项目名“{key}”。可用的项目名：{known}",
                    $"Unknown key '{key}'. Known keys: {known}");
            else
                bag.Report(InputCodes.UnknownKey, Locate(pair.Key), $"未知的项目名“{key}”，是否应为“{nearest}”？",
                    $"Unknown key '{key}'; did you mean '{nearest}'?");
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

    private static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        for (var j = 1; j <= b.Length; j++)
            d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
        return d[a.Length, b.Length];
    }
}
