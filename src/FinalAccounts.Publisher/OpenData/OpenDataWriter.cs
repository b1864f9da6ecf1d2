using System.Text.Encodings.Web;
using System.Text.Json;
using FinalAccounts.Publisher.Facts;
using FinalAccounts.Publisher.Model;
using FinalAccounts.Publisher.Model.Tables;

namespace FinalAccounts.Publisher.OpenData;

/// <summary>
/// data.json: the nine tables, the budget execution by 项 and the computed facts as open data (万元, full precision,
/// snake_case keys, stable order), for the portal and for anyone who wants the numbers rather than the prose.
/// </summary>
public static class OpenDataWriter
{
    public const string FileName = "data.json";

    public static byte[] Write(DepartmentYear m, DisclosureFacts facts)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            w.WriteStartObject();
            w.WriteString("department", m.Department.Id);
            w.WriteString("name", m.Department.Name.Value);
            w.WriteNumber("year", m.Department.Year.Value);
            w.WriteString("unit", "万元");
            w.WriteStartObject("tables");
            foreach (var table in m.Tables) Table(w, table);
            w.WriteEndObject();
            w.WriteStartArray("budget_execution");
            foreach (var i in m.BudgetExecution)
            {
                w.WriteStartObject();
                w.WriteString("code", i.Code.Value);
                w.WriteString("name", i.Name);
                w.WriteNumber("budget", i.Budget.Value);
                w.WriteNumber("actual", i.Actual.Value);
                w.WriteString("reason", i.Reason.Value);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WritePropertyName("facts");
            Facts(w, FactCatalog.Of(facts));
            w.WriteEndObject();
        }

        return stream.ToArray();
    }

    /// <summary>A table under its key ("01"), in its shape's form.</summary>
    private static void Table(Utf8JsonWriter w, PublicTableData table)
    {
        switch (table)
        {
            case LineTable t:
                Lines(w, t.Table.Key, t);
                break;
            case ClassifiedTable t:
                Classified(w, t.Table.Key, t);
                break;
            case BasicDetailTable t:
                BasicDetail(w, t);
                break;
            case ThreePublicTable t:
                ThreePublic(w, t);
                break;
        }
    }

    private static void Columns(Utf8JsonWriter w, IReadOnlyList<string> columns)
    {
        w.WriteStartArray("columns");
        foreach (var c in columns) w.WriteStringValue(c);
        w.WriteEndArray();
    }

    private static void Values(Utf8JsonWriter w, IReadOnlyList<Amount> values)
    {
        w.WriteStartArray("values");
        foreach (var v in values) w.WriteNumberValue(v.Value);
        w.WriteEndArray();
    }

    private static void Classified(Utf8JsonWriter w, string key, ClassifiedTable t)
    {
        w.WriteStartObject(key);
        Columns(w, t.Columns);
        w.WriteStartArray("rows");
        foreach (var r in t.Rows.Prepend(t.Total))
        {
            w.WriteStartObject();
            w.WriteString("code", r.Code?.Value ?? "");
            w.WriteString("name", r.Name);
            Values(w, r.Values);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Lines(Utf8JsonWriter w, string key, LineTable t)
    {
        w.WriteStartObject(key);
        Columns(w, t.Columns);
        w.WriteStartArray("lines");
        foreach (var l in t.Lines)
        {
            w.WriteStartObject();
            w.WriteNumber("line", l.Number);
            w.WriteString("name", l.Name);
            Values(w, l.Values);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void BasicDetail(Utf8JsonWriter w, BasicDetailTable t)
    {
        w.WriteStartObject(t.Table.Key);
        w.WriteStartArray("rows");
        foreach (var r in t.Rows)
        {
            w.WriteStartObject();
            w.WriteString("code", r.Code.Value);
            w.WriteString("name", r.Name);
            w.WriteString("group", r.Group == EconomicGroup.Personnel ? "人员经费" : "公用经费");
            w.WriteNumber("value", r.Value.Value);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteNumber("personnel_total", t.PersonnelTotal.Value);
        w.WriteNumber("public_total", t.PublicTotal.Value);
        w.WriteEndObject();
    }

    private static void ThreePublic(Utf8JsonWriter w, ThreePublicTable t)
    {
        w.WriteStartObject(t.Table.Key);
        foreach (var (name, f) in new[] { ("budget", t.Budget), ("actual", t.Actual) })
        {
            w.WriteStartObject(name);
            w.WriteNumber("total", f.Total.Value);
            w.WriteNumber("overseas", f.Overseas.Value);
            w.WriteNumber("vehicles", f.VehicleSubtotal.Value);
            w.WriteNumber("vehicle_purchase", f.VehiclePurchase.Value);
            w.WriteNumber("vehicle_operation", f.VehicleOperation.Value);
            w.WriteNumber("reception", f.Reception.Value);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    /// <summary>The facts by the names templates use; a fact the data do not give is left out.</summary>
    private static void Facts(Utf8JsonWriter w, FactNode node)
    {
        switch (node.Kind)
        {
            case FactKind.Object:
                w.WriteStartObject();
                foreach (var child in node.Children.Where(Written))
                {
                    w.WritePropertyName(child.Name);
                    Facts(w, child);
                }

                w.WriteEndObject();
                break;
            case FactKind.List:
                w.WriteStartArray();
                foreach (var child in node.Children) Facts(w, child);
                w.WriteEndArray();
                break;
            default:
                switch (node.Value)
                {
                    case null: w.WriteNullValue(); break;
                    case decimal d: w.WriteNumberValue(d); break;
                    case int i: w.WriteNumberValue(i); break;
                    case bool b: w.WriteBooleanValue(b); break;
                    default: w.WriteStringValue(Convert.ToString(node.Value, System.Globalization.CultureInfo.InvariantCulture)); break;
                }

                break;
        }
    }

    /// <summary>Facts that data.json holds: not kept out, not missing, not a list that repeats other members (t01.lines).</summary>
    private static bool Written(FactNode node) =>
        node.InOpenData && node.Kind != FactKind.Missing &&
        !(node.Kind == FactKind.List && node.Children.Count == 0 && node.Value is int and > 0);
}
