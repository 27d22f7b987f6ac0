using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Juvenile.Cases;
using Tongban.Juvenile.Tests.Support;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;
using static Tongban.Juvenile.Tests.Api.AccessApiTests;

namespace Tongban.Juvenile.Tests.Api;

/// <summary>
/// Issue 21: users with more than one grant. A permission opens only the orgs of the grants whose role carries it;
/// sealed records stay sealed everywhere (arts. 59-60); the audit log keeps no second copy of them.
/// </summary>
public sealed class SplitGrantTests
{
    private const string School = JuvenilePermissions.SchoolRole;
    private const string Police = JuvenilePermissions.PoliceRole;

    private static IEnumerable<Guid> Ids(JsonElement page) => page.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("id").GetGuid());

    private static async Task<string?> RuleAsync(HttpResponseMessage r)
    {
        Assert.Equal(HttpStatusCode.UnprocessableEntity, r.StatusCode);
        return (await r.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("rule").GetString();
    }

    private static HttpClient Split(ApiHost host, params (string Role, string Org, bool Subtree)[] grants)
    {
        var id = Guid.NewGuid();
        return host.As(CallerScope.ForUser(
            id,
            "split",
            grants.Select(g => new Grant { UserId = id, Role = g.Role, OrgId = host.Orgs[g.Org], CoversDescendants = g.Subtree }).ToList(),
            JuvenileWorld.Roles));
    }

    [Theory]
    [MemberData(nameof(Tongban.Testing.TestDatabase.Providers), MemberType = typeof(Tongban.Testing.TestDatabase))]
    public async Task A_read_role_here_and_a_police_role_elsewhere_record_measure_and_seal_nothing_here_scope_not_permitted(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var school = host.As(School, "school-a");
        var here = await OpenCaseAsync(school, "周子墨");
        await school.PostJsonAsync($"/api/juvenile/cases/{here}/behaviours", new { item = "38.4", occurredOn = "2025-06-01", description = "盗窃" });

        // Read (steering committee member: juvenile.view) at school-a, police role at police-b.
        var split = Split(host, (JuvenilePermissions.SteeringRole, "school-a", false), (Police, "police-b", false));
        Assert.Contains(here, Ids(await SearchAsync(split)));
        Assert.Equal(HttpStatusCode.OK, (await split.GetAsync($"/api/juvenile/cases/{here}")).StatusCode);

        Assert.Equal("scope.not-permitted", await RuleAsync(await split.PostJsonAsync($"/api/juvenile/cases/{here}/behaviours", new { item = "28.1", occurredOn = "2025-09-01", description = "x" })));
        Assert.Equal("scope.not-permitted", await RuleAsync(await split.PostJsonAsync($"/api/juvenile/cases/{here}/measures", new { code = "41.1", owner = "民警" })));
        Assert.Equal("scope.not-permitted", await RuleAsync(await split.PostJsonAsync($"/api/juvenile/cases/{here}/seal", new { basis = "AdministrativePunishment" })));
        Assert.Equal("scope.not-permitted", await RuleAsync(await split.PostJsonAsync($"/api/juvenile/cases/{here}/referrals", new { toOrgId = host.Orgs["police-b"], kind = "Referral", reason = "x" })));

        // Nothing was written: one behaviour, no measure, not sealed.
        var detail = await (await school.GetAsync($"/api/juvenile/cases/{here}")).JsonAsync();
        Assert.Equal(1, detail.GetProperty("behaviours").GetArrayLength());
        Assert.Equal(0, detail.GetProperty("measures").GetArrayLength());
    }

    [Theory]
    [MemberData(nameof(Tongban.Testing.TestDatabase.Providers), MemberType = typeof(Tongban.Testing.TestDatabase))]
    public async Task An_auditor_at_the_top_with_a_committee_role_lists_only_the_committees_cases_issue21_1(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var committee = await OpenCaseAsync(host.As(JuvenilePermissions.CommitteeWorkerRole, "residents"), "吴思远");
        var schoolCase = await OpenCaseAsync(host.As(School, "school-a"), "郑可欣");

        var split = Split(host, (KernelPermissions.AuditorRole, "county", true), (JuvenilePermissions.CommitteeWorkerRole, "residents", false));
        var page = await SearchAsync(split);
        Assert.Equal([committee], Ids(page));
        Assert.Equal(1, (await (await split.GetAsync("/api/juvenile/cases/count")).JsonAsync()).GetProperty("total").GetInt32());
        Assert.Equal(HttpStatusCode.NotFound, (await split.GetAsync($"/api/juvenile/cases/{schoolCase}")).StatusCode);
        Assert.DoesNotContain("郑可欣", await split.GetStringAsync("/api/juvenile/cases/export.csv"));
    }

    [Theory]
    [MemberData(nameof(Tongban.Testing.TestDatabase.Providers), MemberType = typeof(Tongban.Testing.TestDatabase))]
    public async Task Sealing_withdraws_the_pending_referral_so_the_receiver_neither_sees_nor_accepts_it_art59(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var police = host.As(Police, "police-a");
        var id = await OpenCaseAsync(police, "钱雨桐");
        var referral = await (await police.PostJsonAsync($"/api/juvenile/cases/{id}/referrals", new { toOrgId = host.Orgs["school-a"], kind = "Referral", reason = "第42条" })).JsonAsync();
        var school = host.As(School, "school-a");
        Assert.Contains(id, Ids(await SearchAsync(school)));

        Assert.Equal(HttpStatusCode.NoContent, (await police.PostJsonAsync($"/api/juvenile/cases/{id}/seal", new { basis = "AdministrativePunishment" })).StatusCode);

        Assert.DoesNotContain(id, Ids(await SearchAsync(school)));
        Assert.DoesNotContain("钱雨桐", await school.GetStringAsync("/api/juvenile/referrals/inbox"));
        var accept = await school.PostJsonAsync($"/api/juvenile/referrals/{referral.GetProperty("id").GetGuid()}/accept", new { });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, accept.StatusCode);
        await using var scope = host.System();
        var db = scope.ServiceProvider.GetRequiredService<JuvenileDb>();
        Assert.Equal(ReferralStatus.Withdrawn, (await db.Referrals.SingleAsync(r => r.CaseId == id)).Status);
        Assert.False(await db.RecordShares.AnyAsync(s => s.RecordId == id));
    }

    [Theory]
    [MemberData(nameof(Tongban.Testing.TestDatabase.Providers), MemberType = typeof(Tongban.Testing.TestDatabase))]
    public async Task State_provisions_are_a_basis_only_for_listed_units_inquiries_are_limited_and_every_one_is_audited_art59(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var police = host.As(Police, "police-a");
        var id = await OpenCaseAsync(police, "冯子轩", "2011-05-06");
        await police.PostJsonAsync($"/api/juvenile/cases/{id}/seal", new { basis = "NonProsecution" });
        var inquiry = new { fullName = "冯子轩", birthDate = "2011-05-06", basis = "StateProvisions", legalReference = "公务员录用体检通用标准", purpose = "录用前政审核查" };

        // Police hold the inquiry permission, but are not a unit listed under state provisions.
        Assert.Equal("juvenile.sealed.not-a-listed-unit", await RuleAsync(await host.As(Police, "police-b").PostJsonAsync("/api/juvenile/sealed/inquiries", inquiry)));

        // A listed unit may, for the exact person; misses are audited too, and the sixth inquiry in the hour is refused.
        var unitUser = Guid.NewGuid();
        var unit = host.As(JuvenileWorld.Caller(JuvenilePermissions.ProvisionUnitRole, host.Orgs["education"], unitUser));
        for (var day = 1; day <= 4; day++)
        {
            Assert.Empty((await (await unit.PostJsonAsync("/api/juvenile/sealed/inquiries", inquiry with { birthDate = $"2011-05-{day:00}" })).JsonAsync()).EnumerateArray());
        }

        Assert.Single((await (await unit.PostJsonAsync("/api/juvenile/sealed/inquiries", inquiry)).JsonAsync()).EnumerateArray());
        Assert.Equal("juvenile.sealed.inquiry-rate", await RuleAsync(await unit.PostJsonAsync("/api/juvenile/sealed/inquiries", inquiry with { birthDate = "2011-05-07" })));

        await using (var scope = host.System())
        {
            var db = scope.ServiceProvider.GetRequiredService<JuvenileDb>();
            var inquiries = await db.AuditEntries.Where(a => a.Action == Access.SealedRecords.InquiryAction && a.ActorId == unitUser).ToListAsync();
            Assert.Equal(5, inquiries.Count);
            Assert.Equal(4, inquiries.Count(a => a.Diff.Contains("\"found\":0", StringComparison.Ordinal)));
            Assert.All(inquiries, a => Assert.DoesNotContain("冯子轩", a.SubjectId + a.Diff, StringComparison.Ordinal));
        }

        // The owner's oversight (police-a's county) sees the outside reader under the owner's org.
        var accesses = await (await host.AsSubtree(JuvenilePermissions.OversightRole, "police-a").GetAsync("/api/juvenile/sealed/accesses")).JsonAsync();
        var access = Assert.Single(accesses.EnumerateArray());
        Assert.Equal(host.Orgs["education"], access.GetProperty("inquirerOrgId").GetGuid());
    }

    [Theory]
    [MemberData(nameof(Tongban.Testing.TestDatabase.Providers), MemberType = typeof(Tongban.Testing.TestDatabase))]
    public async Task Audit_diffs_of_a_case_keep_field_names_and_hashes_and_a_behaviour_entry_carries_the_cases_org_issue21_5(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var police = host.As(Police, "police-a");
        var id = await OpenCaseAsync(police, "褚浩宇", "2012-07-08");
        await police.PostJsonAsync($"/api/juvenile/cases/{id}/behaviours", new { item = "28.1", occurredOn = "2025-09-01", description = "夜不归宿" });
        await police.PostJsonAsync($"/api/juvenile/cases/{id}/seal", new { basis = "AdministrativePunishment" });

        await using var scope = host.System();
        var db = scope.ServiceProvider.GetRequiredService<JuvenileDb>();
        var entries = await db.AuditEntries.Where(a => a.SubjectType == nameof(JuvenileCase) || a.SubjectType == nameof(BehaviourRecord)).ToListAsync();
        var all = string.Join("\n", entries.Select(e => e.Diff));
        Assert.Contains("\"FullName\"", all, StringComparison.Ordinal);
        foreach (var value in new[] { "褚浩宇", "2012-07-08", "夜不归宿", "AdministrativePunishment", "父 王建国" })
        {
            Assert.DoesNotContain(value, all, StringComparison.Ordinal);
        }

        var behaviour = Assert.Single(entries, e => e.SubjectType == nameof(BehaviourRecord));
        Assert.Equal(host.Orgs["police-a"], behaviour.OrgId);
    }

    [Theory]
    [MemberData(nameof(Tongban.Testing.TestDatabase.Providers), MemberType = typeof(Tongban.Testing.TestDatabase))]
    public async Task Reading_a_case_its_list_and_its_export_writes_one_entry_each_issue21_6(string provider)
    {
        await using var host = await ApiHost.StartAsync(provider);
        var userId = Guid.NewGuid();
        var school = host.As(JuvenileWorld.Caller(School, host.Orgs["school-a"], userId));
        var id = await OpenCaseAsync(school, "卫晓彤");
        await school.GetAsync($"/api/juvenile/cases/{id}");
        await SearchAsync(school, "?name=晓彤");
        await school.GetStringAsync("/api/juvenile/cases/export.csv");

        await using var scope = host.System();
        var db = scope.ServiceProvider.GetRequiredService<JuvenileDb>();
        var reads = await db.AuditEntries.Where(a => a.ActorId == userId && (a.Action == "read" || a.Action == "read-list")).ToListAsync();
        Assert.Single(reads, a => a.Action == "read" && a.SubjectId == id.ToString() && a.OrgId == host.Orgs["school-a"]);
        var list = Assert.Single(reads, a => a.SubjectType == nameof(JuvenileCase) && a.Action == "read-list");
        Assert.Contains("\"rows\":1", list.Diff, StringComparison.Ordinal);
        Assert.DoesNotContain("晓彤", list.Diff, StringComparison.Ordinal);
        Assert.Single(reads, a => a.SubjectType == nameof(JuvenileCase) + ".export");
    }
}
