using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Publish;

namespace FinalAccounts.Publisher.Portal;

/// <summary>Reads data/&lt;year&gt;/publication.yaml (optional); every problem is located and reported at once.</summary>
public static class PublicationReader
{
    /// <summary>The year's publication information, <see cref="PublicationInfo.None"/> when the file is absent; null (reported) when it is wrong.</summary>
    public static PublicationInfo? Read(string yearDataFolder, DiagnosticBag bag)
    {
        var folder = DataFolder.FromArgument(Path.GetRelativePath(Environment.CurrentDirectory, yearDataFolder));
        folder = folder with { Root = Path.GetDirectoryName(folder.FullPath.TrimEnd(Path.DirectorySeparatorChar)) };
        if (!folder.Exists(PublicationNames.YearFile)) return PublicationInfo.None;
        var own = new DiagnosticBag();
        var info = Read(folder, own);
        bag.AddRange(own.Items);
        return own.HasErrors ? null : info;
    }

    private static PublicationInfo? Read(DataFolder folder, DiagnosticBag bag)
    {
        var y = YamlFileReader.Read(folder, PublicationNames.YearFile, required: true, bag);
        if (y is null) return null;
        var title = y.Text("title", required: false).Value;
        var issuer = y.Text("issuer", required: false).Value;
        DateOnly? date = y.Keys.Contains("publish_date") ? y.Date("publish_date").Value : null;
        string? baseUrl = null;
        var rawUrl = y.Text("base_url", required: false);
        if (rawUrl.Value.Length > 0 && (baseUrl = BaseUrls.Normalize(rawUrl.Value)) is null)
            bag.Report(PublishCodes.PublicationFile, rawUrl.Location, $"base_url“{new OwnText(rawUrl.Value)}”应为完整的 http 或 https 网址，例如 https://www.example.gov.cn/czxx/2024/。",
                $"base_url '{new OwnText(rawUrl.Value)}' must be an absolute http or https address, such as https://www.example.gov.cn/czxx/2024/.");
        var supervisors = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (y.Map("supervisors", required: false) is { } map)
        {
            foreach (var (id, name) in map.TextPairs())
            {
                if (!InputNames.IsSafe(id.Value))
                    bag.Report(PublishCodes.PublicationFile, id.Location, $"“{new OwnText(id.Value)}”不是部门标识（部门文件夹名：小写英文字母、数字和“-”）。",
                        $"'{new OwnText(id.Value)}' is not a department id (a department folder name: lowercase letters, digits and '-').");
                else if (name.Value.Length == 0)
                    bag.Report(PublishCodes.PublicationFile, name.Location, $"部门 {id.Value} 的主管部门名称是空的。", $"The 主管部门 of {id.Value} is empty.");
                else supervisors[id.Value] = name.Value;
            }
        }

        y.Done();
        return new PublicationInfo(title.Length > 0 ? title : null, issuer, date, baseUrl, supervisors);
    }
}
