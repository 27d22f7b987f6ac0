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
/// <summary>
/// What one read of a file found: its SHA-256; for a CSV, the offset of the first byte that is not UTF-8
/// (null when the file is UTF-8), whether UTF-8 characters came before it, with the record (0 is the header) and column it sits in, and whether the
/// file ends inside a quoted field.
/// </summary>
internal sealed record FileInspection(string Sha256, long? BadUtf8Offset, bool Utf8Text, int BadRecord, int BadColumn, IReadOnlyList<string> Header, bool EndsInQuotes, int Records);

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

    /// <summary>
    /// One sequential read of the file: its SHA-256; for a CSV, where the first byte that is not UTF-8 sits
    /// (data row, column and byte offset) and whether the file ends inside a quoted field.
    /// </summary>
    public static async Task<FileInspection> InspectAsync(Stream stream, CancellationToken ct)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var utf8 = new StrictDecoder(new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true));
        var shape = new CsvShape();
        var buffer = new byte[64 * 1024];
        long offset = 0;
        int read;
        while ((read = await stream.ReadAsync(buffer, ct)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            for (var i = 0; i < read; i++)
            {
                if (utf8.Bad is null && !utf8.Take(buffer[i], offset + i))
                {
                    shape.MarkBad();
                }

                shape.Take(buffer[i]);
            }

            offset += read;
        }

        utf8.End(offset);
        if (utf8.Bad is not null && shape.BadRow is null)
        {
            shape.MarkBad();
        }

        return new FileInspection(Convert.ToHexStringLower(hash.GetHashAndReset()), utf8.Bad, utf8.SawMultiByte, shape.BadRow ?? 0, shape.BadColumn ?? 0, shape.Header, shape.InQuotes, shape.Record);
    }

    /// <summary>Whether the whole stream decodes strictly as GB18030 (what Excel on Chinese Windows saves).</summary>
    public static async Task<bool> IsGb18030Async(Stream stream, CancellationToken ct)
    {
        var strict = (Encoding)Gb18030.Value.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        var decoder = strict.GetDecoder();
        var buffer = new byte[64 * 1024];
        var chars = new char[strict.GetMaxCharCount(buffer.Length)];
        try
        {
            int read;
            while ((read = await stream.ReadAsync(buffer, ct)) > 0)
            {
                decoder.GetChars(buffer, 0, read, chars, 0, flush: false);
            }

            decoder.GetChars(buffer, 0, 0, chars, 0, flush: true);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>Feeds a strict decoder one byte at a time, remembering the offset of the sequence it refused.</summary>
    private sealed class StrictDecoder(Encoding encoding)
    {
        private readonly Decoder _decoder = encoding.GetDecoder();
        private readonly byte[] _one = new byte[1];
        private readonly char[] _chars = new char[4];
        private long _sequenceStart = -1;

        /// <summary>Whether a multi-byte character decoded before the first invalid sequence (so the file is UTF-8 text).</summary>
        public bool SawMultiByte { get; private set; }

        /// <summary>The byte offset where the first invalid sequence starts, or null.</summary>
        public long? Bad { get; private set; }

        public bool Take(byte b, long offset)
        {
            if (b < 0x80 && _sequenceStart < 0)
            {
                return true;
            }

            if (_sequenceStart < 0)
            {
                _sequenceStart = offset;
            }

            _one[0] = b;
            try
            {
                if (_decoder.GetChars(_one, 0, 1, _chars, 0, flush: false) > 0)
                {
                    _sequenceStart = -1;
                    SawMultiByte = true;
                }

                return true;
            }
            catch (DecoderFallbackException)
            {
                Bad = _sequenceStart;
                return false;
            }
        }

        /// <summary>A file that ends inside a character is not valid either.</summary>
        public void End(long length)
        {
            if (Bad is null && _sequenceStart >= 0)
            {
                Bad = _sequenceStart;
            }
        }
    }

    /// <summary>Where the reader is in the CSV's structure, byte by byte (quotes, commas and line feeds are ASCII in UTF-8 and GB18030).</summary>
    private sealed class CsvShape
    {
        private readonly List<byte> _headerBytes = [];
        private int _column;

        public int Record { get; private set; }

        public bool InQuotes { get; private set; }

        public int? BadRow { get; private set; }

        public int? BadColumn { get; private set; }

        public IReadOnlyList<string> Header => Encoding.UTF8.GetString([.. _headerBytes]).Split(',').Select(h => h.Trim().Trim('"')).ToList();

        public void MarkBad()
        {
            BadRow ??= Record;
            BadColumn ??= _column;
        }

        public void Take(byte b)
        {
            if (Record == 0 && b is not (byte)'\n' and not (byte)'\r')
            {
                _headerBytes.Add(b);
            }

            if (b == (byte)'"')
            {
                InQuotes = !InQuotes;
            }
            else if (!InQuotes && b == (byte)',')
            {
                _column++;
            }
            else if (!InQuotes && b == (byte)'\n')
            {
                Record++;
                _column = 0;
            }
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
