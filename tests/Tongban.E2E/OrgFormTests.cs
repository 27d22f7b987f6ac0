using Microsoft.Playwright;

namespace Tongban.E2E;

/// <summary>Creating an organisation through the org page's form, and its refusal of a bad division code.</summary>
[Collection(AppCollection.Name)]
public sealed class OrgFormTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public Task Admin_creates_a_unit_below_the_ministry() => WithPageAsync(async page =>
    {
        await OpenAddChildAsync(page);
        var name = $"测试单位{Random.Shared.Next(1000, 9999)}";

        await Field(page, "child-namezh").FillAsync(name);
        await Field(page, "child-division").FillAsync("110000");
        await page.GetByTestId("child-create").ClickAsync();

        await WaitForAsync(async () => await App.CountOrgsNamedAsync(name) == 1, $"the organisation {name} to be created");
        await Assertions.Expect(page.GetByTestId("org-error")).ToHaveCountAsync(0);
    });

    // GB/T 2260: a division code is six digits.
    [Fact]
    public Task A_division_code_that_is_not_six_digits_shows_the_field_error_and_creates_nothing() => WithPageAsync(async page =>
    {
        await OpenAddChildAsync(page);
        const string name = "不应创建的单位";

        await Field(page, "child-namezh").FillAsync(name);
        await Field(page, "child-division").FillAsync("12ab");
        await page.GetByTestId("child-create").ClickAsync();

        await Assertions.Expect(page.Locator(".mud-input-error").GetByText("12ab")).ToBeVisibleAsync();
        Assert.Equal(0, await App.CountOrgsNamedAsync(name));
    });

    /// <summary>Picks the ministry through the page's search box, then opens the "add a unit below" tab.</summary>
    private static async Task OpenAddChildAsync(IPage page)
    {
        await page.GotoAsync("/orgs");
        var search = page.Locator(".tb-page-head input").First;
        await search.ClickAsync();
        await search.PressSequentiallyAsync("财政部");
        await Assertions.Expect(page.GetByText("中华人民共和国财政部 (110000)")).ToBeVisibleAsync();
        await search.PressAsync("ArrowDown");
        await search.PressAsync("Enter");
        await page.GetByRole(AriaRole.Tab, new() { Name = "新增下级单位" }).ClickAsync();
    }

    /// <summary>The input of a MudBlazor field, whether the test id sits on the input or its wrapper.</summary>
    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid='{testId}'], [data-testid='{testId}'] input").First;

    private static async Task WaitForAsync(Func<Task<bool>> condition, string what)
    {
        var until = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < until, $"Timed out waiting for {what}.");
            await Task.Delay(250);
        }
    }
}
