namespace FinalAccounts.Publisher.Model.Tables;

/// <summary>A cell of a printed header row: its text and how many columns and rows it spans (listed where the span starts).</summary>
public sealed record HeaderCell(string Text, int ColSpan, int RowSpan);
