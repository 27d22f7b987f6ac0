using System.Globalization;
using Tongban.Delivery.Orders;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Money;

namespace Tongban.Delivery.Cycles;

/// <summary>One row of a cycles file.</summary>
internal sealed record CycleRow(string Order, BusinessArea Area, DateOnly Signed, DateOnly Planned, DateOnly? Actual, long AmountFen);

/// <summary>One line of the cycles report: an area, its orders, the median cycle of the accepted ones and the late count.</summary>
internal sealed record AreaCycles(BusinessArea Area, int Orders, int? MedianDays, int Late)
{
    public string Line => string.Create(CultureInfo.InvariantCulture, $"{Areas.Code(Area)} {Orders} {(MedianDays is { } m ? m.ToString(CultureInfo.InvariantCulture) : "-")} {Late}");
}

/// <summary>
/// <c>tongban delivery cycles --orders FILE.csv --as-of DATE</c>: a CSV with the header
/// <c>order,area,signed,planned_acceptance,actual_acceptance,amount</c> (actual may be empty). A bad cell refuses the
/// whole file naming the data row (1 = the first under the header) and the column.
/// </summary>
internal static class CycleFile
{
    public static readonly string[] Header = ["order", "area", "signed", "planned_acceptance", "actual_acceptance", "amount"];

    public static IReadOnlyList<CycleRow> Read(TextReader reader)
    {
        var header = reader.ReadLine();
        var names = header?.TrimStart('\uFEFF').Split(',').Select(h => h.Trim()).ToArray() ?? [];
        RuleViolation.ThrowIf(
            !names.SequenceEqual(Header, StringComparer.OrdinalIgnoreCase),
            "header",
            "delivery.cycles-header",
            $"The first line must be {string.Join(',', Header)}.",
            ("header", string.Join(',', Header)));

        var rows = new List<CycleRow>();
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            number++;
            var cells = line.Split(',').Select(c => c.Trim()).ToArray();
            RuleViolation.ThrowIf(
                cells.Length != Header.Length,
                $"row {number}",
                "delivery.cycles-cells",
                $"Row {number} has {cells.Length} cells, not {Header.Length}.",
                ("row", number),
                ("count", cells.Length));
            rows.Add(ReadRow(number, cells));
        }

        return rows;
    }

    private static CycleRow ReadRow(int number, string[] cells)
    {
        string Where(int column) => $"row {number}, column {Header[column]}";

        RuleViolation.ThrowIf(cells[0].Length == 0, Where(0), "delivery.order-code-required", "The order code is required.");
        RuleViolation.ThrowIf(!Areas.TryParse(cells[1], out var area), Where(1), "delivery.area-unknown", $"'{cells[1]}' is not a business area.", ("area", cells[1]));
        var signed = Date(cells[2], Where(2));
        var planned = Date(cells[3], Where(3));
        DateOnly? actual = cells[4].Length == 0 ? null : Date(cells[4], Where(4));
        var amount = Cny.Parse(cells[5], Where(5));
        OrderRules.NotNegative(amount.Fen, Where(5));
        OrderRules.NotBeforeSigning(signed, planned, Where(3));
        if (actual is { } a)
        {
            OrderRules.NotBeforeSigning(signed, a, Where(4));
        }

        return new CycleRow(cells[0], area, signed, planned, actual, amount.Fen);
    }

    private static DateOnly Date(string text, string where)
    {
        var parsed = ImportParsers.Date()(text);
        return parsed.IsValid ? parsed.Value : throw new RuleViolation(where, "delivery.date-format", $"'{text}' is not a date (yyyy-MM-dd).", ("value", text));
    }

    /// <summary>One line per area present in the file, sorted by area code (ordinal).</summary>
    public static IReadOnlyList<AreaCycles> Summarise(IEnumerable<CycleRow> rows, DateOnly asOf) =>
        rows.GroupBy(r => r.Area)
            .Select(g => new AreaCycles(
                g.Key,
                g.Count(),
                CycleRules.Median(g.Where(r => r.Actual is not null).Select(r => CycleRules.CycleDays(r.Signed, r.Actual!.Value)).ToList()),
                g.Count(r => CycleRules.IsLate(r.Planned, r.Actual, asOf))))
            .OrderBy(a => Areas.Code(a.Area), StringComparer.Ordinal)
            .ToList();
}
