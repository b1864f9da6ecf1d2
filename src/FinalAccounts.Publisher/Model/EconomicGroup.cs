namespace FinalAccounts.Publisher.Model;

/// <summary>The two kinds of basic expenditure in 公开06表: 人员经费 and 公用经费.</summary>
public enum EconomicGroup
{
    Personnel,
    Public,
}
