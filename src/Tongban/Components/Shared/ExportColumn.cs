using Tongban.Kernel.Reports;
using Tongban.Kernel.Texts;

namespace Tongban.Components.Shared;

/// <summary>A column of a list as it is exported: its title in the current language and its value.</summary>
public sealed record ExportColumn<T>(string Title, Func<T, object?> Value, ColumnType Type = ColumnType.Text);

internal static class ListExport
{
    /// <summary>The current list as a kernel report table, so exports look like every other report.</summary>
    public static ReportTable ToTable<T>(string title, IReadOnlyList<ExportColumn<T>> columns, IEnumerable<T> rows)
    {
        var reportColumns = columns.Select((c, i) => new ReportColumn($"c{i}", c.Title, c.Title, c.Type)).ToList();
        var values = rows.Select(r => columns.Select(c => c.Value(r)).ToArray()).ToList();
        return new ReportTable(reportColumns, values, title, title);
    }

    public static async Task<byte[]> WriteAsync(ReportTable table, string format, CancellationToken ct)
    {
        using var stream = new MemoryStream();
        if (format == "xlsx")
        {
            ReportExport.WriteXlsx(table, stream, TextCatalog.IsChinese);
        }
        else
        {
            await ReportExport.WriteCsvAsync(table, stream, TextCatalog.IsChinese, ct);
        }

        return stream.ToArray();
    }

    public static string ContentType(string format) => format switch
    {
        "xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        _ => "text/csv; charset=utf-8",
    };
}
