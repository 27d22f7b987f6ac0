using Microsoft.Playwright;

namespace Tongban.E2E;

[Collection(AppCollection.Name)]
public sealed class ExportTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public Task Exporting_the_audit_list_as_csv_downloads_a_file_with_the_entries() => WithPageAsync(async page =>
    {
        await page.GotoAsync("/audit");
        await Assertions.Expect(page.Locator(".tb-page-head").First).ToBeVisibleAsync();

        await page.GetByTestId("export").ClickAsync();
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("导出 CSV").ClickAsync());

        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        var path = await download.PathAsync();
        var lines = await File.ReadAllLinesAsync(path!);
        Assert.True(lines.Length > 2, $"expected a header and entries, got {lines.Length} lines");
    });
}
