using System.Runtime.CompilerServices;
using Microsoft.Playwright;

namespace Tongban.E2E;

/// <summary>
/// Runs a browser step and, when it fails, saves a screenshot (with the page's HTML and console)
/// to tests/Tongban.E2E/screenshots/.
/// </summary>
public abstract class BrowserTest(AppFixture app)
{
    protected AppFixture App { get; } = app;

    protected async Task WithPageAsync(Func<IPage, Task> test, string user = Demo.DemoWorld.AdminUser, [CallerMemberName] string name = "")
    {
        var page = await App.SignInAsync(user);
        var console = new List<string>();
        page.Console += (_, m) => console.Add($"{m.Type}: {m.Text}");
        page.PageError += (_, e) => console.Add($"page error: {e}");
        try
        {
            await test(page);
        }
        catch
        {
            var dir = Path.Combine(AppFixture.RepositoryRoot, "tests", "Tongban.E2E", "screenshots");
            Directory.CreateDirectory(dir);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = true });
            await File.WriteAllTextAsync(Path.Combine(dir, name + ".html"), await page.ContentAsync());
            await File.WriteAllLinesAsync(Path.Combine(dir, name + ".console.txt"), console);
            throw;
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
