namespace FinalAccounts.Publisher.Writers.Html;

/// <summary>
/// The index's filter box: hidden until its script runs (so a page without scripts shows no dead control), it hides the
/// departments whose name or id does not contain the typed text, and the groups left empty. Works from a file, no server.
/// </summary>
internal static class PortalFilter
{
    public const string Script = """
        (function () {
          var box = document.getElementById('filter-box'), input = document.getElementById('filter'), none = document.getElementById('filter-none');
          if (!box || !input) return;
          box.hidden = false;
          input.addEventListener('input', function () {
            var q = input.value.trim().toLowerCase(), any = false;
            document.querySelectorAll('tbody[data-name]').forEach(function (b) {
              var show = !q || b.getAttribute('data-name').toLowerCase().indexOf(q) >= 0 || b.getAttribute('data-id').indexOf(q) >= 0;
              b.hidden = !show;
              if (show) any = true;
            });
            document.querySelectorAll('section.group').forEach(function (s) { s.hidden = !s.querySelector('tbody[data-name]:not([hidden])'); });
            none.hidden = any;
          });
        })();

        """;
}
