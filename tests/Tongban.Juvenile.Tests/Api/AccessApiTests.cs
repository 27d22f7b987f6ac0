using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Juvenile.Tests.Support;
using Tongban.Kernel.Data;

namespace Tongban.Juvenile.Tests.Api;

/// <summary>Arts. 3 and 59: who sees which case, proven through /api/juvenile on both providers.</summary>
public sealed class AccessApiTests
{
    private const string School = JuvenilePermissions.SchoolRole;
    private const string Police = JuvenilePermissions.PoliceRole;

    internal static async Task<Guid> OpenCaseAsync(HttpClient client, string name, string birth = "2012-03-04")
    {
        var created = await (await client.PostJsonAsync("/api/juvenile/cases", new { fullName = name, gender = "男", birthDate = birth, guardians = "父 王建国" })).JsonAsync();
        return created.GetProperty("id").GetGuid();
    }

    internal static async Task<JsonElement> SearchAsync(HttpClient client, string query = "") =>
        await (await client.GetAsync("/api/juvenile/cases" + query)).JsonAsync();

    private static IEnumerable<Guid> Ids(JsonElement page) => page.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("id").GetGuid());

    [Theory]
    [MemberData(nameof(Tongban.Testing.TestDatabase.Providers), MemberType = typeof(Tongban.Testing.TestDatabase))]
    public async Task Each_organisation_sees_only_its_own_cases(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var schoolA = host.As(School, "school-a");
        var schoolB = host.As(School, "school-b");
        var mine = await OpenCaseAsync(schoolA, "王子涵");
        var theirs = await OpenCaseAsync(schoolB, "李浩然");

        var page = await SearchAsync(schoolA);
        Assert.Equal([mine], Ids(page));
        Assert.Equal(1, page.GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.OK, (await schoolA.GetAsync($"/api/juvenile/cases/{mine}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await schoolA.GetAsync($"/api/juvenile/cases/{theirs}")).StatusCode);
        Assert.Equal(1, (await (await schoolA.GetAsync("/api/juvenile/cases/count")).JsonAsync()).GetProperty("total").GetInt32());
        var csv = await schoolA.GetStringAsync("/api/juvenile/cases/export.csv");
        Assert.Contains("王子涵", csv);
        Assert.DoesNotContain("李浩然", csv);

        // Writing to another organisation's case is refused as not found, and nothing is written.
        var refused = await schoolA.PostJsonAsync($"/api/juvenile/cases/{theirs}/behaviours", new { item = "28.1", occurredOn = "2025-09-01", description = "x" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal("juvenile.case.not-found", (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());

        // Without credentials: 401; without the permission: 403.
        Assert.Equal(HttpStatusCode.Unauthorized, (await host.Anonymous().GetAsync("/api/juvenile/cases")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await host.As(JuvenilePermissions.OversightRole, "procuratorate").GetAsync("/api/juvenile/cases")).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Tongban.Testing.TestDatabase.Providers), MemberType = typeof(Tongban.Testing.TestDatabase))]
    public async Task A_referral_opens_the_case_to_the_receiver_until_declined(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var police = host.As(Police, "police-a");
        var school = host.As(School, "school-a");
        var caseId = await OpenCaseAsync(police, "张梓萱");
        Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync($"/api/juvenile/cases/{caseId}")).StatusCode);

        var referral = await (await police.PostJsonAsync($"/api/juvenile/cases/{caseId}/referrals", new { toOrgId = host.Orgs["school-a"], kind = "Referral", reason = "第42条：邀请学校参与矫治教育" })).JsonAsync();
        var inbox = await (await school.GetAsync("/api/juvenile/referrals/inbox")).JsonAsync();
        Assert.Single(inbox.EnumerateArray());
        Assert.Equal(HttpStatusCode.OK, (await school.GetAsync($"/api/juvenile/cases/{caseId}")).StatusCode);
        Assert.Contains(caseId, Ids(await SearchAsync(school)));

        // Another school still sees nothing.
        Assert.Equal(HttpStatusCode.NotFound, (await host.As(School, "school-b").GetAsync($"/api/juvenile/cases/{caseId}")).StatusCode);

        var declined = await school.PostJsonAsync($"/api/juvenile/referrals/{referral.GetProperty("id").GetGuid()}/decline", new { text = "不是本校学生" });
        Assert.Equal(HttpStatusCode.OK, declined.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await school.GetAsync($"/api/juvenile/cases/{caseId}")).StatusCode);
        Assert.Empty(Ids(await SearchAsync(school)));

        // Referred again and accepted: the school works on the case while the police keep owning it.
        var again = await (await police.PostJsonAsync($"/api/juvenile/cases/{caseId}/referrals", new { toOrgId = host.Orgs["school-a"], kind = "Referral", reason = "第42条" })).JsonAsync();
        Assert.Equal(HttpStatusCode.OK, (await school.PostAsync($"/api/juvenile/referrals/{again.GetProperty("id").GetGuid()}/accept", null)).StatusCode);
        var behaviour = await school.PostJsonAsync($"/api/juvenile/cases/{caseId}/behaviours", new { item = "28.2", occurredOn = "2025-09-20", description = "多次旷课" });
        Assert.Equal(HttpStatusCode.Created, behaviour.StatusCode);
        var detail = await (await police.GetAsync($"/api/juvenile/cases/{caseId}")).JsonAsync();
        Assert.Equal(host.Orgs["police-a"], detail.GetProperty("case").GetProperty("orgId").GetGuid());
        Assert.Single(detail.GetProperty("behaviours").EnumerateArray());
    }

    [Theory]
    [MemberData(nameof(Tongban.Testing.TestDatabase.Providers), MemberType = typeof(Tongban.Testing.TestDatabase))]
    public async Task A_transfer_moves_ownership_when_accepted_and_the_sender_loses_access(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var schoolA = host.As(School, "school-a");
        var schoolB = host.As(School, "school-b");
        var caseId = await OpenCaseAsync(schoolA, "刘宇轩");
        var transfer = await (await schoolA.PostJsonAsync($"/api/juvenile/cases/{caseId}/referrals", new { toOrgId = host.Orgs["school-b"], kind = "Transfer", reason = "转学至翠苑中学" })).JsonAsync();

        var accepted = await schoolB.PostAsync($"/api/juvenile/referrals/{transfer.GetProperty("id").GetGuid()}/accept", null);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var detail = await (await schoolB.GetAsync($"/api/juvenile/cases/{caseId}")).JsonAsync();
        Assert.Equal(host.Orgs["school-b"], detail.GetProperty("case").GetProperty("orgId").GetGuid());
        Assert.Equal(HttpStatusCode.NotFound, (await schoolA.GetAsync($"/api/juvenile/cases/{caseId}")).StatusCode);

        // Only the owner transfers: a school that merely had it referred may not.
        var police = host.As(Police, "police-a");
        var other = await OpenCaseAsync(police, "陈欣怡");
        await police.PostJsonAsync($"/api/juvenile/cases/{other}/referrals", new { toOrgId = host.Orgs["school-a"], kind = "Referral", reason = "第42条" });
        var refused = await schoolA.PostJsonAsync($"/api/juvenile/cases/{other}/referrals", new { toOrgId = host.Orgs["school-b"], kind = "Transfer", reason = "转走" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
    }

    [Theory]
    [MemberData(nameof(Tongban.Testing.TestDatabase.Providers), MemberType = typeof(Tongban.Testing.TestDatabase))]
    public async Task A_supervisor_reassigns_a_departing_caseworkers_open_cases_in_bulk(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var leaving = Guid.NewGuid();
        var staying = Guid.NewGuid();
        var worker = host.As(School, "school-a", leaving);
        var colleague = host.As(School, "school-a", staying);
        var moved = new[] { await OpenCaseAsync(worker, "杨俊杰"), await OpenCaseAsync(worker, "赵雨桐"), await OpenCaseAsync(worker, "黄思远") };
        var kept = await OpenCaseAsync(colleague, "周一诺");
        var elsewhere = await OpenCaseAsync(host.As(School, "school-b", leaving), "吴嘉怡");

        var supervisor = host.As(JuvenilePermissions.SupervisorRole, "school-a");
        var result = await (await supervisor.PostJsonAsync("/api/juvenile/reassign", new { fromCaseworkerId = leaving, toCaseworkerId = staying, toName = "新班主任" })).JsonAsync();
        Assert.Equal(3, result.GetProperty("reassigned").GetInt32());

        var mine = Ids(await SearchAsync(colleague, $"?caseworkerId={staying}")).ToHashSet();
        Assert.Superset(moved.Append(kept).ToHashSet(), mine);
        Assert.Equal(4, mine.Count);
        await using var scope = host.System();
        var db = scope.ServiceProvider.GetRequiredService<JuvenileDb>();
        Assert.Equal(leaving, (await db.Cases.SingleAsync(c => c.Id == elsewhere)).CaseworkerId);

        // A supervisor elsewhere moves nothing here; a school caseworker may not reassign at all.
        Assert.Equal(HttpStatusCode.Forbidden, (await worker.PostJsonAsync("/api/juvenile/reassign", new { fromCaseworkerId = staying, toCaseworkerId = leaving, toName = "x" })).StatusCode);
    }

    [Theory]
    [MemberData(nameof(Tongban.Testing.TestDatabase.Providers), MemberType = typeof(Tongban.Testing.TestDatabase))]
    public async Task A_sealed_case_is_absent_from_lists_search_counts_exports_reads_and_statistics_for_everyone(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var police = host.As(Police, "police-a");
        var open = await OpenCaseAsync(police, "马明哲");
        var sealedCase = await OpenCaseAsync(police, "马若曦");
        await police.PostJsonAsync($"/api/juvenile/cases/{sealedCase}/behaviours", new { item = "38.4", occurredOn = "2025-06-01", description = "盗窃" });
        await police.PostJsonAsync($"/api/juvenile/cases/{sealedCase}/referrals", new { toOrgId = host.Orgs["school-a"], kind = "Referral", reason = "第42条" });
        var education = host.AsSubtree(JuvenilePermissions.OversightRole, "county");
        // A published (closed) year's table does not change when a case is sealed later: no difference gives it away.
        await police.PostJsonAsync($"/api/juvenile/cases/{sealedCase}/behaviours", new { item = "28.6", occurredOn = "2024-11-01", description = "出入不适宜场所" });
        var lastYearBefore = (await (await education.GetAsync("/api/juvenile/statistics?year=2024")).JsonAsync()).GetRawText();

        Assert.Equal(HttpStatusCode.NoContent, (await police.PostJsonAsync($"/api/juvenile/cases/{sealedCase}/seal", new { basis = "AdministrativePunishment" })).StatusCode);

        foreach (var client in new[] { police, host.As(School, "school-a") })
        {
            Assert.DoesNotContain(sealedCase, Ids(await SearchAsync(client)));
            Assert.Empty(Ids(await SearchAsync(client, "?name=若曦")));
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/api/juvenile/cases/{sealedCase}")).StatusCode);
            Assert.DoesNotContain("马若曦", await client.GetStringAsync("/api/juvenile/cases/export.csv"));
        }

        Assert.Equal([open], Ids(await SearchAsync(police, "?name=马")));
        Assert.Equal(1, (await (await police.GetAsync("/api/juvenile/cases/count")).JsonAsync()).GetProperty("total").GetInt32());
        var refused = await police.PostJsonAsync($"/api/juvenile/cases/{sealedCase}/measures", new { code = "41.1", owner = "民警" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);

        // Statistics (issue 21 (4)): the closed year's table is the same before and after the sealing; once 2025 closes,
        // the case sealed during it is not counted at all.
        Assert.Equal(lastYearBefore, (await (await education.GetAsync("/api/juvenile/statistics?year=2024")).JsonAsync()).GetRawText());
        Assert.Equal("juvenile.statistics.closed-year-required", (await (await education.GetAsync("/api/juvenile/statistics?year=2025")).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
        host.Db.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 5, 2, 0, 0, TimeSpan.Zero));
        var statsAfter = await (await education.GetAsync("/api/juvenile/statistics?year=2025")).JsonAsync();
        Assert.DoesNotContain(statsAfter.GetProperty("behaviours").EnumerateArray(), c => c.GetProperty("item").GetString() == "38.4");
    }

    [Theory]
    [MemberData(nameof(Tongban.Testing.TestDatabase.Providers), MemberType = typeof(Tongban.Testing.TestDatabase))]
    public async Task Opening_a_sealed_record_needs_a_lawful_role_purpose_and_basis_and_every_read_is_audited_and_listed(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var police = host.As(Police, "police-a");
        var sealedCase = await OpenCaseAsync(police, "孙晨阳", "2011-02-03");
        await police.PostJsonAsync($"/api/juvenile/cases/{sealedCase}/seal", new { basis = "NonProsecution" });
        var inquiry = new { fullName = "孙晨阳", birthDate = "2011-02-03", basis = "JudicialCaseHandling", legalReference = "(2026)浙0106刑初88号", purpose = "审查被告人前科情况" };

        // A school has no inquiry role at all.
        Assert.Equal(HttpStatusCode.Forbidden, (await host.As(School, "school-a").PostJsonAsync("/api/juvenile/sealed/inquiries", inquiry)).StatusCode);

        // A judicial officer without a legal reference, or without a purpose, is refused.
        var court = host.As(JuvenilePermissions.JudicialRole, "court");
        var noBasis = await court.PostJsonAsync("/api/juvenile/sealed/inquiries", inquiry with { legalReference = "" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, noBasis.StatusCode);
        Assert.Equal("legalReference", (await noBasis.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("field").GetString());
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await court.PostJsonAsync("/api/juvenile/sealed/inquiries", inquiry with { purpose = "" })).StatusCode);

        // A judicial organ handling a case, with purpose and basis, gets the record.
        var found = await (await court.PostJsonAsync("/api/juvenile/sealed/inquiries", inquiry)).JsonAsync();
        Assert.Equal(sealedCase, Assert.Single(found.EnumerateArray()).GetProperty("case").GetProperty("id").GetGuid());

        // A name fragment finds nothing: inquiries name the person exactly.
        var fragment = await (await court.PostJsonAsync("/api/juvenile/sealed/inquiries", inquiry with { fullName = "孙" })).JsonAsync();
        Assert.Empty(fragment.EnumerateArray());

        // The read is in the audit chain with its purpose, and on the oversight list.
        await using (var scope = host.System())
        {
            var db = scope.ServiceProvider.GetRequiredService<JuvenileDb>();
            var read = await db.AuditEntries.SingleAsync(a => a.Action == "read" && a.SubjectId == sealedCase.ToString());
            Assert.Contains("审查被告人前科情况", read.Purpose);
            Assert.Contains("(2026)浙0106刑初88号", read.Purpose);
        }

        // Listed under the inquirer's org (the court) and the owner's (police-a): the county's oversight sees both.
        var oversight = host.AsSubtree(JuvenilePermissions.OversightRole, "county");
        var accesses = (await (await oversight.GetAsync("/api/juvenile/sealed/accesses")).JsonAsync()).EnumerateArray().ToList();
        Assert.Equal(2, accesses.Count);
        Assert.All(accesses, a => Assert.Equal("审查被告人前科情况", a.GetProperty("purpose").GetString()));
        Assert.Equal(new[] { host.Orgs["court"], host.Orgs["police-a"] }.Order(), accesses.Select(a => a.GetProperty("orgId").GetGuid()).Order());
        Assert.Equal(HttpStatusCode.Forbidden, (await police.GetAsync("/api/juvenile/sealed/accesses")).StatusCode);

        // Units under state provisions may inquire on that basis only: a school-kind org acting as a judicial organ is refused.
        var stateUnit = host.As(JuvenilePermissions.JudicialRole, "education");
        var wrongBasis = await stateUnit.PostJsonAsync("/api/juvenile/sealed/inquiries", inquiry);
        Assert.Equal("juvenile.sealed.not-a-judicial-organ", (await wrongBasis.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString());
    }

    [Theory]
    [MemberData(nameof(Tongban.Testing.TestDatabase.Providers), MemberType = typeof(Tongban.Testing.TestDatabase))]
    public async Task Statistics_count_a_closed_year_by_district_age_band_and_item_and_suppress_cells_under_five_with_a_complement_art3(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var school = host.As(School, "school-a");
        for (var i = 0; i < 6; i++)
        {
            var id = await OpenCaseAsync(school, $"学生{i}", "2012-03-04");
            await school.PostJsonAsync($"/api/juvenile/cases/{id}/behaviours", new { item = "28.2", occurredOn = "2025-09-01", description = "旷课" });
            if (i < 5)
            {
                await school.PostJsonAsync($"/api/juvenile/cases/{id}/behaviours", new { item = "28.1", occurredOn = "2025-09-03", description = "夜不归宿" });
            }

            if (i < 2)
            {
                await school.PostJsonAsync($"/api/juvenile/cases/{id}/behaviours", new { item = "28.4", occurredOn = "2025-09-02", description = "沉迷网络" });
            }
        }

        // Published for closed years only: at the start of 2026, the table of 2025.
        host.Db.Clock.SetUtcNow(new DateTimeOffset(2026, 1, 5, 2, 0, 0, TimeSpan.Zero));
        var stats = await (await host.AsSubtree(JuvenilePermissions.OversightRole, "county").GetAsync("/api/juvenile/statistics")).JsonAsync();
        var cells = stats.GetProperty("behaviours").EnumerateArray().ToList();
        var truancy = cells.Single(c => c.GetProperty("item").GetString() == "28.2");
        Assert.Equal(6, truancy.GetProperty("count").GetInt32());
        Assert.Equal("12-13", truancy.GetProperty("ageBand").GetString());
        Assert.Equal("330106", truancy.GetProperty("district").GetString());
        var internet = cells.Single(c => c.GetProperty("item").GetString() == "28.4");
        Assert.Equal(JsonValueKind.Null, internet.GetProperty("count").ValueKind);

        // Complementary suppression: the lone suppressed cell of the row takes the row's smallest published cell (28.1: 5) with it.
        var staying = cells.Single(c => c.GetProperty("item").GetString() == "28.1");
        Assert.Equal(JsonValueKind.Null, staying.GetProperty("count").ValueKind);
        Assert.Equal(2, stats.GetProperty("suppressedCells").GetInt32());
        Assert.Equal(2025, stats.GetProperty("year").GetInt32());
        Assert.DoesNotContain("学生", stats.GetRawText());
    }
}
