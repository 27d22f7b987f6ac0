using System.Globalization;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text;
using CsvHelper;
using MiniExcelLibs;

namespace Tongban.Kernel.Imports;

internal enum ImportFileKind
{
    Csv,

    /// <summary>A CSV file that is not UTF-8: read as GB18030, which is what Excel on Chinese Windows saves.</summary>
    CsvGb18030,
    Xlsx,
}

/// <summary>
/// Streams the records of a CSV or XLSX file as string cells, one record at a time: the first
/// record is the header, then the data rows (blank rows skipped). Nothing is held beyond the
/// current record (MiniExcel keeps an XLSX file's shared-string table, which Excel bounds).
/// </summary>
internal static class ImportSource
{
    private static readonly Lazy<Encoding> Gb18030 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding("GB18030");
    });

    public static IAsyncEnumerable<string[]> ReadAsync(Stream stream, ImportFileKind kind, CancellationToken ct) => kind switch
    {
        ImportFileKind.Csv => ReadCsvAsync(stream, null, ct),
        ImportFileKind.CsvGb18030 => ReadCsvAsync(stream, Gb18030.Value, ct),
        _ => ReadXlsxAsync(stream, ct),
    };

    /// <summary>One sequential read of the file: its SHA-256, and whether it is valid UTF-8.</summary>
    public static async Task<(string Sha256, bool Utf8)> InspectAsync(Stream stream, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var decoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true).GetDecoder();
        var buffer = new byte[64 * 1024];
        var chars = new char[buffer.Length + 4];
        var utf8 = true;
        int read;
        while ((read = await stream.ReadAsync(buffer, ct)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            utf8 = utf8 && Decodes(decoder, buffer, read, chars, flush: false);
        }

        utf8 = utf8 && Decodes(decoder, buffer, 0, chars, flush: true);
        return (Convert.ToHexStringLower(hash.GetHashAndReset()), utf8);
    }

    private static bool Decodes(Decoder decoder, byte[] bytes, int count, char[] chars, bool flush)
    {
        try
        {
            decoder.Convert(bytes, 0, count, chars, 0, chars.Length, flush, out _, out _, out _);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    private static async IAsyncEnumerable<string[]> ReadCsvAsync(Stream stream, Encoding? encoding, [EnumeratorCancellation] CancellationToken ct)
    {
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            SkipEmptyLines = true,
            TrimWhitespace = true,
        };
        await using var csv = encoding is null
            ? CsvReader.Create(stream, options, leaveOpen: true)
            : CsvReader.Create(new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: false, leaveOpen: true), options, leaveOpen: false);
        await csv.ReadHeaderAsync(ct);
        yield return csv.Headers.ToArray();
        while (await csv.ReadAsync(ct))
        {
            var cells = new string[csv.FieldCount];
            var blank = true;
            for (var i = 0; i < cells.Length; i++)
            {
                cells[i] = csv.GetString(i).Trim();
                blank = blank && cells[i].Length == 0;
            }

            if (!blank)
            {
                yield return cells;
            }
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
