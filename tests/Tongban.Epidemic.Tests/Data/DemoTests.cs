using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Epidemic.Bulletin;
using Tongban.Epidemic.Demo;
using Tongban.Epidemic.People;
using Tongban.Kernel.Modules;
using Tongban.Testing;

namespace Tongban.Epidemic.Tests.Data;

public sealed class DemoTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_demo_has_an_outbreak_the_seed04_day_as_listed_and_work_for_community_workers(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using (var s = t.System())
        {
            await new EpidemicModule().SeedDemoAsync(s.ServiceProvider, new DemoContext(7, new Dictionary<string, Guid>()), default);
        }

        await using var q = t.System();
        var db = q.ServiceProvider.GetRequiredService<EpidemicDb>();
        var outbreak = await db.Cases.CountAsync(c => c.DiagnosisDate < Seed04Cases.Date);
        Assert.InRange(outbreak, 2000, 5000);
        var b = await q.ServiceProvider.GetRequiredService<BulletinService>().BuildAsync(Seed04Cases.Date, "110000", default);

        // Seed 04's bulletin for 2022-10-30: 16 + 8 local, 2 + 6 imported, no suspected, 26 cured, 11 released.
        var c = b.Counts;
        Assert.Equal((16, 8, 2, 6), (c.LocalConfirmed, c.LocalAsymptomatic, c.ImportedConfirmed, c.ImportedAsymptomatic));
        Assert.Equal((18, 4, 2), (c.IsolatedObservers, c.SocialScreening, c.Converted));
        Assert.Equal((0, 0), (c.LocalSuspected, c.ImportedSuspected));
        Assert.Equal((26, 11), (c.CuredDischarged, c.ReleasedFromObservation));
        Assert.Equal(
            BulletinBuilder.Build(Seed04Cases.Date, BulletinArea.Beijing, Seed04Cases.All.Select(x => x.Case).ToList(), 26, 11, Policy.EpidemicPolicy.Seed04).Zh,
            b.Zh);
        Assert.True(await db.People.AnyAsync(p => p.ContactOfCaseId != null));
        var follow = q.ServiceProvider.GetRequiredService<FollowUp>();
        Assert.NotEmpty(await follow.DueAsync(DueFilter.Today, "test", 1000, default));
        Assert.NotEmpty(await follow.DueAsync(DueFilter.Overdue, "test", 1000, default));
        Assert.Single(await follow.OpenAlertsAsync(default));

        // The demo's community worker signs in to a due list of Chaoyang's people only.
        var kernel = q.ServiceProvider.GetRequiredService<Kernel.Data.KernelDb>();
        var worker = await kernel.Users.SingleAsync(u => u.UserName == "chaoyang.community");
        var grant = await kernel.Grants.SingleAsync(g => g.UserId == worker.Id);
        Assert.Equal(("epidemic.community", t.Orgs["110105"]), (grant.Role, grant.OrgId));
        await using var w = t.Db.Open(Kernel.People.CallerScope.ForUser(worker.Id, worker.UserName!, [grant]));
        var due = await w.ServiceProvider.GetRequiredService<FollowUp>().DueAsync(DueFilter.Today, "test", 1000, default);
        Assert.NotEmpty(due);
        Assert.All(due, r => Assert.Equal(t.Orgs["110105"], r.OrgId));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Without_an_area_the_bulletin_desk_issues_its_own_citys_bulletin_never_in_another_kind_of_orgs_name(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using (var s = t.System())
        {
            // A province-level org of another kind (the pension module's military logistics finance department) comes
            // first by level and code; issue 18 found the bulletin issued in its name.
            var kernel = s.ServiceProvider.GetRequiredService<Kernel.Data.KernelDb>();
            var army = Guid.NewGuid();
            kernel.Orgs.Add(new Kernel.Orgs.OrgNode { Id = army, Level = Kernel.Orgs.OrgLevel.Province, Kind = Kernel.Orgs.OrgKind.MilitaryLogisticsFinanceDepartment, NameZh = "军队后勤财务部门", NameEn = "Military logistics finance department", DivisionCode = "100000" });
            kernel.OrgClosures.Add(new Kernel.Orgs.OrgClosure { AncestorId = army, DescendantId = army, Distance = 0 });
            await kernel.SaveChangesAsync();
            await new EpidemicModule().SeedDemoAsync(s.ServiceProvider, new DemoContext(7, new Dictionary<string, Guid>()), default);
        }

        // The demo's bulletin desk (granted at the city's health commission) asks for the day without --area.
        var people = t.System();
        var k = people.ServiceProvider.GetRequiredService<Kernel.Data.KernelDb>();
        var desk = await k.Users.SingleAsync(u => u.UserName == "bulletin.desk");
        var grants = await k.Grants.Where(g => g.UserId == desk.Id).ToListAsync();
        await people.DisposeAsync();
        await using var w = t.Db.Open(Kernel.People.CallerScope.ForUser(desk.Id, desk.UserName!, grants));
        var bulletins = w.ServiceProvider.GetRequiredService<BulletinService>();
        var b = await bulletins.BuildAsync(Seed04Cases.Date, null, default);
        Assert.StartsWith("北京10月30日新增本土“16+8”", b.Zh, StringComparison.Ordinal);
        Assert.Contains("据北京市卫生健康委员会通报", b.Zh, StringComparison.Ordinal);
        Assert.Contains("进返京人员", b.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain("军队后勤财务部门", b.Zh, StringComparison.Ordinal);

        // Naming a non-health org's area is refused, naming the field.
        await using var sys = t.System();
        var v = await Assert.ThrowsAsync<Kernel.Errors.RuleViolation>(() => sys.ServiceProvider.GetRequiredService<BulletinService>().BuildAsync(Seed04Cases.Date, "100000", default));
        Assert.Equal(("area", "epidemic.bulletin.not-health-authority"), (v.Field, v.Rule));
    }
}
