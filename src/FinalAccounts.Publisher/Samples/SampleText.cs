using System.Text;

namespace FinalAccounts.Publisher.Samples;

/// <summary>Words for generated departments: names built like real ones, and running text of a chosen length.</summary>
internal static class SampleText
{
    private static readonly string[] Districts = ["东湖区", "江北区", "青山区", "新洲区", "高新技术产业开发区", "经济技术开发区"];

    private static readonly string[] Offices =
    [
        "经济信息化和科技创新", "发展和改革", "住房和城乡建设", "人力资源和社会保障", "农业农村", "自然资源和规划", "市场监督管理",
        "生态环境", "文化和旅游", "卫生健康", "退役军人事务", "应急管理", "交通运输", "水务和湖泊", "城市管理执法", "民族宗教事务",
        "商务",
    ];

    private static readonly string[] Clauses =
    [
        "按照年度工作计划统筹推进各项重点任务", "加强预算编制与执行管理，提高资金使用效益", "围绕区级产业布局重点培育一批优质企业",
        "完善项目绩效目标管理，做好全过程跟踪监控", "落实过紧日子要求，从严控制一般性支出", "推动科技成果转化和创新平台建设",
        "优化营商环境，提升政务服务质量和效率", "做好安全生产和风险防范各项工作", "深化数字化转型，建设共享数据平台",
        "组织开展业务培训，提升干部队伍能力素质", "加强与上级部门和相关单位的沟通协调", "按期完成年度考核和督查整改任务",
    ];

    /// <summary>The department's full name and short name for a name length; unique for the first 100 departments.</summary>
    public static (string Name, string ShortName) DepartmentName(int index, SampleNameLength length)
    {
        var district = Districts[index % Districts.Length];
        var office = Offices[index / Districts.Length % Offices.Length];
        var other = Offices[(index + 7) % Offices.Length];
        return length switch
        {
            SampleNameLength.Long => ($"示例市{district}{office}局", $"示例区{Short(office)}局"),
            SampleNameLength.VeryLong => ($"示例省示例市{district}{office}与{other}委员会办公室", $"示例{Short(office)}委"),
            _ => ($"示例市第{index}号局", $"示例{index}局"),
        };
    }

    private static string Short(string office) => office.Replace("和", "", StringComparison.Ordinal)[..2];

    /// <summary>Running text of about <paramref name="characters"/> characters: clauses joined by ， and ；, ending without a stop.</summary>
    public static string Running(Random random, int characters)
    {
        var text = new StringBuilder();
        while (text.Length < characters)
        {
            if (text.Length > 0) text.Append(random.Next(3) == 0 ? '；' : '，');
            text.Append(Clauses[random.Next(Clauses.Length)]);
            if (random.Next(4) == 0) text.Append($"，完成{random.Next(2, 400)}项");
        }

        return text.ToString();
    }
}
