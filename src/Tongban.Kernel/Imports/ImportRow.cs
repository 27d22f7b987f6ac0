namespace Tongban.Kernel.Imports;

/// <summary>One refusal: which data row (1-based, the header not counted), which column, the cell, the rule.</summary>
public sealed record ImportError(int Row, string Column, string Value, string Rule, string Message);

/// <summary>
/// The cells of one data row, in the definition's column order. Reading a typed value runs the
/// column's parser; a cell that fails is recorded as an <see cref="ImportError"/> on the row.
/// </summary>
public sealed class ImportRow
{
    private readonly IReadOnlyDictionary<ImportColumn, int> _index;
    private readonly string[] _cells;
    private List<ImportError>? _errors;

    internal ImportRow(int number, IReadOnlyDictionary<ImportColumn, int> index, string[] cells)
    {
        Number = number;
        _index = index;
        _cells = cells;
    }

    /// <summary>The data row number: 1 for the first row under the header.</summary>
    public int Number { get; }

    public bool IsValid => _errors is null;

    public IReadOnlyList<ImportError> Errors => (IReadOnlyList<ImportError>?)_errors ?? [];

    /// <summary>The trimmed text of the cell ("" when empty).</summary>
    public string Raw(ImportColumn column) => _cells[_index[column]];

    /// <summary>The parsed value, or default when the cell is empty (and optional) or wrong (and recorded).</summary>
    public T? Get<T>(ImportColumn<T> column)
    {
        var text = Raw(column);
        if (text.Length == 0)
        {
            if (column.Required)
            {
                Fail(column, "import.required", "A value is required.");
            }

            return default;
        }

        var parsed = column.Parse(text);
        if (!parsed.IsValid)
        {
            Fail(column, parsed.Rule, parsed.Message);
        }

        return parsed.Value;
    }

    /// <summary>Records a refusal of this row's <paramref name="column"/> (a check across cells or rows).</summary>
    public void Fail(ImportColumn column, string rule, string message)
    {
        _errors ??= [];
        _errors.Add(new ImportError(Number, column.Name, Raw(column), rule, message));
    }

    public bool HasError(ImportColumn column) => _errors?.Any(e => e.Column == column.Name) ?? false;
}
