using Microsoft.Playwright;

namespace Tongban.E2E;

[Collection(AppCollection.Name)]
public sealed class SignInTests(AppFixture app) : BrowserTest(app)
{
    [Fact]
    public Task Admin_signs_in_and_sees_the_dashboard_with_overdue_matters() => WithFormSignInAsync(async page =>
    {
        await Assertions.Expect(page).ToHaveURLAsync(App.BaseUrl + "/");
        await Assertions.Expect(page.GetByText("校舍维修经费申请").First).ToBeVisibleAsync();
    });

    [Fact]
    public async Task A_wrong_password_shows_the_sign_in_error()
    {
        var context = await App.Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseUrl, Locale = "zh-CN" });
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByTestId("username").FillAsync("admin");
        await page.GetByTestId("password").FillAsync("Wrong-Password-1");
        await page.GetByTestId("login-submit").ClickAsync();

        await Assertions.Expect(page.GetByTestId("login-error")).ToBeVisibleAsync();
        await context.CloseAsync();
    }
}
