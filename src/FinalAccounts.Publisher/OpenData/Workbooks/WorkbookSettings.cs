using FinalAccounts.Publisher.Compose;
using FinalAccounts.Publisher.Compose.Tables;
using FinalAccounts.Publisher.Document;
using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.OpenData.Workbooks;

/// <summary>
/// What the workbook takes from the house style and the document: the table number format and zero text, the table
/// fonts, each table's frame (lines above, notes, landscape), and the properties (title, author, date from the data).
/// </summary>
public sealed record WorkbookSettings(NumberStyle Numbers, DocumentStyle Document, Func<TableDescriptor, SheetFrame> Frame, DocumentInfo Info)
{
    /// <summary>The settings of a department's workbook in a house style, as its document frames the same tables.</summary>
    public static WorkbookSettings For(Department department, HouseStyle style, TableLayouts layouts, DocumentInfo info)
    {
        var meta = layouts.MetaLine(department, style.Numbers.TableUnit);
        SheetFrame Frame(TableDescriptor table)
        {
            var layout = layouts.Find(table.Key);
            return new SheetFrame(meta.Left, meta.Center, meta.Right, layout?.Notes ?? [], layout?.Wide ?? false, style.Numbers.TableZero);
        }

        var year = department.Year.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new WorkbookSettings(style.Numbers, style.Document, Frame, info with { Title = $"{department.Name.Value}{year}年度部门决算表" });
    }
}
