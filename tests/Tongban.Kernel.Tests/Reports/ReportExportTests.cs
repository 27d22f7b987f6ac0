using System.IO.Compression;
using CsvHelper;
using MiniExcelLibs;
using Tongban.Kernel.Reports;

namespace Tongban.Kernel.Tests.Reports;

public sealed class ReportExportTests
{
    private static ReportTable Sample() => new(
        [
            new("unit", "单位", "Unit", ColumnType.Text),
            new("count", "件数", "Count", ColumnType.Integer),
            new("amount", "金额（元）", "Amount (yuan)", ColumnType.Money),
            new("rate", "比例", "Rate", ColumnType.Percent),
            new("on", "日期", "Date", ColumnType.Date),
        ],
        [
            ["北京市财政局", 3L, 123456L, 0.125m, new DateOnly(2025, 9, 30)],
            ["=HYPERLINK(\"x\")", 0L, -199L, 1m, new DateOnly(2025, 10, 8)],
            ["海淀区实验学校", 12L, 5L, 0m, null],
        ],
        "资产统计",
        "Asset summary");

    [Fact]
    public async Task Csv_has_a_bom_chinese_headers_and_money_in_yuan_to_the_fen()
    {
        using var stream = new MemoryStream();
        await ReportExport.WriteCsvAsync(Sample(), stream, chinese: true, CancellationToken.None);
        var bytes = stream.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);

        stream.Position = 0;
        await using var csv = CsvReader.Create(stream, new CsvReaderOptions { Separator = ',' }, leaveOpen: true);
        await csv.ReadHeaderAsync(CancellationToken.None);
        Assert.Equal(["单位", "件数", "金额（元）", "比例", "日期"], csv.Headers);
        var rows = new List<string[]>();
        while (await csv.ReadAsync(CancellationToken.None))
        {
            rows.Add(Enumerable.Range(0, csv.FieldCount).Select(csv.GetString).ToArray());
        }

        Assert.Equal(["北京市财政局", "3", "1234.56", "12.50%", "2025-09-30"], rows[0]);
        Assert.Equal("-1.99", rows[1][2]);
        Assert.Equal("0.05", rows[2][2]);
        Assert.Equal("", rows[2][4]);
    }

    [Fact]
    public async Task Csv_escapes_text_a_spreadsheet_would_run_as_a_formula()
    {
        using var stream = new MemoryStream();
        await ReportExport.WriteCsvAsync(Sample(), stream, chinese: true, CancellationToken.None);
        stream.Position = 0;
        await using var csv = CsvReader.Create(stream, new CsvReaderOptions { Separator = ',' }, leaveOpen: true);
        Assert.True(await csv.ReadAsync(CancellationToken.None));
        Assert.True(await csv.ReadAsync(CancellationToken.None));
        Assert.False(csv.GetString(0).StartsWith('='));
    }

    [Fact]
    public async Task Csv_uses_english_titles_when_asked()
    {
        using var stream = new MemoryStream();
        await ReportExport.WriteCsvAsync(Sample(), stream, chinese: false, CancellationToken.None);
        stream.Position = 0;
        await using var csv = CsvReader.Create(stream, new CsvReaderOptions { Separator = ',' }, leaveOpen: true);
        await csv.ReadHeaderAsync(CancellationToken.None);
        Assert.Equal("Amount (yuan)", csv.Headers[2]);
    }

    [Fact]
    public void Xlsx_round_trips_with_chinese_headers_numbers_as_numbers_and_money_to_the_fen()
    {
        using var stream = new MemoryStream();
        ReportExport.WriteXlsx(Sample(), stream, chinese: true);
        stream.Position = 0;
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(["单位", "件数", "金额（元）", "比例", "日期"], rows[0].Keys);
        Assert.Equal("北京市财政局", rows[0]["单位"]);
        Assert.Equal(3d, Assert.IsType<double>(rows[0]["件数"]));
        Assert.Equal(123456L, Fen(rows[0]["金额（元）"]));
        Assert.Equal(-199L, Fen(rows[1]["金额（元）"]));
        Assert.Equal(5L, Fen(rows[2]["金额（元）"]));
        Assert.Equal(0.125d, Assert.IsType<double>(rows[0]["比例"]));
        Assert.Equal(new DateTime(2025, 9, 30), Assert.IsType<DateTime>(rows[0]["日期"]));
    }

    [Fact]
    public void Xlsx_formats_money_as_0_00_and_freezes_the_header_row()
    {
        using var stream = new MemoryStream();
        ReportExport.WriteXlsx(Sample(), stream, chinese: true);
        stream.Position = 0;
        using var zip = new ZipArchive(stream, ZipArchiveMode.Read);
        var styles = new StreamReader(zip.GetEntry("xl/styles.xml")!.Open()).ReadToEnd();
        var sheet = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open()).ReadToEnd();
        Assert.Contains("formatCode=\"0.00\"", styles);
        Assert.Contains("formatCode=\"0.00%\"", styles);
        Assert.Contains("state=\"frozen\"", sheet);
        Assert.Contains("<x:v>1234.56</x:v>", sheet);
    }

    private static long Fen(object? yuan) => (long)Math.Round((decimal)Assert.IsType<double>(yuan) * 100m);
}
