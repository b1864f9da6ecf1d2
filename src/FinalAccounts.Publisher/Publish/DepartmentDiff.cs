using System.Globalization;
using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Input;
using FinalAccounts.Publisher.Review;

namespace FinalAccounts.Publisher.Publish;

/// <summary>
/// <c>finacc diff data/&lt;year&gt;/&lt;id&gt;</c>: the document the department's data make now (composed in memory,
/// nothing written) compared sentence by sentence with (1) the text of its last final build, kept by every build in
/// output/&lt;year&gt;/.texts (<see cref="PublishedTexts"/>; a draft is not a publication), and (2) last year's
/// document: data/&lt;year-1&gt;/&lt;id&gt; composed the same way when it is there and sound, else the text of last
/// year's final build in output/&lt;year-1&gt;/.texts. When there is nothing to compare with, the section says so.
/// </summary>
public static class DepartmentDiff
{
    public static DepartmentDiffResult Run(string departmentFolder, BuildOptions options, DiagnosticBag request,
        CancellationToken cancellationToken = default)
    {
        var folders = DepartmentDiscovery.Expand([departmentFolder], request);
        if (request.HasErrors) return new DepartmentDiffResult(null, "", []);
        if (folders.Count != 1)
        {
            request.Report(InputCodes.BadFolder, SourceLocation.OfFile(departmentFolder.Replace('\\', '/')),
                $"{new OwnText(departmentFolder)} 中有 {folders.Count} 个部门：finacc diff 一次比较一个部门，请指定部门文件夹。",
                $"{new OwnText(departmentFolder)} holds {folders.Count} departments: finacc diff compares one; " +
                "name a department folder.");
            return new DepartmentDiffResult(null, "", []);
        }

        var builder = new DisclosureBuilder(options);
        var load = builder.Check(folders[0], cancellationToken);
        if (builder.Compose(load, cancellationToken) is not { } document || load.Model is not { } model)
            return new DepartmentDiffResult(load, "", []);
        var units = DocumentText.Units(document);
        var (id, year) = (model.Department.Id, model.Department.Year.Value);
        var title = $"{model.Department.Name.Value} {year.ToString(CultureInfo.InvariantCulture)}";
        return new DepartmentDiffResult(load, title,
            [SincePublished(options, id, year, units), AgainstLastYear(builder, load, id, year, units, cancellationToken)]);
    }

    private static ReviewSection SincePublished(BuildOptions options, string id, int year, IReadOnlyList<TextUnit> units)
    {
        var title = new LocalizedText("与上次正式发布相比", "Since the last final build");
        var yearFolder = OutputPublisher.YearFolder(options.OutputRoot, year);
        var path = Shown(PublishedTexts.FinalPath(yearFolder, id));
        if (PublishedTexts.Final(yearFolder, id) is not { } final)
            return new ReviewSection(title, new LocalizedText(
                $"还没有正式发布过（没有 {path}）：正式生成一次（finacc build，不加 --draft）后，这里列出此后的改动；" +
                "征求意见稿不算发布。",
                $"Not published yet (no {path}): after a final build (finacc build without --draft) this lists the changes " +
                "since; a draft is not a publication."),
                null);
        return new ReviewSection(title, Compared(final, path), TextDiff.Compare(final.Units, units));
    }

    private static ReviewSection AgainstLastYear(DisclosureBuilder builder, LoadResult load, string id, int year,
        IReadOnlyList<TextUnit> units, CancellationToken cancellationToken)
    {
        var title = new LocalizedText("与上年相比", "Against last year");
        var last = (year - 1).ToString(CultureInfo.InvariantCulture);
        var dataRoot = Path.GetDirectoryName(Path.GetDirectoryName(load.Folder.FullPath.TrimEnd(Path.DirectorySeparatorChar)));
        var shownData = (Path.GetDirectoryName(Path.GetDirectoryName(load.Folder.DisplayPath.TrimEnd('/'))) is { Length: > 0 } up
            ? up.Replace('\\', '/') + "/" : "") + last + "/" + load.Folder.Name;
        var note = new LocalizedText("", "");
        if (dataRoot is not null && Directory.Exists(Path.Combine(dataRoot, last, load.Folder.Name)))
        {
            var previous = builder.Check(Path.Combine(dataRoot, last, load.Folder.Name), cancellationToken);
            if (builder.Compose(previous, cancellationToken) is { } document)
            {
                var from = new LocalizedText($"比较对象：上年数据 {shownData} 按同一版式生成的文件。",
                    $"Compared with the document last year's data {shownData} make in the same style.");
                return new ReviewSection(title, from, TextDiff.Compare(DocumentText.Units(document), units));
            }

            var errors = previous.Diagnostics.Count(Severity.Error);
            note = new LocalizedText($"上年数据 {shownData} 有 {errors} 个错误（finacc check {shownData}），无法生成上年文件；",
                $"Last year's data {shownData} have {errors} error(s) (finacc check {shownData}) and make no document; ");
        }

        var yearFolder = OutputPublisher.YearFolder(builder.Options.OutputRoot, year - 1);
        var path = Shown(PublishedTexts.FinalPath(yearFolder, id));
        if (PublishedTexts.Final(yearFolder, id) is not { } final)
            return new ReviewSection(title, new LocalizedText(
                $"{note.Zh}没有上年的文件可比：既没有可用的上年数据 {shownData}，也没有上年正式发布的文字记录 {path}。",
                $"{note.En}No document of last year to compare with: neither usable data in {shownData} nor the text of " +
                $"last year's final build {path}."),
                null);
        var compared = Compared(final, path);
        return new ReviewSection(title, new LocalizedText(note.Zh + compared.Zh, note.En + compared.En), TextDiff.Compare(final.Units, units));
    }

    private static LocalizedText Compared(TextDump final, string path)
    {
        var when = final.Built.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
        return new LocalizedText($"比较对象：正式发布的文字（{when} UTC 生成，{path}）。",
            $"Compared with the text of the final build of {when} UTC ({path}).");
    }

    /// <summary>
    /// Writes the comparison as a web page (<c>--html</c>); refused (FA8005, false) inside a data tree, where it would
    /// become part of the data.
    /// </summary>
    public static bool WriteHtml(string file, DepartmentDiffResult result, Language language, DiagnosticBag bag)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(file))!;
        for (var dir = folder; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (DataTree.Classify(dir) == DataFolderKind.None) continue;
            bag.Report(PublishCodes.OutputOverlapsData, SourceLocation.OfFile(Shown(file)),
                $"{new OwnText(Shown(file))} 在数据文件夹 {new OwnText(Shown(dir))} 之内，不写在这里（会成为数据的一部分）。",
                $"{new OwnText(Shown(file))} is inside the data folder {new OwnText(Shown(dir))}; not written there " +
                "(it would become part of the data).");
            return false;
        }

        Directory.CreateDirectory(folder);
        File.WriteAllText(file, DiffHtmlReport.Page(Title(result, language), result.Sections, language));
        return true;
    }

    /// <summary>The reports' title: "某局 2024年度 文字改动对照".</summary>
    public static string Title(DepartmentDiffResult result, Language language) =>
        language == Language.En ? $"{result.Title}: changes in the text" : $"{result.Title}年度 文字改动对照";

    private static string Shown(string path) => path.Replace('\\', '/');
}
