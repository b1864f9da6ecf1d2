namespace FinalAccounts.Publisher.Model;

/// <summary>Reasons and descriptions the 情况说明 quotes (explanations.yaml): text only, never amounts.</summary>
public sealed record Explanations(
    IReadOnlyDictionary<PriorFigure, Located<string>> ChangeReasons,
    IReadOnlyDictionary<SubjectCode, Located<string>> ClassUses,
    Located<string> SpecialExpenditure);
