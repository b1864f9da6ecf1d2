namespace FinalAccounts.Publisher.Model;

/// <summary>Where each figure compared with the prior year is found in this year's tables.</summary>
public static class CurrentFigures
{
    public static Amount Current(this DepartmentYear m, PriorFigure figure) => figure switch
    {
        PriorFigure.IncomeExpenditureTotal => m.T01[30],
        PriorFigure.IncomeTotal => m.T01[27],
        PriorFigure.ExpenditureTotal => m.T01[57],
        PriorFigure.FiscalTotal => m.T04[32],
        PriorFigure.GpbIncome => m.T04[1],
        PriorFigure.GpbExpenditure => m.T05.Total[0],
        PriorFigure.ThreePublicTotal => m.T09.Actual.Total,
        PriorFigure.ThreePublicOverseas => m.T09.Actual.Overseas,
        PriorFigure.ThreePublicVehicles => m.T09.Actual.VehicleSubtotal,
        PriorFigure.ThreePublicVehiclePurchase => m.T09.Actual.VehiclePurchase,
        PriorFigure.ThreePublicVehicleOperation => m.T09.Actual.VehicleOperation,
        PriorFigure.ThreePublicReception => m.T09.Actual.Reception,
        _ => throw new ArgumentOutOfRangeException(nameof(figure), figure, null),
    };
}
