namespace FinalAccounts.Publisher.Document;

/// <summary>Paper size and margins in millimetres (portrait; landscape pages swap width and height and keep the margins' roles).</summary>
public sealed record PageSetup(
    double WidthMm,
    double HeightMm,
    double TopMm,
    double BottomMm,
    double LeftMm,
    double RightMm,
    double FooterMm);
