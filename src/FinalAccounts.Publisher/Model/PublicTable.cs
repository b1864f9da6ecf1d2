namespace FinalAccounts.Publisher.Model;

/// <summary>The nine official disclosure tables, 公开01表 to 公开09表.</summary>
public enum PublicTable
{
    T01 = 1,
    T02,
    T03,
    T04,
    T05,
    T06,
    T07,
    T08,
    T09,
}
