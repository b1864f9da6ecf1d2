using ScottPlot;

namespace FinalAccounts.Publisher.Writers.Charts;

/// <summary>
/// The quiet official colours: flat, muted fills whose lightness alternates, so neighbours stay apart when printed in
/// greyscale; near-black text, light grey grid lines.
/// </summary>
internal static class ChartPalette
{
    /// <summary>Fills for pie slices and further series, dark and light in turn.</summary>
    public static readonly IReadOnlyList<Color> Fills =
    [
        Color.FromHex("#3C5A7D"), // slate blue, dark
        Color.FromHex("#D2B98B"), // sand, light
        Color.FromHex("#7F9A7A"), // sage, middle
        Color.FromHex("#8C5F55"), // brick, dark
        Color.FromHex("#A8B9CC"), // steel, light
        Color.FromHex("#5B5B5B"), // grey, dark
        Color.FromHex("#C9A05E"), // ochre, middle
        Color.FromHex("#4F7A74"), // teal, dark
    ];

    /// <summary>Fills for two series compared (last year light, this year dark).</summary>
    public static readonly IReadOnlyList<Color> Pair = [Color.FromHex("#A8B9CC"), Color.FromHex("#3C5A7D")];

    public static readonly Color Text = Color.FromHex("#1F1F1F");

    public static readonly Color Axis = Color.FromHex("#595959");

    public static readonly Color Grid = Color.FromHex("#D9D9D9");

    public static readonly Color Background = Colors.White;
}
