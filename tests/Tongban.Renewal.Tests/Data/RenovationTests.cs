using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Errors;
using Tongban.Renewal.Communities;
using Tongban.Renewal.Concerns;
using Tongban.Renewal.Rollups;
using Tongban.Testing;

namespace Tongban.Renewal.Tests.Data;

public sealed class RenovationTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static NewCommunity Community(Guid org, string code, int households = 240) => new(org, code, code + " 小区", "330102", 1995, 6, households, 18_000m);

    /// <summary>
    /// Issue 16's "done when": a district official plans, funds and completes a project, and the province sees its
    /// completion rate (seed 06: the annual task completion rate).
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_district_plans_funds_and_completes_and_the_province_sees_the_rate(string provider)
    {
        await using var world = await RenewalWorld.CreateAsync(provider);
        Guid p1, p2;
        await using (var district = world.As("district", (RenewalPermissions.DistrictRole, world.DistrictA)))
        {
            var s = district.ServiceProvider.GetRequiredService<RenovationService>();
            var c1 = await s.RegisterAsync(Community(world.StreetA, "HB-001"));
            var c2 = await s.RegisterAsync(Community(world.StreetA, "HB-002", 100));
            await s.RegisterAsync(Community(world.StreetA, "HB-003", 80));
            p1 = await s.AddProjectAsync(new NewProject(c1, "HB-001-B", RenovationCategory.Basic, 2025, ["water-supply", "gas", "roofs-walls-stairs"], 240, 0));
            p2 = await s.AddProjectAsync(new NewProject(c1, "HB-001-E", RenovationCategory.Enhancement, 2025, ["elderly-care", "childcare"], 240, 2));
            var p3 = await s.AddProjectAsync(new NewProject(c2, "HB-002-I", RenovationCategory.Improvement, 2025, ["lifts"], 60, 0));
            await s.SetPlanAsync(world.DistrictA, 2025, 3, 420);
            await s.FundAsync(p1, FundingChannel.CentralSubsidy, 300_000_00, new DateOnly(2025, 3, 1));
            await s.FundAsync(p1, FundingChannel.Residents, 20_000_00, new DateOnly(2025, 3, 1));
            await s.FundAsync(p2, FundingChannel.SocialCapital, 150_000_00, new DateOnly(2025, 4, 1));
            await s.StartAsync(p1, new DateOnly(2025, 3, 10));
            await s.StartAsync(p2, new DateOnly(2025, 4, 10));
            await s.StartAsync(p3, new DateOnly(2025, 5, 10));
            await s.CompleteAsync(p1, new DateOnly(2025, 7, 31));
            await s.AcceptAsync(p1, new DateOnly(2025, 8, 15));
            Assert.False((await s.DetailsAsync(c1)).Renovated); // the enhancement project is still open
            await s.CompleteAsync(p2, new DateOnly(2025, 8, 31));
            await s.AcceptAsync(p2, new DateOnly(2025, 9, 10));
            Assert.True((await s.DetailsAsync(c1)).Renovated);
        }

        await using (var province = world.As("province", (RenewalPermissions.ProvinceRole, world.Province)))
        {
            await province.ServiceProvider.GetRequiredService<RenovationService>().SetPlanAsync(world.Province, 2025, 3, 420);
            var v = await province.ServiceProvider.GetRequiredService<RollupReport>().ComputeAsync(null, 2025);

            Assert.Equal(world.Province, v.OrgId);
            Assert.Equal(3, v.Total.Communities);
            Assert.Equal(2, v.Total.Started);
            Assert.Equal(1, v.Total.Completed);
            Assert.Equal(340, v.Total.Households); // the two started communities' households
            Assert.Equal(2, v.Total.Facilities);
            Assert.Equal(470_000_00, v.Total.FundingFen);
            Assert.Equal(66.7m, v.Total.Rate); // 2 of 3 planned
            var city = Assert.Single(v.Lines);
            Assert.Equal(world.City, city.OrgId);
            Assert.Equal(3, city.Communities);
            Assert.Contains(v.Funding, f => f.Channel == FundingChannel.CentralSubsidy && f.AmountFen == 300_000_00);
            Assert.Equal(2025, Assert.Single(v.Years).Year);

            // Down the tree to the street: its communities are the lines.
            var street = await province.ServiceProvider.GetRequiredService<RollupReport>().ComputeAsync(world.StreetA, 2025);
            Assert.Equal(3, street.Lines.Count(l => l.CommunityId != null));
            var district = await province.ServiceProvider.GetRequiredService<RollupReport>().ComputeAsync(world.DistrictA, 2025);
            Assert.Equal(66.7m, district.Total.Rate);
        }
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_completion_before_the_start_and_negative_funding_are_refused_and_nothing_is_written(string provider)
    {
        await using var world = await RenewalWorld.CreateAsync(provider);
        await using var district = world.As("district", (RenewalPermissions.DistrictRole, world.DistrictA));
        var s = district.ServiceProvider.GetRequiredService<RenovationService>();
        var c = await s.RegisterAsync(Community(world.StreetA, "HB-010"));
        var p = await s.AddProjectAsync(new NewProject(c, "HB-010-B", RenovationCategory.Basic, 2025, ["drainage"], 100, 0));
        await s.StartAsync(p, new DateOnly(2025, 6, 1));

        Assert.Equal("renewal.completion-before-start", (await Assert.ThrowsAsync<RuleViolation>(() => s.CompleteAsync(p, new DateOnly(2025, 5, 31)))).Rule);
        Assert.Equal("renewal.funding-negative", (await Assert.ThrowsAsync<RuleViolation>(() => s.FundAsync(p, FundingChannel.SpecialBonds, -100, new DateOnly(2025, 6, 1)))).Rule);
        Assert.Equal("renewal.code-taken", (await Assert.ThrowsAsync<RuleViolation>(() => s.RegisterAsync(Community(world.StreetA, "HB-010")))).Rule);

        var d = await s.DetailsAsync(c);
        Assert.Null(d.Projects.Single().CompletedOn);
        Assert.Empty(d.Projects.Single().Funding);
        Assert.Equal(0, d.Community.FundingFen);
    }

    /// <summary>docs/security.md: a read grant in one org and a write grant in another: writes are checked at the record's org.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Writes_are_checked_at_the_communitys_org_for_a_user_with_several_grants(string provider)
    {
        await using var world = await RenewalWorld.CreateAsync(provider);
        Guid inB;
        await using (var system = world.AsSystem())
        {
            var s = system.ServiceProvider.GetRequiredService<RenovationService>();
            await s.RegisterAsync(Community(world.StreetA, "HB-020"));
            inB = await s.RegisterAsync(Community(world.StreetB, "MS-020"));
        }

        // The residents' committee role (read, record concerns) over district B and the street office role (edit) in street A.
        await using var user = world.As("mixed", (RenewalPermissions.CommitteeRole, world.DistrictB), (RenewalPermissions.StreetRole, world.StreetA));
        var service = user.ServiceProvider.GetRequiredService<RenovationService>();

        Assert.Equal(["HB-020", "MS-020"], (await service.ListAsync(null)).Select(c => c.Code).Order());
        var e = await Assert.ThrowsAsync<RuleViolation>(() => service.AddProjectAsync(new NewProject(inB, "MS-020-B", RenovationCategory.Basic, 2025, ["roads"], 10, 0)));
        Assert.Equal("renewal.not-permitted", e.Rule);
        var concern = await user.ServiceProvider.GetRequiredService<ConcernService>().RecordAsync(inB, ConcernTopic.Parking, "停车位不足", new DateOnly(2025, 9, 22));
        Assert.Equal("renewal.not-permitted", (await Assert.ThrowsAsync<RuleViolation>(() => user.ServiceProvider.GetRequiredService<ConcernService>().AnswerAsync(concern, "已协调", new DateOnly(2025, 9, 25)))).Rule);

        // A district B official cannot see street A's community at all.
        await using var other = world.As("gongshu", (RenewalPermissions.DistrictRole, world.DistrictB));
        Assert.Equal(["MS-020"], (await other.ServiceProvider.GetRequiredService<RenovationService>().ListAsync(null)).Select(c => c.Code));
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Concerns_are_due_in_the_topics_working_days_answered_and_rated(string provider)
    {
        await using var world = await RenewalWorld.CreateAsync(provider);
        Guid community;
        await using (var system = world.AsSystem())
        {
            community = await system.ServiceProvider.GetRequiredService<RenovationService>().RegisterAsync(Community(world.StreetA, "HB-030"));
        }

        await using var committee = world.As("committee", (RenewalPermissions.CommitteeRole, world.StreetA));
        await using var street = world.As("street", (RenewalPermissions.StreetRole, world.StreetA));
        var recorded = committee.ServiceProvider.GetRequiredService<ConcernService>();
        var answering = street.ServiceProvider.GetRequiredService<ConcernService>();

        await answering.SetLimitAsync(world.StreetA, ConcernTopic.Pipes, 3);
        var id = await recorded.RecordAsync(community, ConcernTopic.Pipes, "楼道水管漏水", new DateOnly(2025, 9, 19)); // a Friday
        var row = (await recorded.ListAsync(true)).Single();
        Assert.Equal(new DateOnly(2025, 9, 24), row.DueOn); // three working days: Mon 22, Tue 23, Wed 24
        Assert.True(row.Overdue); // the clock says 2025-09-26

        Assert.Equal("renewal.not-answered", (await Assert.ThrowsAsync<RuleViolation>(() => recorded.RateAsync(id, Satisfaction.Satisfied))).Rule);
        await answering.AssignAsync(id, "物业 王师傅");
        await answering.AnswerAsync(id, "已更换水管", new DateOnly(2025, 9, 23));
        await using var later = world.As("committee", (RenewalPermissions.CommitteeRole, world.StreetA));
        await later.ServiceProvider.GetRequiredService<ConcernService>().RateAsync(id, Satisfaction.Satisfied);
        var done = (await later.ServiceProvider.GetRequiredService<ConcernService>().ListAsync(false)).Single();
        Assert.False(done.Overdue);
        Assert.Equal(Satisfaction.Satisfied, done.Satisfaction);
        Assert.Equal("renewal.already-answered", (await Assert.ThrowsAsync<RuleViolation>(() => answering.AnswerAsync(id, "again", new DateOnly(2025, 9, 24)))).Rule);
    }
}
