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

    protected Task WithPageAsync(Func<IPage, Task> test, string user = Demo.DemoWorld.AdminUser, string locale = "zh-CN", [CallerMemberName] string name = "") =>
        RunAsync(App.SignInAsync(user, locale), test, name);

    /// <summary>As <see cref="WithPageAsync"/>, but signing in through the form rather than with saved cookies.</summary>
    protected Task WithFormSignInAsync(Func<IPage, Task> test, string user = Demo.DemoWorld.AdminUser, [CallerMemberName] string name = "") =>
        RunAsync(App.SignInThroughFormAsync(user), test, name);

    private async Task RunAsync(Task<IPage> signIn, Func<IPage, Task> test, string name)
    {
        var page = await signIn;
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
