using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;

namespace Tongban.Kernel.Reports;

/// <summary>How a report column's values are typed, shown and exported.</summary>
public enum ColumnType
{
    /// <summary>A string.</summary>
    Text,

    /// <summary>A long.</summary>
    Integer,

    /// <summary>A decimal.</summary>
    Decimal,

    /// <summary>A long amount in fen (or a <see cref="Money.Cny"/>), shown as yuan with two decimals.</summary>
    Money,

    /// <summary>A DateOnly.</summary>
    Date,

    /// <summary>A decimal ratio: 0.125 is shown as 12.50%.</summary>
    Percent,
}

public sealed record ReportColumn(string Key, string TitleZh, string TitleEn, ColumnType Type)
{
    public string Title(bool chinese) => chinese || TitleEn.Length == 0 ? TitleZh : TitleEn;

    public bool IsNumeric => Type is ColumnType.Integer or ColumnType.Decimal or ColumnType.Money or ColumnType.Percent;
}

/// <summary>
/// The typed result of a report. Construction checks that every row has one value per column and
/// that each value has its column's type (or is null); integral values are widened to long and
/// DateTime to DateOnly, so exporters and charts see exactly one type per column.
/// </summary>
public sealed class ReportTable
{
    public ReportTable(IReadOnlyList<ReportColumn> columns, IReadOnlyList<object?[]> rows, string titleZh, string titleEn)
    {
        RuleViolation.ThrowIf(columns.Count == 0, "columns", "reports.no-columns", "A report table needs at least one column.");
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in columns)
        {
            RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(c.Key) || !keys.Add(c.Key), "columns", "reports.column-key", $"Column key '{c.Key}' is empty or repeated.", ("c", c.Key));
        }

        var typed = new object?[rows.Count][];
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            RuleViolation.ThrowIf(
                row is null || row.Length != columns.Count,
                $"rows[{r}]",
                "reports.row-arity",
                $"Row {r} has {row?.Length ?? 0} values; the table has {columns.Count} columns.", ("r", r), ("count", row?.Length ?? 0), ("expectedCount", columns.Count));
            var copy = new object?[columns.Count];
            for (var c = 0; c < columns.Count; c++)
            {
                copy[c] = Normalise(row![c], columns[c], r);
            }

            typed[r] = copy;
        }

        Columns = columns.ToArray();
        Rows = typed;
        TitleZh = titleZh;
        TitleEn = titleEn;
    }

    public IReadOnlyList<ReportColumn> Columns { get; }

    /// <summary>
    /// Set by a report that stops at a row limit: how many rows the whole result has. A cut table says so
    /// (<see cref="CutNote"/>) on the page, in the API and on the first line of its CSV; it is never cut silently.
    /// </summary>
    public long? TotalRows { get; init; }

    public bool IsCut => TotalRows is { } total && total > Rows.Count;

    /// <summary>What a reader of a cut table is told, in <paramref name="culture"/>'s language; null when whole.</summary>
    public string? CutNote(System.Globalization.CultureInfo? culture = null) => IsCut
        ? Texts.TextCatalog.Shared.Message(new RuleViolation("rows", "reports.cut", $"Cut: only the first {Rows.Count} of {TotalRows} rows; narrow the organisation to see the rest.", ("shown", Rows.Count), ("total", TotalRows)), culture)
        : null;

    public IReadOnlyList<object?[]> Rows { get; }

    public string TitleZh { get; }

    public string TitleEn { get; }

    public string Title(bool chinese) => chinese || TitleEn.Length == 0 ? TitleZh : TitleEn;

    /// <summary>The index of the column with <paramref name="key"/>, or -1.</summary>
    public int IndexOf(string key)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            if (Columns[i].Key == key)
            {
                return i;
            }
        }

        return -1;
    }

    private static object? Normalise(object? value, ReportColumn column, int row)
    {
        if (value is null)
        {
            return null;
        }

        object? typed = column.Type switch
        {
            ColumnType.Text => value as string,
            ColumnType.Integer or ColumnType.Money => value switch
            {
                long l => l,
                Cny c when column.Type == ColumnType.Money => c.Fen,
                int i => (long)i,
                short s => (long)s,
                byte b => (long)b,
                _ => null,
            },
            ColumnType.Decimal or ColumnType.Percent => value switch
            {
                decimal d => d,
                long l => (decimal)l,
                int i => (decimal)i,
                _ => null,
            },
            ColumnType.Date => value switch
            {
                DateOnly d => d,
                DateTime t => DateOnly.FromDateTime(t),
                _ => null,
            },
            _ => null,
        };
        return typed ?? throw new RuleViolation(
            $"rows[{row}].{column.Key}",
            "reports.value-type",
            $"Row {row}, column {column.Key}: a {value.GetType().Name} is not a {column.Type} value.", ("row", row), ("column", column.Key), ("type", value.GetType().Name), ("expectedType", column.Type));
    }
}

/// <summary>What a report is asked for: a period (China dates, inclusive), an org subtree, and report-specific extras.</summary>
public sealed record ReportParameters(DateOnly? From, DateOnly? To, Guid? OrgId, IReadOnlyDictionary<string, string> Extra)
{
    public static ReportParameters None { get; } = new(null, null, null, new Dictionary<string, string>());
}

public enum ChartKind
{
    Pie,
    Bar,
    Line,
}

/// <summary>How to draw a report: labels from one column, one series per value column.</summary>
public sealed record ChartSpec(ChartKind Kind, string LabelColumn, IReadOnlyList<string> ValueColumns);
