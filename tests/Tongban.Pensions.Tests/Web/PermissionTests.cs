using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Tongban.Pensions.Tests.Web;

/// <summary>Who may do what on /api/pensions, asked over HTTP of the real host.</summary>
public sealed class PermissionTests(PensionsApiHost host) : IClassFixture<PensionsApiHost>
{
    /// <summary>Every endpoint and the permission it needs; the progress lookup alone is open (ID number plus voucher code).</summary>
    public static readonly Dictionary<string, string?> Policies = new()
    {
        ["GET /api/pensions/rates"] = PensionsPermissions.View,
        ["PUT /api/pensions/rates/{year:int}"] = PensionsPermissions.EditRates,
        ["GET /api/pensions/persons"] = PensionsPermissions.View,
        ["POST /api/pensions/persons"] = PensionsPermissions.KeepAccounts,
        ["POST /api/pensions/persons/{id:guid}/contributions"] = PensionsPermissions.KeepAccounts,
        ["GET /api/pensions/persons/{id:guid}/amounts"] = PensionsPermissions.View,
        ["GET /api/pensions/persons/{id:guid}/estimate"] = PensionsPermissions.View,
        ["POST /api/pensions/transfers"] = PensionsPermissions.Transfer,
        ["POST /api/pensions/transfers/{id:guid}/steps"] = PensionsPermissions.Transfer,
        ["GET /api/pensions/transfers/{id:guid}"] = PensionsPermissions.View,
        ["GET /api/pensions/transfers/{id:guid}/forms/{annex:int}"] = PensionsPermissions.View,
        ["GET /api/pensions/transfers/{id:guid}/forms/{annex:int}/pdf"] = PensionsPermissions.View,
        ["GET /api/pensions/statistics"] = PensionsPermissions.View,
        ["GET /api/pensions/due/{orgId:guid}"] = PensionsPermissions.View,
        ["POST /api/pensions/progress"] = null,
    };

    [Fact]
    public void Every_pensions_endpoint_names_the_permission_it_needs()
    {
        var found = new Dictionary<string, string?>();
        foreach (var endpoint in host.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            var pattern = "/" + endpoint.RoutePattern.RawText!.TrimStart('/');
            if (!pattern.StartsWith("/api/pensions", StringComparison.Ordinal))
            {
                continue;
            }

            var method = endpoint.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single();
            var anonymous = endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null;
            found[$"{method} {pattern}"] = anonymous ? null : endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>().Select(a => a.Policy).LastOrDefault(p => p is not null);
        }

        Assert.Equal(Policies.OrderBy(p => p.Key), found.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task Without_credentials_only_the_progress_lookup_answers()
    {
        using var client = host.Client();

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/pensions/rates")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.PostAsJsonAsync("/api/pensions/transfers", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsJsonAsync("/api/pensions/progress", new { idNumber = "330102198506150026", code = "ABCDEFGHJK" })).StatusCode);
    }

    [Fact]
    public async Task A_role_without_pensions_permissions_is_forbidden_everywhere()
    {
        using var auditor = host.Client("audit");

        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/api/pensions/rates")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/api/pensions/persons")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.GetAsync("/api/pensions/statistics")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await auditor.PutAsJsonAsync("/api/pensions/rates/2026", new { rate = 1.0m, source = "x" })).StatusCode);
    }

    [Fact]
    public async Task Only_the_rates_keeper_edits_rates_and_a_missing_year_stays_an_error_naming_it()
    {
        using var agency = host.Client("agy");
        using var keeper = host.Client("rates");

        var refused = await agency.PutAsJsonAsync("/api/pensions/rates/2015", new { rate = 3.5m, source = "浙江省 2015 年记账利率通知" });
        var noSource = await keeper.PutAsJsonAsync("/api/pensions/rates/2015", new { rate = 3.5m, source = " " });
        var rates = await agency.GetFromJsonAsync<JsonElement>("/api/pensions/rates");

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noSource.StatusCode);
        Assert.Equal("pensions.rate-source", (await noSource.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        Assert.DoesNotContain(rates.EnumerateArray(), r => r.GetProperty("year").GetInt32() == 2015);
        Assert.Equal(HttpStatusCode.Forbidden, (await keeper.PostAsJsonAsync("/api/pensions/transfers", new { })).StatusCode);
    }

    [Fact]
    public async Task Each_office_does_its_own_part_of_a_transfer_and_a_third_office_sees_nothing_art8()
    {
        using var military = host.Client("mil");
        using var agency = host.Client("agy");
        using var other = host.Client("other");
        var idNumber = Data.PensionsWorld.IdNumber(41);

        var byAgency = await agency.PostAsJsonAsync("/api/pensions/persons", new { militaryFinanceOrgId = host.Military, idNumber, name = "王秀英", householdDivisionCode = "330102", militaryStart = "2019-07" });
        var created = await military.PostAsJsonAsync("/api/pensions/persons", new { militaryFinanceOrgId = host.Military, idNumber, name = "王秀英", householdDivisionCode = "330102", militaryStart = "2019-07" });
        var personId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var months = Enumerable.Range(1, 12).Select(m => new { month = $"2020-{m:D2}", @base = "3000", individual = "240", credited = "240" }).ToList();
        var booked = await military.PostAsJsonAsync($"/api/pensions/persons/{personId}/contributions", months);
        var voucher = await military.PostAsJsonAsync("/api/pensions/transfers", new { personId, @case = "Employment", agencyOrgId = host.Agency, on = "2025-08-01" });
        var transfer = await voucher.Content.ReadFromJsonAsync<JsonElement>();
        var transferId = transfer.GetProperty("id").GetGuid();

        var wrongOffice = await military.PostAsJsonAsync($"/api/pensions/transfers/{transferId}/steps", new { step = "ApplicationAccepted", actingOrgId = host.Military, on = "2025-08-04" });
        var accepted = await agency.PostAsJsonAsync($"/api/pensions/transfers/{transferId}/steps", new { step = "ApplicationAccepted", actingOrgId = host.Agency, on = "2025-08-04" });
        var voucherPdf = await agency.GetAsync($"/api/pensions/transfers/{transferId}/forms/1/pdf");
        var hidden = await other.GetAsync($"/api/pensions/transfers/{transferId}");
        var progress = await (await host.Client().PostAsJsonAsync("/api/pensions/progress", new { idNumber, code = transfer.GetProperty("voucherCode").GetString() })).Content.ReadFromJsonAsync<JsonElement>();

        Assert.Equal(HttpStatusCode.Forbidden, byAgency.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, booked.StatusCode);
        Assert.Equal(HttpStatusCode.Created, voucher.StatusCode);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrongOffice.StatusCode);
        Assert.Equal("pensions.step-wrong-office", (await wrongOffice.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, voucherPdf.StatusCode);
        Assert.Equal("application/pdf", voucherPdf.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"annex-1-{idNumber}.pdf", voucherPdf.Content.Headers.ContentDisposition?.FileNameStar ?? voucherPdf.Content.Headers.ContentDisposition?.FileName);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, hidden.StatusCode);
        Assert.Equal("ApplicationAccepted", progress.GetProperty("step").GetString());
        // The public view names no clerk and shows no internal note.
        Assert.Equal(2, progress.GetProperty("history").GetArrayLength());
        Assert.False(progress.TryGetProperty("transferId", out _), "the anonymous answer carries no internal transfer id (issue 22 (9))");
        Assert.All(progress.GetProperty("history").EnumerateArray(), e => Assert.False(e.TryGetProperty("actor", out _) || e.TryGetProperty("note", out _)));
    }
}
