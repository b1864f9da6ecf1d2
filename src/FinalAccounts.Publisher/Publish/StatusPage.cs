using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.OpenData;
using FinalAccounts.Publisher.Portal;
using FinalAccounts.Publisher.Review;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// output/&lt;year&gt;/status.html and status.json: what a finance office chases departments with before the deadline —
/// per department the check result by severity with a link to its diagnostics (listed at the page's end), pages, size,
/// when its documents were written, whether they are current and whether they are a draft. The page sorts by any
/// column, prints, and fits a phone. Written by a batch build for each year it holds the lock of.
/// </summary>
public static class StatusPage
{
    public const string HtmlFile = "status.html";
    public const string JsonFile = "status.json";

    /// <summary>The entries of one year: this run's departments, then those published earlier and not in this run.</summary>
    public static IReadOnlyList<StatusEntry> Entries(string yearFolder, IEnumerable<BuildResult> builds)
    {
        var entries = new List<StatusEntry>();
        foreach (var b in builds)
        {
            var id = Path.GetFileName(b.Folder.TrimEnd('/', '\\'));
            var published = Path.Combine(yearFolder, id);
            var manifest = b.Manifest ?? Manifest.Read(Path.Combine(published, Manifest.FileName));
            var d = b.Diagnostics;
            entries.Add(Entry(id, manifest, published, b.Folder, b.Status.ToString().ToLowerInvariant(),
                (d.Count(Severity.Error), d.Count(Severity.Warning), d.Count(Severity.Info)),
                d.Sorted().Select(x => DiagnosticFormatter.Headline(x, Language.Zh)).ToList(), current: b.Succeeded));
        }

        if (Directory.Exists(yearFolder))
            foreach (var dir in Directory.GetDirectories(yearFolder).Order(StringComparer.Ordinal))
            {
                var id = Path.GetFileName(dir);
                if (id.StartsWith('.') || entries.Any(e => e.Id == id)) continue;
                if (Manifest.Read(Path.Combine(dir, Manifest.FileName)) is { } m)
                    entries.Add(Entry(id, m, dir, "", "not-run", (0, 0, 0), [], current: false));
            }

        return entries;
    }

    private static StatusEntry Entry(string id, Manifest? m, string published, string folder, string outcome, (int E, int W, int I) counts,
        IReadOnlyList<string> diagnostics, bool current)
    {
        // When it was built, from the text its build recorded (never a file's time: the same inputs give the same page).
        var yearFolder = Path.GetDirectoryName(published)!;
        var built = m is not null && PublishedTexts.Built(yearFolder, id) is { } b && b.Fingerprint == m.Fingerprint ? b : null;
        return new StatusEntry(id, m?.Name ?? id, folder, outcome, counts.E, counts.W, counts.I, diagnostics, m?.Pages ?? 0,
            m?.Files.Sum(f => f.Size) ?? 0, built?.Built, current && m is not null, m?.Draft ?? false, Changes(yearFolder, id, built));
    }

    /// <summary>What the published build changes in the text since the last final build; null when it is that build or there is none.</summary>
    private static StatusChanges? Changes(string yearFolder, string id, TextDump? built) =>
        built is not null && PublishedTexts.Final(yearFolder, id) is { } final && final.Fingerprint != built.Fingerprint
            ? StatusChanges.Of(TextDiff.Compare(final.Units, built.Units), final.Built)
            : null;

    /// <summary>Writes the page and its JSON into the year folder (each file atomically).</summary>
    public static void Write(string yearFolder, int year, IReadOnlyList<StatusEntry> entries)
    {
        AtomicFile.Write(Path.Combine(yearFolder, JsonFile), JsonSerializer.SerializeToUtf8Bytes(new { year, departments = entries }, OpenDataJson.Settings()));
        AtomicFile.Write(Path.Combine(yearFolder, HtmlFile), Encoding.UTF8.GetBytes(Html(year, entries)));
    }

