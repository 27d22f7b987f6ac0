using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Tongban.Demo;
using Tongban.Juvenile.Cases;

namespace Tongban.E2E;

/// <summary>
/// The juvenile case list as the people who use it: a school, a police station, the education
/// department, a residents' committee, the procuratorate each see their own organisation's cases
/// and those referred to them (arts. 3, 59), never the whole district's.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class JuvenileRolesTests(AppFixture app) : BrowserTest(app)
{
    public static TheoryData<string> Caseworkers => ["juv.school", "juv.police", "juv.education", "juv.community", "juv.procurator"];

    [Theory]
    [MemberData(nameof(Caseworkers))]
    public async Task A_caseworker_sees_only_the_cases_their_grants_cover(string user)
    {
        var own = await App.AsDemoUserAsync(user, s => s.GetRequiredService<CaseService>().SearchAsync(new CaseSearch()));
        var everyone = await App.AsDemoUserAsync(DemoWorld.AdminUser, s => s.GetRequiredService<CaseService>().SearchAsync(new CaseSearch()));

        await WithPageAsync(
            async page =>
            {
                await page.GotoAsync("/juvenile");

                await Assertions.Expect(page.GetByText($"共 {own.Total} 条")).ToBeVisibleAsync();
                foreach (var row in own.Rows.Take(3))
                {
                    await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = row.Reference, Exact = true })).ToBeVisibleAsync();
                }

                foreach (var other in everyone.Rows.Where(r => own.Rows.All(o => o.Id != r.Id)).Take(3))
                {
                    await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = other.Reference, Exact = true })).Not.ToBeVisibleAsync();
                }

                await Assertions.Expect(page.Locator("#blazor-error-ui")).Not.ToBeVisibleAsync();
            },
            user);
        Assert.True(own.Total < everyone.Total, $"{user} sees {own.Total} of {everyone.Total} cases");
    }
}
