namespace FinalAccounts.Publisher.Model;

/// <summary>公开09表 财政拨款"三公"经费支出决算表.</summary>
public sealed record ThreePublicTable(string File, ThreePublicFigures Budget, ThreePublicFigures Actual);
