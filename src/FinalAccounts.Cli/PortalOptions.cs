using System.CommandLine;
using FinalAccounts.Publisher.Portal;

namespace FinalAccounts.Cli;

/// <summary>The options that shape the year's portal files (build, approve): one definition each.</summary>
internal static class PortalOptions
{
    public static Option<string?> BaseUrl()
    {
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "输出文件夹在门户上的网址（生成 sitemap.xml 和订阅源的完整网址）/ portal address of the output folder",
        };
        baseUrl.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<string?>() is { } u && BaseUrls.Normalize(u) is null)
                r.AddError(CliLanguage.Say("--base-url 应为完整的 http 或 https 网址，例如 https://www.example.gov.cn/czxx/。",
                    "--base-url must be an absolute http or https address, such as https://www.example.gov.cn/czxx/."));
        });
        return baseUrl;
    }
}
