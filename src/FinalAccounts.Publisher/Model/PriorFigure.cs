namespace FinalAccounts.Publisher.Model;

/// <summary>The figures compared with the prior year in the 情况说明.</summary>
public enum PriorFigure
{
    /// <summary>收、支总计 (公开01表 line 30/60).</summary>
    IncomeExpenditureTotal,

    /// <summary>本年收入合计.</summary>
    IncomeTotal,

    /// <summary>本年支出合计.</summary>
    ExpenditureTotal,

    /// <summary>财政拨款收、支总计 (公开04表 line 32/64).</summary>
    FiscalTotal,

    /// <summary>一般公共预算财政拨款收入.</summary>
    GpbIncome,

    /// <summary>一般公共预算财政拨款支出.</summary>
    GpbExpenditure,

    /// <summary>"三公"经费合计.</summary>
    ThreePublicTotal,

    /// <summary>因公出国（境）费.</summary>
    ThreePublicOverseas,

    /// <summary>公务用车购置及运行维护费 (小计: purchase + operation).</summary>
    ThreePublicVehicles,

    /// <summary>公务用车购置费.</summary>
    ThreePublicVehiclePurchase,

    /// <summary>公务用车运行维护费.</summary>
    ThreePublicVehicleOperation,

    /// <summary>公务接待费.</summary>
    ThreePublicReception,
}
