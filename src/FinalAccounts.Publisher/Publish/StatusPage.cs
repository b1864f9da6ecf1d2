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

    /// <summary>
    /// The entries of one year: this run's departments, then those published earlier and not in this run; their
    /// diagnostics in <paramref name="language"/>.
    /// </summary>
    public static IReadOnlyList<StatusEntry> Entries(
        string yearFolder, IEnumerable<BuildResult> builds, Language language)
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
                d.Sorted().Select(x => DiagnosticFormatter.Headline(x, language)).ToList(), current: b.Succeeded));
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

    /// <summary>
    /// Writes the page in <paramref name="language"/> and its JSON into the year folder (each file atomically). The
    /// JSON's keys and values are language-neutral but for the diagnostics lines, whose language it states.
    /// </summary>
    public static void Write(string yearFolder, int year, IReadOnlyList<StatusEntry> entries, Language language)
    {
        var json = new { year, language = language.Tag(), departments = entries };
        AtomicFile.Write(Path.Combine(yearFolder, JsonFile),
            JsonSerializer.SerializeToUtf8Bytes(json, OpenDataJson.Settings()));
        AtomicFile.Write(Path.Combine(yearFolder, HtmlFile), Encoding.UTF8.GetBytes(Html(year, entries, language)));
    }

    private static string When(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    private static string ChangeCount(StatusChanges c, Language language) =>
        StatusWords.ChangeCounts.Format(language, c.Changed, c.Added, c.Removed);

    private static string ChangeCell(StatusEntry e, Language language) => e.Changes is { } c
        ? $"<td data-v=\"{c.Changed + c.Added + c.Removed}\">" +
          $"<a href=\"#chg-{E(e.Id)}\">{E(ChangeCount(c, language))}</a></td>"
        : "<td data-v=\"-1\"></td>";

    private static string E(string s) => WebUtility.HtmlEncode(s);

    private static string N(long n) => n.ToString(CultureInfo.InvariantCulture);

    /// <summary>A table cell: the key its column sorts by (data-v) and its HTML.</summary>
    private static string Cell(string key, string html) => $"<td data-v=\"{E(key)}\">{html}</td>";

    /// <summary>The page of <paramref name="entries"/> (status.html) in <paramref name="language"/>.</summary>
    internal static string Html(int year, IReadOnlyList<StatusEntry> entries, Language language)
    {
        string Say(LocalizedText text, params object[] args) => E(text.Format(language, args));
        var rows = new StringBuilder();
        foreach (var e in entries)
        {
            var state = Say(StatusWords.Outcome(e.Outcome));
            var when = e.Published is { } p ? When(p) : "";
            var check = e.Outcome == "not-run" ? ""
                : $"<a href=\"#diag-{E(e.Id)}\">{Say(StatusWords.CheckCounts, e.Errors, e.Warnings, e.Infos)}</a>";
            var current = Say(e.Current ? StatusWords.Yes : StatusWords.No);
            var draft = e.Draft ? Say(StatusWords.Draft) : "";
            var marked = e.Errors > 0 ? "bad" : e.Draft ? "draft" : "";
            var size = (e.Bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);
            rows.Append("<tr class=\"").Append(marked).Append("\">")
                .Append(Cell(e.Id, $"{E(e.Name)}<br><small>{E(e.Id)}</small>"))
                .Append(Cell(e.Outcome, state))
                .Append(Cell(N(e.Errors * 1_000_000L + e.Warnings), check))
                .Append(Cell(N(e.Pages), N(e.Pages)))
                .Append(Cell(N(e.Bytes), size + " MB"))
                .Append(Cell(when, when))
                .Append(Cell(e.Current ? "1" : "0", current))
                .Append(Cell(e.Draft ? "1" : "0", draft))
                .Append(ChangeCell(e, language)).Append("</tr>\n");
        }

        // Each column header is a button (sorting by keyboard too) whose column says how it is sorted.
        var columns = string.Concat(StatusWords.Columns.Select(c =>
            $"<th scope=\"col\"><button type=\"button\">{Say(c)}</button></th>"));
        var changes = string.Concat(entries.Where(e => e.Changes is not null).Select(e =>
            $"<details id=\"chg-{E(e.Id)}\"><summary>" +
            Say(StatusWords.ChangesOf, e.Name, ChangeCount(e.Changes!, language), When(e.Changes!.Since)) + "</summary>\n" +
            DiffHtmlReport.Entries(e.Changes!.Comparison, language, withUnchanged: false) + "</details>\n"));
        var diagnostics = string.Concat(entries.Where(e => e.Outcome != "not-run").Select(e =>
            $"<details id=\"diag-{E(e.Id)}\"><summary>{Say(StatusWords.DiagnosticsOf, e.Name, e.Diagnostics.Count)}" +
            $"</summary><pre>{E(string.Join('\n', e.Diagnostics))}</pre></details>\n"));
        var (errors, drafts) = (entries.Count(e => e.Errors > 0), entries.Count(e => e.Draft));
        var summary = Say(StatusWords.Summary, entries.Count, errors, drafts);

        return $$"""
            <!DOCTYPE html>
            <html lang="{{language.Tag()}}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{Say(StatusWords.Title, year)}}</title>
            <style>
            body{font-family:sans-serif;margin:1rem}table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:.3rem .5rem;text-align:left}
            th{background:#eee}th button{font:inherit;font-weight:bold;border:0;background:none;padding:0;cursor:pointer;text-align:left}
            {{DiffHtmlReport.Css}}
            tr.bad td{background:#fde8e8}tr.draft td{background:#fff8dc}
            @media (max-width:600px){td,th{font-size:.8rem;padding:.2rem} }
            @media print{th button{cursor:auto}a{color:inherit;text-decoration:none} }
            </style></head><body>
            <main>
            <h1>{{Say(StatusWords.Title, year)}}</h1>
            <p>{{summary}}</p>
            <table id="status"><thead><tr>{{columns}}</tr></thead><tbody>
            {{rows}}</tbody></table>
            <h2>{{Say(StatusWords.ChangesHeading)}}</h2>
            <p>{{Say(StatusWords.ChangesIntro)}}</p>
            {{changes}}
            <h2>{{Say(StatusWords.DiagnosticsHeading)}}</h2>
            {{diagnostics}}
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
