namespace FinalAccounts.Publisher.Writers.Html;

internal static partial class HtmlStyleSheet
{
    /// <summary>The screen style: a white sheet on a grey desk, a red rule under the title as on official papers.</summary>
    private const string Screen = """
        *, *::before, *::after { box-sizing: border-box; }
        html { background: #e9e7e2; color: #1b1b1b; -webkit-text-size-adjust: 100%; }
        body { margin: 2rem auto; max-width: 64rem; padding: 3.5rem 4.5rem 4rem; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.18);
          font-family: var(--font-body); font-size: 1.125rem; line-height: 1.9; }
        a { color: #1f4e8c; }
        a:focus-visible, .table-scroll:focus-visible { outline: 2px solid #1f4e8c; outline-offset: 2px; }
        .skip-link { position: absolute; left: -10000px; top: 0; }
        .skip-link:focus { left: 1rem; top: 1rem; z-index: 1; background: #fff; padding: .25rem .75rem; border: 1px solid #1f4e8c; }
        .sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
        .doc-header { text-align: center; padding: 1.5rem 0 1.25rem; margin-bottom: 2rem; border-bottom: 3px double #b5121b; }
        .doc-title { font-family: var(--font-title); font-weight: normal; font-size: 2rem; line-height: 1.5; margin: 0 0 1rem; letter-spacing: .04em; }
        .subtitle { font-family: var(--font-subtitle); font-size: 1.2rem; margin: .25rem 0; text-indent: 0; text-align: center; }
        .chart-data { margin: .25rem 0 1rem; font-family: var(--font-note); font-size: .9rem; }
        .chart-data summary { cursor: pointer; color: #1f4e8c; }
        .chart-data table { width: auto; margin: .5rem auto; border-collapse: collapse; }
        .chart-data th, .chart-data td { border: 1px solid #999; padding: .15rem .5rem; }
        .downloads { margin: 1.25rem 0 0; font-family: var(--font-note); font-size: 1rem; line-height: 1.8; text-align: center; }
        .downloads-label { font-weight: bold; margin-right: .5em; }
        .downloads ul { display: inline; list-style: none; margin: 0; padding: 0; }
        .downloads li { display: inline-block; margin: 0 .6em; }
        .back-to-index { display: inline-block; margin-left: 1.2em; }
        .toc { margin: 0 0 2.5rem; padding: 1.25rem 2rem 1.5rem; background: #faf9f6; border: 1px solid #dcd8cf; }
        .toc-title { font-family: var(--font-toc-title); font-weight: normal; text-align: center; letter-spacing: 1em; text-indent: 1em; font-size: 1.4rem; margin: 0 0 .75rem; }
        .toc ol { list-style: none; margin: 0; padding: 0; font-family: var(--font-toc); }
        .toc ol ol { padding-left: 2em; }
        .toc li { margin: .15rem 0; }
        .toc .toc-1 > a { font-family: var(--font-h1); }
        .toc a { text-decoration: none; color: #1b1b1b; }
        .toc a:hover { color: #b5121b; text-decoration: underline; }
        h2, h3, h4, h5, h6 { font-weight: normal; line-height: 1.6; margin: 1.6em 0 .6em; }
        h2 { font-family: var(--font-h1); font-size: 1.55rem; text-align: center; margin-top: 2.5em; padding-bottom: .4em; border-bottom: 1px solid #d9d4c8; }
        h3 { font-family: var(--font-h2); font-size: 1.25rem; }
        h4 { font-family: var(--font-h3); font-size: 1.15rem; }
        h5 { font-family: var(--font-h4); font-size: 1.125rem; font-weight: bold; }
        h6 { font-family: var(--font-h5); font-size: 1.125rem; }
        h3, h4, h5, h6 { text-indent: 2em; }
        p { margin: .5em 0; text-indent: 2em; text-align: justify; }
        p.plain, p.note, p.center, p.right, p.figure-text { text-indent: 0; }
        p.center { text-align: center; }
        p.right { text-align: right; }
        p.note { font-family: var(--font-note); font-size: .875rem; line-height: 1.7; color: #333; margin: .2em 0; }
        ol, ul { margin: .5em 0; padding-left: 4em; }
        li { margin: .2em 0; }
        .table-block { margin: 1.25rem 0 1.75rem; }
        .table-scroll { overflow-x: auto; }
        table { border-collapse: collapse; width: 100%; font-family: var(--font-table); font-size: .875rem; line-height: 1.45; }
        .wide table { min-width: 48rem; }
        caption { caption-side: top; text-align: left; padding-bottom: .35rem; font-family: var(--font-table-meta); }
        .table-title { display: block; text-align: center; font-family: var(--font-table-header); font-size: 1.1rem; margin-bottom: .35rem; }
        .table-meta { display: flex; justify-content: space-between; gap: 1.5rem; font-size: .875rem; line-height: 1.6; }
        .meta-center { text-align: center; }
        .meta-right { text-align: right; margin-left: auto; }
        th, td { border: 1px solid #4a4a4a; padding: .3rem .45rem; vertical-align: middle; text-align: left; }
        thead th, thead td { background: #f1efe9; font-family: var(--font-table-header); font-weight: normal; text-align: center; }
        thead th { min-width: 3.2em; }
        thead tr.col-numbers th, thead tr.col-numbers td { background: #f8f7f3; font-family: var(--font-table); }
        tbody th { font-weight: normal; }
        td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; font-family: "Times New Roman", "Liberation Serif", "Nimbus Roman", var(--font-table); }
        .ac { text-align: center; }
        .ar { text-align: right; }
        .al { text-align: left; }
        .b, tr.total th, tr.total td { font-weight: bold; }
        tr.total th, tr.total td { background: #fbfaf7; }
        tbody tr:hover th, tbody tr:hover td { background: #f4f7fb; }
        figure.chart { margin: 1.5rem 0; text-align: center; }
        .chart-image svg { width: 100%; height: auto; }
        figcaption { font-family: var(--font-caption); font-size: 1.05rem; margin: .4rem 0; }
        .figure-text { font-size: 1rem; text-align: left; color: #333; background: #faf9f6; border-left: 3px solid #d9d4c8; padding: .4rem .8rem; }
        @media (max-width: 48rem) {
          body { margin: 0; padding: 1.25rem 1rem 2rem; box-shadow: none; font-size: 1.05rem; }
          .doc-title { font-size: 1.5rem; }
          .toc { padding: 1rem; }
          ol, ul { padding-left: 2em; }
        }
        @media screen and (max-width: 48rem) {
          /* A table keeps its least width and scrolls in its region rather than squeezing its columns. */
          table { min-width: var(--least-width, 0); }
          .wide table { min-width: max(48rem, var(--least-width, 0px)); }
        }

        """;
}
