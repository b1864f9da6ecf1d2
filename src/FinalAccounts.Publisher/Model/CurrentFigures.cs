using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Model;

/// <summary>Where each figure compared with an earlier year is found in a year's tables.</summary>
public static class CurrentFigures
{
    public static Amount Current(this DepartmentYear m, PriorFigure figure)
    {
        if (figure.Table is { } table) return m.Table<LineTable>(table)[figure.LineNumber];
        if (figure.Code is { } code) return m.T05.Find(code)?[0] ?? Amount.Computed(0m, m.T05.Source);
        var a = m.T09.Actual;
        return figure.Key switch
        {
            "gpb_expenditure" => m.T05.Total[0],
            "three_public.total" => a.Total,
            "three_public.overseas" => a.Overseas,
            "three_public.vehicles" => a.VehicleSubtotal,
            "three_public.vehicle_purchase" => a.VehiclePurchase,
            "three_public.vehicle_operation" => a.VehicleOperation,
            "three_public.reception" => a.Reception,
            "operating_funds" => m.OperatingFunds.Actual ?? m.T06.PublicTotal,
            "basic_expenditure" => m.T03.Total[ExpenditureColumn(m, "基本支出")],
            "project_expenditure" => m.T03.Total[ExpenditureColumn(m, "项目支出")],
            _ => throw new ArgumentOutOfRangeException(nameof(figure), figure, null),
        };
    }

    /// <summary>A kind of spending's column of 公开03表 (基本支出, 项目支出).</summary>
    private static int ExpenditureColumn(DepartmentYear m, string name) => m.T03.Columns.ToList().IndexOf(name);

    /// <summary>Every figure a year's model has: each line of the tables of lines, each 类 of 公开05表, the named ones.</summary>
    public static IEnumerable<PriorFigure> All(DepartmentYear m) =>
        m.Tables.OfType<LineTable>().SelectMany(t => t.Lines.Select(l => PriorFigure.Line(t.Table, l.Number)))
            .Concat(m.T05.Classes.Select(c => PriorFigure.GpbClass(c.Code!.Value)))
            .Concat(PriorFigure.Named);

    /// <summary>The tables of lines (公开01/04表), whose lines prior-year.yaml may give by 行次.</summary>
    public static IEnumerable<TableDescriptor> LineTables => PublicTables.All.Where(t => t.Shape == TableShape.Lines);
}
