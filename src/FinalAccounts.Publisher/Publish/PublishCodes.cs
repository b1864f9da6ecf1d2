using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Writers;

namespace FinalAccounts.Publisher.Publish;

/// <summary>Problems while writing and publishing the output (FA8xxx).</summary>
public static class PublishCodes
{
    public static readonly DiagnosticCode WriteFailed = new("FA8001", Severity.Error, new("无法写出输出文件", "Could not write the output"),
        new("检查输出文件夹是否可写、磁盘是否已满、文件是否被其他程序（如 Word）打开。",
            "Check that the output folder is writable, the disk is not full, and no program (such as Word) holds the file open."));

    public static readonly DiagnosticCode UnknownFormat = new("FA8002", Severity.Error, new("未知的输出格式", "Unknown output format"),
        new("可用的格式：" + string.Join("、", WriterRegistry.Default.Names) + "。",
            "Formats: " + string.Join(", ", WriterRegistry.Default.Names) + "."));

    public static readonly DiagnosticCode UnsafeName = new("FA8004", Severity.Error, new("拒绝写出不安全的路径", "Unsafe output path refused"),
        new("部门标识只能用小写英文字母、数字和“-”，文件名不能含路径。", "Department ids are lowercase ASCII letters, digits and '-'; file names carry no path."));

    public static readonly DiagnosticCode OutputOverlapsData = new("FA8005", Severity.Error,
        new("输出文件夹与数据文件夹重叠", "Output folder overlaps the data"),
        new("用 --out 指定数据以外的文件夹，例如项目文件夹下的 output（默认）。",
            "Choose an --out folder outside the data, such as output/ in the project folder (the default)."));

    public static readonly DiagnosticCode FormatsWouldBeStale = new("FA8006", Severity.Error,
        new("只生成部分格式会使已发布的其他格式过时", "Building some formats would leave the others stale"),
        new("把提示中的格式一起重新生成；只想预览某个格式时，用 --out 指定另一个文件夹。",
            "Build the formats named together; to preview one format only, use --out with another folder."));

    public static readonly DiagnosticCode OutputInUse = new("FA8007", Severity.Error,
        new("输出文件夹正被另一次生成使用", "Output folder in use by another run"),
        new("等另一个 finacc（或 build.ps1）运行结束后再试；需要等得更久时用 --lock-timeout 指定秒数。",
            "Try again when the other finacc (or build.ps1) run has finished; --lock-timeout sets how many seconds to wait."));

    public static readonly DiagnosticCode NotAPreviewFolder = new("FA8008", Severity.Error,
        new("预览文件夹中有其他文件", "The preview folder holds other files"),
        new("预览只写入它自己的文件夹（默认 preview/），不会写入 output/ 或其他已有文件的文件夹；用 --dir 指定一个空的或不存在的文件夹。",
            "A preview writes only into its own folder (preview/ by default), never into output/ or another folder with files; " +
            "name an empty or new folder with --dir."));

    public static readonly DiagnosticCode PreviewOneDepartment = new("FA8009", Severity.Error,
        new("预览一次只能看一个部门", "A preview shows one department"),
        new("写出部门文件夹（有 department.yaml 的文件夹），例如 data/2024/hongshan-jkj。",
            "Name a department folder (the one holding department.yaml), such as data/2024/hongshan-jkj."));

    public static readonly DiagnosticCode WriterFailed = new("FA8003", Severity.Error, new("生成该格式时出错", "A writer failed"),
        new("这是工具的缺陷，请把这条信息报告给维护人员；其他格式不受影响。", "This is a bug in the tool; please report it. Other formats are not affected."));

    public static readonly DiagnosticCode NotApproved = new("FA8020", Severity.Warning,
        new("未经审核批准，未发布", "Not approved; not published"),
        new("build --publish-approved 只发布经 finacc approve 批准、且批准后数据和模板未再改动的部门；先审核征求意见稿再批准。",
            "build --publish-approved publishes only departments approved with finacc approve and unchanged since; review the draft, then approve."));

    public static readonly DiagnosticCode NothingToApprove = new("FA8021", Severity.Error,
        new("还没有生成，无法批准", "Nothing built to approve"),
        new("先用 finacc build（通常带 --draft）生成该部门，审核后再运行 finacc approve。",
            "Build the department first (usually with --draft), review it, then run finacc approve."));

    public static readonly DiagnosticCode BadApprover = new("FA8022", Severity.Error,
        new("批准人姓名不合规", "Invalid approver name"),
        new("--by 写批准人的姓名（1–100 个字符，不含换行等控制字符）。", "--by takes the approver's name (1–100 characters, no control characters)."));
    public static readonly DiagnosticCode TextNotRecorded = new("FA8030", Severity.Warning,
        new("已发布，但未能保存文字记录", "Published, but its text was not recorded"),
        new("finacc diff 和进度页要用这份记录比较改动；检查 output/<年度>/.texts 是否可写，然后重新生成该部门（加 --force）。",
            "finacc diff and the status page compare with it; make output/<year>/.texts writable and build the department again (--force)."));

    public static readonly DiagnosticCode PublicationFile = new("FA8014", Severity.Error,
        new("publication.yaml 有误", "publication.yaml is wrong"),
        new("按 data/README.md 中“本年度的公开信息”一节填写 data/<年度>/publication.yaml。",
            "Fill data/<year>/publication.yaml as data/README.md describes (\"the year's publication\")."));

    public static readonly DiagnosticCode NoBaseUrl = new("FA8015", Severity.Info,
        new("没有配置门户网址，未生成 sitemap.xml", "No portal address: sitemap.xml not written"),
        new("站点地图只能使用完整网址：在 publication.yaml 中写 base_url，或生成时加 --base-url https://…/。",
            "A sitemap needs absolute addresses: set base_url in publication.yaml or pass --base-url https://…/."));

    public static readonly DiagnosticCode BundleFailed = new("FA8010", Severity.Error,
        new("无法打包", "Cannot make the bundle"),
        new("指定一个已生成的年度输出文件夹（如 output/2024），--out 指向它以外的 .zip 文件或空文件夹。",
            "Name a built output year folder (such as output/2024) and an --out .zip file or empty folder outside it."));

    public static readonly DiagnosticCode LinkNotBundled = new("FA8011", Severity.Warning,
        new("链接不打包", "A link is not bundled"),
        new("输出文件夹中不应有链接；若需要该文件，请把它放进数据或模板，由生成写出。",
            "The output should hold no links; if the file is needed, let the build write it from the data or templates."));

    public static readonly DiagnosticCode DraftNotBundled = new("FA8012", Severity.Warning,
        new("征求意见稿不打包", "A draft is not bundled"),
        new("征求意见稿只供审核，不上传门户；审核通过后用 finacc approve 和 build --publish-approved 生成正式版本再打包。",
            "Drafts are for review, not for the portal: approve them (finacc approve, build --publish-approved) and bundle again."));

    public static readonly DiagnosticCode NameNotBundled = new("FA8013", Severity.Warning,
        new("文件名不能打包", "A file name cannot be bundled"),
        new("生成写出的文件名都可以打包；含控制字符（如换行）或反斜杠“\\”的文件不是生成写出的，会弄乱 SHA256SUMS，请把它移出输出文件夹。",
            "Every file the build writes can be bundled; a name with a control character (a newline) or a backslash was not " +
            "written by the build and would break SHA256SUMS: move it out of the output folder."));
}
