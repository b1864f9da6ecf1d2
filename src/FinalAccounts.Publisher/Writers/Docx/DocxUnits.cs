namespace FinalAccounts.Publisher.Writers.Docx;

/// <summary>Conversions to the units WordprocessingML uses: twips (1/20 pt), half-points and EMUs.</summary>
internal static class DocxUnits
{
    public const double PointsPerMm = 72 / 25.4;

    public static int TwipsFromMm(double mm) => TwipsFromPt(mm * PointsPerMm);

    public static int TwipsFromPt(double pt) => (int)Math.Round(pt * 20, MidpointRounding.AwayFromZero);

    public static int HalfPoints(double pt) => (int)Math.Round(pt * 2, MidpointRounding.AwayFromZero);

    /// <summary>English Metric Units for drawings: 12,700 per point.</summary>
    public static long EmuFromPt(double pt) => (long)Math.Round(pt * 12700, MidpointRounding.AwayFromZero);

    public static string Str(int value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string Str(long value) => value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
