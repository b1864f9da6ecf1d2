using FinalAccounts.Publisher.Diagnostics;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.Input;

/// <summary>Where a department's 公开表 are read from: the CSV files tables/01.csv …, a workbook, a document.</summary>
public interface ITableSource
{
    /// <summary>The place a table is read from, as messages name it (a file, a workbook's sheet).</summary>
    SourceLocation SourceOf(TableDescriptor table);

    /// <summary>The table's rows, or null when it cannot be read (every problem reported).</summary>
    TableInput? Read(TableDescriptor table, DiagnosticBag bag);
}
