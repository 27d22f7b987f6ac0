using System.Globalization;
using CsvHelper;
using Tongban.Kernel.Errors;

namespace Tongban.Clinic.Formulary;

/// <summary>A formulary line as the cheapest-equivalent file gives it: <c>code,name,group,unit_price,units_per_day</c>.</summary>
public sealed record FormularyLine(string Code, string Name, string Group, decimal UnitPrice, decimal UnitsPerDay)
{
    public decimal DailyCost => UnitPrice * UnitsPerDay;
}

/// <summary>The answer for one drug: the group's cheapest member and the saving over the days.</summary>
public sealed record CheapestAnswer(FormularyLine Asked, FormularyLine Cheapest, decimal Saving);

/// <summary>
/// The text's rule (seed 01): "if you can solve the problem with cheap medicine, you don't need expensive medicine".
/// Reads the formulary file whole (a bad row refuses the whole file, naming row and column) and answers for one drug.
/// </summary>
public static class CheapestFile
{
    public static readonly string[] Header = ["code", "name", "group", "unit_price", "units_per_day"];

    public static async Task<IReadOnlyList<FormularyLine>> ReadAsync(TextReader reader, CancellationToken ct = default)
    {
        var options = new CsvReaderOptions { Separator = ',', HasHeader = true, SkipEmptyLines = true, TrimWhitespace = true };
        await using var csv = CsvReader.Create(reader, options, leaveOpen: true);
        await csv.ReadHeaderAsync(ct);
        RuleViolation.ThrowIf(!csv.Headers.Select(h => h.Trim().ToLowerInvariant()).SequenceEqual(Header), "header", "clinic.formulary-header", $"The first line must be {string.Join(',', Header)}.", ("header", string.Join(',', Header)));
        var lines = new List<FormularyLine>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var row = 1;
        while (await csv.ReadAsync(ct))
        {
            row++;
            var cells = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetString(i).Trim()).ToArray();
            RuleViolation.ThrowIf(cells.Length != Header.Length, $"row {row}", "clinic.formulary-cells", $"Row {row} has {cells.Length} cells, not {Header.Length}.", ("row", row), ("count", cells.Length));
            RuleViolation.ThrowIf(cells[0].Length == 0, $"row {row}, column code", "clinic.formulary-code", $"Row {row} has no drug code.", ("row", row));
            RuleViolation.ThrowIf(!codes.Add(cells[0]), $"row {row}, column code", "clinic.formulary-duplicate", $"Row {row} repeats the code {cells[0]}.", ("row", row), ("code", cells[0]));
            RuleViolation.ThrowIf(cells[2].Length == 0, $"row {row}, column group", "clinic.formulary-group", $"Row {row} has no equivalence group.", ("row", row));
            lines.Add(new FormularyLine(cells[0], cells[1], cells[2], Number(cells[3], row, "unit_price"), Number(cells[4], row, "units_per_day")));
        }

        return lines;
    }

    private static decimal Number(string text, int row, string column)
    {
        RuleViolation.ThrowIf(
            !decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) || value <= 0,
            $"row {row}, column {column}",
            "clinic.formulary-number",
            $"Row {row}: '{text}' in {column} is not a number above zero.",
            ("row", row),
            ("value", text));
        return value;
    }

    /// <summary>
    /// Issue 14 item 4: the member of the drug's group with the lowest daily cost (unit price × units per day; on a tie
    /// the drug asked for), and (daily cost asked - daily cost of that member) × days, rounded half up to the fen.
    /// </summary>
    public static CheapestAnswer Cheapest(IReadOnlyList<FormularyLine> lines, string code, int days)
    {
        OrderRules.Days(days);
        var asked = lines.FirstOrDefault(l => l.Code == code)
            ?? throw new RuleViolation("drug", "clinic.drug-not-in-formulary", $"{code} is not in the formulary.", ("code", code));
        var cheapest = lines.Where(l => l.Group == asked.Group).Aggregate(asked, (best, l) => l.DailyCost < best.DailyCost ? l : best);
        return new CheapestAnswer(asked, cheapest, Math.Round((asked.DailyCost - cheapest.DailyCost) * days, 2, MidpointRounding.AwayFromZero));
    }
}
