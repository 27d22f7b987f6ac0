using System.Globalization;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;

namespace Tongban.Pensions.Amounts;

/// <summary>
/// The CSV files officers bring from a spreadsheet. A file is read whole and refused whole at its first bad row,
/// naming the row as the spreadsheet numbers it (the header is row 1) and the column.
/// </summary>
public static class SpreadsheetFiles
{
    public static readonly string[] ContributionsHeader = ["month", "base", "individual", "credited"];
    public static readonly string[] RatesHeader = ["year", "rate"];

    /// <summary>Reads <c>month,base,individual,credited</c> (month YYYY-MM, amounts in yuan); returns the months in order.</summary>
    public static IReadOnlyList<ContributionMonth> ReadContributions(TextReader reader)
    {
        var months = new List<ContributionMonth>();
        var seen = new Dictionary<YearMonth, int>();
        foreach (var (row, fields) in Rows(reader, ContributionsHeader))
        {
            var month = YearMonth.Parse(fields[0], Cell(row, "month"));
            var contributionBase = Cny.Parse(fields[1], Cell(row, "base"));
            var individual = Cny.Parse(fields[2], Cell(row, "individual"));
            var credited = Cny.Parse(fields[3], Cell(row, "credited"));
            RuleViolation.ThrowIf(contributionBase.Fen <= 0, Cell(row, "base"), "pensions.base-not-positive", $"The contribution base must be above zero (got {fields[1]}).", ("value", fields[1]));
            RuleViolation.ThrowIf(individual.Fen < 0, Cell(row, "individual"), "pensions.amount-negative", $"The individual contribution cannot be negative (got {fields[2]}).", ("value", fields[2]));
            RuleViolation.ThrowIf(credited.Fen < 0, Cell(row, "credited"), "pensions.amount-negative", $"The amount credited cannot be negative (got {fields[3]}).", ("value", fields[3]));
            if (seen.TryGetValue(month, out var firstRow))
            {
                throw new RuleViolation(Cell(row, "month"), "pensions.month-duplicate", $"The month {month} is already on row {firstRow}.", ("month", month), ("firstRow", firstRow));
            }

            seen[month] = row;
            months.Add(new ContributionMonth(month, contributionBase, individual, credited));
        }

        RuleViolation.ThrowIf(months.Count == 0, "row 2", "pensions.csv-empty", "The file has a header but no contribution rows.");
        months.Sort((a, b) => a.Month.CompareTo(b.Month));
        return months;
    }

    /// <summary>Reads <c>year,rate</c> (rate in percent, e.g. 6.04).</summary>
    public static BookkeepingRates ReadRates(TextReader reader, string source)
    {
        var rates = new List<BookkeepingRate>();
        var seen = new Dictionary<int, int>();
        foreach (var (row, fields) in Rows(reader, RatesHeader))
        {
            if (!int.TryParse(fields[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2999)
            {
                throw new RuleViolation(Cell(row, "year"), "pensions.year-format", $"\"{fields[0]}\" is not a year (e.g. 2020).", ("value", fields[0]));
            }

            if (!decimal.TryParse(fields[1].Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var rate) || rate >= 100m)
            {
                throw new RuleViolation(Cell(row, "rate"), "pensions.rate-format", $"\"{fields[1]}\" is not a rate in percent (e.g. 6.04 for 6.04 %).", ("value", fields[1]));
            }

            if (seen.TryGetValue(year, out var firstRow))
            {
                throw new RuleViolation(Cell(row, "year"), "pensions.rate-duplicate", $"The year {year} already has a rate on row {firstRow}.", ("year", year), ("firstRow", firstRow));
            }

            seen[year] = row;
            rates.Add(new BookkeepingRate(year, rate, source));
        }

        return new BookkeepingRates(rates);
    }

    private static string Cell(int row, string column) => $"row {row}, column {column}";

    private static IEnumerable<(int Row, string[] Fields)> Rows(TextReader reader, string[] header)
    {
        using var rows = CsvRecords.Read(reader).GetEnumerator();
        if (!rows.MoveNext())
        {
            throw new RuleViolation("row 1", "pensions.csv-header", $"The file is empty; its first row must be the header {string.Join(',', header)}.", ("header", string.Join(',', header)));
        }

        var names = rows.Current.Fields.Select(n => n.Trim()).ToArray();
        for (var i = 0; i < header.Length; i++)
        {
            if (i >= names.Length || !string.Equals(names[i], header[i], StringComparison.OrdinalIgnoreCase))
            {
                throw new RuleViolation($"row 1, column {i + 1}", "pensions.csv-header", $"The header must be {string.Join(',', header)} (column {i + 1} should be {header[i]}).", ("header", string.Join(',', header)), ("column", i + 1), ("expected", header[i]));
            }
        }

        RuleViolation.ThrowIf(names.Length > header.Length, $"row 1, column {header.Length + 1}", "pensions.csv-header", $"The header must be exactly {string.Join(',', header)}.", ("header", string.Join(',', header)));
        while (rows.MoveNext())
        {
            var (row, record) = rows.Current;
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (record.Length != header.Length)
            {
                var column = record.Length < header.Length ? header[record.Length] : $"{header.Length + 1}";
                throw new RuleViolation(Cell(row, column), "pensions.csv-columns", $"Row {row} has {record.Length} columns; expected {header.Length} ({string.Join(',', header)}).", ("row", row), ("count", record.Length), ("expectedCount", header.Length), ("header", string.Join(',', header)));
            }

            yield return (row, record);
        }
    }
}
