using Microsoft.Playwright;
using Tongban.Components.Layout;

namespace Tongban.E2E;

/// <summary>
/// Every page in the navigation (the kernel's and every module's) opens for the administrator
/// and renders its heading without a circuit error. With TONGBAN_SCREENSHOTS set to a folder,
/// each page is also saved there (this is how docs/screenshots/ is made).
/// </summary>
[Collection(AppCollection.Name)]
public sealed class PagesTests(AppFixture app) : BrowserTest(app)
{
    public static TheoryData<string> Pages()
    {
        var data = new TheoryData<string>();
        foreach (var item in HostNavigation.Work.Concat(HostNavigation.Administration).Concat(ModuleCatalog.All.SelectMany(m => m.Navigation)))
        {
            data.Add(item.Href);
        }

        data.Add("/tokens");
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public Task Page_opens_with_its_heading_and_no_circuit_error(string href) => WithPageAsync(async page =>
    {
        var errors = new List<string>();
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add(m.Text);
            }
        };

        await page.GotoAsync(href);
        // Kernel pages use the host's page head; module pages (Razor class libraries) their own heading.
        await Assertions.Expect(page.Locator(".mud-main-content").GetByRole(AriaRole.Heading).First).ToBeVisibleAsync();
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.WaitForTimeoutAsync(500);

        Assert.Empty(errors);
        await Assertions.Expect(page.Locator("#blazor-error-ui")).Not.ToBeVisibleAsync();
        if (Environment.GetEnvironmentVariable("TONGBAN_SCREENSHOTS") is { Length: > 0 } dir)
        {
            Directory.CreateDirectory(dir);
            var name = href.Trim('/').Replace('/', '-');
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, (name.Length == 0 ? "dashboard" : name) + ".png") });
        }
    });
}
