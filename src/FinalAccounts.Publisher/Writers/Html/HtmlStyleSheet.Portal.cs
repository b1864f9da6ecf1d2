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
        .dept-id { display: block; font-family: "Liberation Mono", "DejaVu Sans Mono", Consolas, monospace; font-size: .75rem; color: #555; }
        td.hash code { font-family: "Liberation Mono", "DejaVu Sans Mono", Consolas, monospace; font-size: .75rem; word-break: break-all; color: #333; }
        code { font-family: "Liberation Mono", "DejaVu Sans Mono", Consolas, monospace; font-size: .9em; }
        .portal p.note { margin-top: 1rem; font-family: "Liberation Serif", "Times New Roman", "Nimbus Roman", var(--font-note); }
        @media print {
          .portal .doc-header { min-height: 0; display: block; break-after: auto; page-break-after: auto; padding: 0 0 6mm; }
          .portal .doc-title { margin-bottom: 4mm; }
          table.files tbody { break-inside: avoid; page-break-inside: avoid; }
        }

        """;
}
