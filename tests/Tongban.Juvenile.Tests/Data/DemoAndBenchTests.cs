using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Juvenile.Bench;
using Tongban.Juvenile.Cases;
using Tongban.Juvenile.Demo;
using Tongban.Juvenile.Tests.Support;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Juvenile.Tests.Data;

public sealed class DemoAndBenchTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_county_has_a_few_hundred_cases_across_every_stage_some_sealed(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, JuvenileWorld.AddModule, typeof(JuvenileDb));
        var keys = new Dictionary<string, Guid>(StringComparer.Ordinal);
        await using (var scope = db.Open(CallerScope.System("demo")))
        {
            var tree = scope.ServiceProvider.GetRequiredService<OrgTree>();
            var county = await tree.CreateAsync(new NewOrg(null, OrgLevel.County, OrgKind.AdministrativeUnit, "西湖区人民政府", "Xihu District Government", "330106"));
            keys["county"] = county.Id;
            foreach (var (key, kind) in new[]
            {
                ("county-school", OrgKind.School), ("county-education", OrgKind.EducationDepartment), ("county-special-education", OrgKind.SpecialEducationSteeringCommittee),
                ("county-special-school", OrgKind.SpecialSchool), ("county-public-security", OrgKind.PublicSecurityOrgan), ("county-residents", OrgKind.ResidentsCommittee),
                ("county-procuratorate", OrgKind.Procuratorate), ("county-social-work", OrgKind.SocialWorkAgency),
            })
            {
                keys[key] = (await tree.CreateAsync(new NewOrg(county.Id, kind == OrgKind.ResidentsCommittee ? OrgLevel.Township : OrgLevel.County, kind, key, key, "330106"))).Id;
            }

            await new JuvenileModule().SeedDemoAsync(scope.ServiceProvider, new DemoContext(1, keys), CancellationToken.None);
        }

        await using var check = db.Open(CallerScope.System("check"));
        var jdb = check.ServiceProvider.GetRequiredService<JuvenileDb>();
        var cases = await jdb.Cases.ToListAsync();
        Assert.InRange(cases.Count, 250, JuvenileDemo.CaseCount);
        Assert.All(Enum.GetValues<CaseStage>(), s => Assert.Contains(cases, c => c.Stage == s));
        Assert.InRange(cases.Count(c => c.Sealed), 5, 60);
        Assert.True(await jdb.Referrals.CountAsync() >= 4);
        Assert.Contains(await jdb.Placements.Select(p => p.State).ToListAsync(), s => s == "return-recommended");

        // The demo school account sees its own cases and those referred to it, none sealed.
        var kernel = check.ServiceProvider.GetRequiredService<Tongban.Kernel.Data.KernelDb>();
        var schoolUser = await kernel.Users.SingleAsync(u => u.UserName == "juv.school");
        var scopeOfSchool = await check.ServiceProvider.GetRequiredService<PeopleDirectory>().LoadScopeAsync(schoolUser.Id);
        await using var asSchool = db.Open(scopeOfSchool);
        var page = await asSchool.ServiceProvider.GetRequiredService<CaseService>().SearchAsync(new CaseSearch(PageSize: 500));
        Assert.True(page.Total > 0);
        var own = cases.Where(c => c.OrgId == keys["county-school"] && !c.Sealed).Select(c => c.Id).ToHashSet();
        Assert.Superset(own, page.Rows.Select(r => r.Id).ToHashSet());
        Assert.DoesNotContain(page.Rows, r => cases.Single(c => c.Id == r.Id).Sealed);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_search_bench_returns_the_raw_querys_rows_and_provably_no_sealed_one(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider, JuvenileWorld.AddModule, typeof(JuvenileDb));
        var bench = new JuvenileSearchBenchmark();
        await using var run = await bench.PrepareAsync(new BenchmarkContext(db.Target, db.Services, 40_000, new Progress<string>()), CancellationToken.None);
        await run.OursAsync(CancellationToken.None);
        await run.BaselineAsync(CancellationToken.None);
        await run.VerifyAsync(CancellationToken.None);
    }
}
