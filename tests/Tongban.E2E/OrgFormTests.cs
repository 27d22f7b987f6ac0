using Microsoft.Playwright;

namespace Tongban.E2E;

/// <summary>Creating an organisation through the org page's form, and its refusal of a bad division code.</summary>
[Collection(AppCollection.Name)]
public sealed class OrgFormTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public Task Admin_creates_a_unit_below_the_ministry_and_sees_it_in_the_tree() => WithPageAsync(async page =>
    {
        await OpenAddChildAsync(page);
        var name = $"测试单位{Random.Shared.Next(1000, 9999)}";

        await Field(page, "child-namezh").FillAsync(name);
        await Field(page, "child-division").FillAsync("110000");
        await page.GetByTestId("child-create").ClickAsync();

        await Assertions.Expect(page.GetByTestId("org-tree").GetByText(name)).ToBeVisibleAsync();
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
        await Assertions.Expect(page.GetByTestId("org-tree").GetByText(name)).ToHaveCountAsync(0);
    });

    private static async Task OpenAddChildAsync(IPage page)
    {
        await page.GotoAsync("/orgs");
        await page.GetByTestId("org-tree").GetByText("中华人民共和国财政部").First.ClickAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "新增下级单位" }).ClickAsync();
    }

    /// <summary>The input of a MudBlazor field, whether the test id sits on the input or its wrapper.</summary>
    private static ILocator Field(IPage page, string testId) =>
        page.Locator($"input[data-testid='{testId}'], [data-testid='{testId}'] input").First;
}