    private static string When(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string ChangeCount(StatusChanges c) => $"改 {c.Changed} / 增 {c.Added} / 删 {c.Removed}";

    private static string ChangeCell(StatusEntry e) => e.Changes is { } c
        ? $"<td data-v=\"{c.Changed + c.Added + c.Removed}\"><a href=\"#chg-{WebUtility.HtmlEncode(e.Id)}\">{ChangeCount(c)}</a></td>"
        : "<td data-v=\"-1\"></td>";

    /// <summary>The table's columns; each header is a button (sorting by keyboard too) whose column says how it is sorted.</summary>
    private static readonly string[] Columns = ["部门", "本次结果", "核对", "页数", "大小", "生成时间 (UTC)", "是否最新", "草稿", "待审改动"];

    /// <summary>The page of <paramref name="entries"/> (status.html).</summary>
    internal static string Html(int year, IReadOnlyList<StatusEntry> entries)
    {
        static string E(string s) => WebUtility.HtmlEncode(s);
        var rows = new StringBuilder();
        foreach (var e in entries)
        {
            var state = e.Outcome switch
            {
                "built" => "已生成", "skipped" => "未变化", "failed" => "失败", _ => "本次未运行",
            };
            var when = e.Published is { } p ? When(p) : "";
            var check = e.Outcome == "not-run" ? "" : $"<a href=\"#diag-{E(e.Id)}\">{e.Errors} 错误 / {e.Warnings} 警告 / {e.Infos} 提示</a>";
            rows.Append(CultureInfo.InvariantCulture, $"""
                <tr class="{(e.Errors > 0 ? "bad" : e.Draft ? "draft" : "")}"><td data-v="{E(e.Id)}">{E(e.Name)}<br><small>{E(e.Id)}</small></td><td data-v="{e.Outcome}">{state}</td><td data-v="{e.Errors * 1_000_000 + e.Warnings}">{check}</td><td data-v="{e.Pages}">{e.Pages}</td><td data-v="{e.Bytes}">{e.Bytes / 1024.0 / 1024.0:0.0} MB</td><td data-v="{E(when)}">{when}</td><td data-v="{(e.Current ? 1 : 0)}">{(e.Current ? "是" : "否")}</td><td data-v="{(e.Draft ? 1 : 0)}">{(e.Draft ? "征求意见稿" : "")}</td>{ChangeCell(e)}</tr>

                """);
        }

        return $$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{year}}年度部门决算公开 进度</title>
            <style>
            body{font-family:sans-serif;margin:1rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left}
            th{background:#eee}th button{font:inherit;font-weight:bold;border:0;background:none;padding:0;cursor:pointer;text-align:left}
            {{DiffHtmlReport.Css}}
            tr.bad td{background:#fde8e8}tr.draft td{background:#fff8dc}
            @media (max-width:600px){td,th{font-size:.8rem;padding:.2rem} }
            @media print{th button{cursor:auto}a{color:inherit;text-decoration:none} }
            </style></head><body>
            <main>
            <h1>{{year}}年度部门决算公开 进度</h1>
            <p>共 {{entries.Count}} 个部门；有错误 {{entries.Count(e => e.Errors > 0)}} 个，征求意见稿 {{entries.Count(e => e.Draft)}} 个。点列标题排序。</p>
            <table id="status"><thead><tr>{{string.Concat(Columns.Select(c => $"<th scope=\"col\"><button type=\"button\">{c}</button></th>"))}}</tr></thead><tbody>
            {{rows}}</tbody></table>
            <h2>与上次正式发布相比的改动</h2>
            <p>征求意见稿或重新生成的文件与该部门上次正式稿相比，文字（逐句，表格逐行）改了什么；全文对照用 finacc diff &lt;部门文件夹&gt;。</p>
            {{string.Concat(entries.Where(e => e.Changes is not null).Select(e =>
                $"<details id=\"chg-{E(e.Id)}\"><summary>{E(e.Name)}（{ChangeCount(e.Changes!)}；上次正式稿 {When(e.Changes!.Since)} UTC）</summary>\n" +
                DiffHtmlReport.Entries(e.Changes!.Comparison, Language.Zh, withUnchanged: false) + "</details>\n"))}}
            <h2>诊断</h2>
            {{string.Concat(entries.Where(e => e.Outcome != "not-run").Select(e =>
                $"<details id=\"diag-{E(e.Id)}\"><summary>{E(e.Name)}（{e.Diagnostics.Count} 条）</summary><pre>{E(string.Join('\n', e.Diagnostics))}</pre></details>\n"))}}
            </main>
            <script>
            document.querySelectorAll('#status th').forEach(function(th,i){th.querySelector('button').addEventListener('click',function(){
            var body=th.closest('table').tBodies[0],rows=Array.from(body.rows),up=th.dataset.up!=='1';th.dataset.up=up?'1':'0';
            th.closest('tr').querySelectorAll('th').forEach(function(o){o.removeAttribute('aria-sort');});
            th.setAttribute('aria-sort',up?'ascending':'descending');
            rows.sort(function(a,b){var x=a.cells[i].dataset.v,y=b.cells[i].dataset.v,n=parseFloat(x)-parseFloat(y);
            var c=isNaN(n)?x.localeCompare(y,'zh'):n;return up?c:-c;});rows.forEach(function(r){body.appendChild(r);});});});
            </script></body></html>

            """;
    }
}
