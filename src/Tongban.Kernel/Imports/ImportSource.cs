using System.Globalization;
using System.Runtime.CompilerServices;
using CsvHelper;
using MiniExcelLibs;

namespace Tongban.Kernel.Imports;

internal enum ImportFileKind
{
    Csv,
    Xlsx,
}

/// <summary>
/// Streams the records of a CSV or XLSX file as string cells, one record at a time: the first
/// record is the header, then the data rows (blank rows skipped). Nothing is held beyond the
/// current record (MiniExcel keeps an XLSX file's shared-string table, which Excel bounds).
/// </summary>
internal static class ImportSource
{
    public static IAsyncEnumerable<string[]> ReadAsync(Stream stream, ImportFileKind kind, CancellationToken ct) =>
        kind == ImportFileKind.Csv ? ReadCsvAsync(stream, ct) : ReadXlsxAsync(stream, ct);

    private static async IAsyncEnumerable<string[]> ReadCsvAsync(Stream stream, [EnumeratorCancellation] CancellationToken ct)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            SkipEmptyLines = true,
            TrimWhitespace = true,
        };
        await using var csv = CsvReader.Create(stream, options, leaveOpen: true);
        await csv.ReadHeaderAsync(ct);
        yield return csv.Headers.ToArray();
        while (await csv.ReadAsync(ct))
        {
            var cells = new string[csv.FieldCount];
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = csv.GetString(i).Trim();
            }

            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            yield return cells;
        }
    }

    private static async IAsyncEnumerable<string[]> ReadXlsxAsync(Stream stream, [EnumeratorCancellation] CancellationToken ct)
    {
        await Task.Yield();
        string[]? keys = null;
        foreach (IDictionary<string, object?> record in stream.Query(useHeaderRow: false, excelType: ExcelType.XLSX))
        {
            ct.ThrowIfCancellationRequested();
            keys ??= record.Keys.ToArray();
            var cells = new string[keys.Length];
            for (var i = 0; i < keys.Length; i++)
            {
                cells[i] = record.TryGetValue(keys[i], out var v) ? Cell(v) : "";
            }

            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            yield return cells;
        }
    }

    /// <summary>An XLSX cell as the text a CSV would hold (numbers without exponent, dates as yyyy-MM-dd).</summary>
    private static string Cell(object? value) => value switch
    {
        null => "",
        string s => s.Trim(),
        double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => d.ToString("0", CultureInfo.InvariantCulture),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        DateTime t when t.TimeOfDay == TimeSpan.Zero => t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? "",
    };
}
