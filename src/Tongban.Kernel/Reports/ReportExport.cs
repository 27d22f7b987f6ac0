using System.Data;
using System.Globalization;
using CsvHelper;
using MiniExcelLibs;
using MiniExcelLibs.Attributes;
using MiniExcelLibs.OpenXml;

namespace Tongban.Kernel.Reports;

/// <summary>Writes a report table as CSV or XLSX, with titles in the reader's language.</summary>
public static class ReportExport
{
    /// <summary>
    /// CSV in UTF-8 with a byte-order mark (Excel on Chinese Windows otherwise guesses GBK), money
    /// as yuan with two decimals, dates as yyyy-MM-dd, percentages as 12.50%.
    /// </summary>
    /// <summary>One CSV field (RFC 4180 quoting) for exports written row by row; text that starts like a formula is defused as in <see cref="WriteCsvAsync"/>.</summary>
    public static string CsvField(string? s)
    {
        if (string.IsNullOrEmpty(s))
        {
            return "";
        }

        var text = s[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + s : s;
        return text.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    public static async Task WriteCsvAsync(ReportTable table, Stream stream, bool chinese, CancellationToken ct)
    {
        var options = new CsvWriterOptions
        {
            WriteByteOrderMark = true,
            FormatProvider = CultureInfo.InvariantCulture,
            NewLine = "\r\n",

            // Text from the database that starts with = + - @ must not run as a spreadsheet formula.
            Injection = CsvInjection.Escape,
        };
        await using var csv = CsvWriter.Create(stream, options, leaveOpen: true);
        if (table.CutNote(System.Globalization.CultureInfo.GetCultureInfo(chinese ? "zh-CN" : "en")) is { } cut)
        {
            // Issue 23 (7): a cut export says so on its first line.
            await csv.WriteRecordAsync([cut, .. Enumerable.Repeat("", table.Columns.Count - 1)], ct);
        }

        await csv.WriteRecordAsync(table.Columns.Select(c => c.Title(chinese)).ToArray(), ct);
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < table.Columns.Count; c++)
            {
                switch (row[c])
                {
                    case null:
                        csv.WriteField("");
                        break;
                    case long fen when table.Columns[c].Type == ColumnType.Money:
                        csv.WriteField(Yuan(fen), "0.00");
                        break;
                    case long n:
                        csv.WriteField(n, "0");
                        break;
                    case decimal p when table.Columns[c].Type == ColumnType.Percent:
                        csv.WriteField(p * 100m, "0.00'%'");
                        break;
                    case decimal d:
                        csv.WriteField(d, "");
                        break;
                    case DateOnly d:
                        csv.WriteField(d, "yyyy-MM-dd");
                        break;
                    case var text:
                        csv.WriteField((string)text);
                        break;
                }
            }

            await csv.EndRecordAsync(ct);
        }

        await csv.FlushAsync(ct);
    }

    /// <summary>
    /// XLSX with numbers as numbers, money in yuan with the 0.00 format, dates as dates, and the
    /// header row frozen (MiniExcel's default table style marks the header with a fill).
    /// </summary>
    public static void WriteXlsx(ReportTable table, Stream stream, bool chinese)
    {
        using var data = new DataTable(SheetName(table.Title(chinese)));
        var names = HeaderNames(table, chinese);
        var formats = new List<DynamicExcelColumn>();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var type = table.Columns[c].Type;
            data.Columns.Add(names[c], type switch
            {
                ColumnType.Text => typeof(string),
                ColumnType.Integer => typeof(long),
                ColumnType.Date => typeof(DateTime),
                _ => typeof(decimal),
            });
            var format = type switch
            {
                ColumnType.Money => "0.00",
                ColumnType.Percent => "0.00%",
                ColumnType.Date => "yyyy-mm-dd",
                _ => null,
            };
            if (format is not null)
            {
                formats.Add(new DynamicExcelColumn(names[c]) { Format = format });
            }
        }

        foreach (var row in table.Rows)
        {
            var values = new object[row.Length];
            for (var c = 0; c < row.Length; c++)
            {
                values[c] = row[c] switch
                {
                    null => DBNull.Value,
                    long fen when table.Columns[c].Type == ColumnType.Money => Yuan(fen),
                    DateOnly d => d.ToDateTime(TimeOnly.MinValue),
                    var v => v,
                };
            }

            data.Rows.Add(values);
        }

        var config = new OpenXmlConfiguration
        {
            FreezeRowCount = 1,
            TableStyles = TableStyles.Default,
            EnableAutoWidth = true,

            // Auto width needs fast mode (the sheet is buffered); a report table is already in memory.
            FastMode = true,
            DynamicColumns = formats.ToArray(),
        };
        stream.SaveAs(data, printHeader: true, sheetName: data.TableName, excelType: ExcelType.XLSX, configuration: config);
    }

    /// <summary>A cell as text: what CSV holds and what charts print.</summary>
    public static string FormatText(object? value, ColumnType type) => value switch
    {
        null => "",
        long fen when type == ColumnType.Money => Yuan(fen).ToString("0.00", CultureInfo.InvariantCulture),
        long n => n.ToString(CultureInfo.InvariantCulture),
        decimal p when type == ColumnType.Percent => (p * 100m).ToString("0.00", CultureInfo.InvariantCulture) + "%",
        decimal d => d.ToString(CultureInfo.InvariantCulture),
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    /// <summary>Fen to yuan, exactly (decimal division by 100 never rounds).</summary>
    public static decimal Yuan(long fen) => fen / 100m;

    /// <summary>Header titles, made unique (a sheet cannot hold two columns of one name).</summary>
    private static string[] HeaderNames(ReportTable table, bool chinese)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return table.Columns
            .Select(c => seen.Add(c.Title(chinese)) ? c.Title(chinese) : $"{c.Title(chinese)} ({c.Key})")
            .ToArray();
    }

    /// <summary>Excel sheet names: at most 31 characters, none of : \ / ? * [ ].</summary>
    private static string SheetName(string title)
    {
        var clean = new string(title.Select(ch => ":\\/?*[]".Contains(ch) ? '_' : ch).ToArray()).Trim();
        return clean.Length == 0 ? "Sheet1" : clean[..Math.Min(clean.Length, 31)];
    }
}
