namespace FinalAccounts.Publisher.Writers.Html;

internal static partial class HtmlStyleSheet
{
    /// <summary>What the portal index adds: department ids under names, checksums that wrap anywhere.</summary>
    internal const string Portal = """
        .portal .doc-header { margin-bottom: 1.5rem; }
        table.files { font-family: "Liberation Serif", "Times New Roman", "Nimbus Roman", var(--font-table); }
        table.files thead th { white-space: nowrap; }
        table.files tbody th { text-align: left; font-family: var(--font-table-header); }
        table.files td.file { white-space: nowrap; }
        table.files tbody { border-top: 2px solid #4a4a4a; }
        .portal .publisher { font-size: 1rem; }
        .group-title { text-align: left; font-size: 1.25rem; margin: 2rem 0 .5rem; }
        .filter { margin: 0 0 1rem; font-family: var(--font-note); }
        .filter input { font: inherit; padding: .2rem .4rem; min-width: 16rem; border: 1px solid #555; }
        .dept-date { display: block; font-size: .75rem; color: #555; font-weight: normal; }
        .dept-id { display: block; font-family: "Liberation Mono", "DejaVu Sans Mono", Consolas, monospace; font-size: .75rem; color: #555; }
        td.hash code { font-family: "Liberation Mono", "DejaVu Sans Mono", Consolas, monospace; font-size: .75rem; word-break: break-all; color: #333; }
        code { font-family: "Liberation Mono", "DejaVu Sans Mono", Consolas, monospace; font-size: .9em; }
        .portal p.note { margin-top: 1rem; font-family: "Liberation Serif", "Times New Roman", "Nimbus Roman", var(--font-note); }
        @media print {
          .portal .doc-header { min-height: 0; display: block; break-after: auto; page-break-after: auto; padding: 0 0 6mm; }
          .portal .doc-title { margin-bottom: 4mm; }
          table.files tbody { break-inside: avoid; page-break-inside: avoid; }
          .filter, .skip-link { display: none; }
        }

        """;
}
