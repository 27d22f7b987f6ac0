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
        Assert.Equal((14, 8, 2), (b.Counts.LocalConfirmed, b.Counts.LocalAsymptomatic, b.Counts.ImportedConfirmed));
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
}
