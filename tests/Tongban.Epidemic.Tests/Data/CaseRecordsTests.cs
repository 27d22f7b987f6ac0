using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Epidemic.Bulletin;
using Tongban.Epidemic.Cases;
using Tongban.Epidemic.Demo;
using Tongban.Kernel.Errors;
using Tongban.Testing;

namespace Tongban.Epidemic.Tests.Data;

public sealed class CaseRecordsTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_bulletin_from_the_recorded_seed04_cases_says_16_plus_8_seed04_headline(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using (var s = t.System())
        {
            await Seed04Demo.SeedAsync(s.ServiceProvider.GetRequiredService<CaseRegistry>(), default);
        }

        await using var q = t.System();
        var b = await q.ServiceProvider.GetRequiredService<BulletinService>().BuildAsync(Seed04Cases.Date, "110000", default);
        Assert.StartsWith("北京10月30日新增本土“16+8”，含4例社会面筛查人员", b.Zh, StringComparison.Ordinal);
        Assert.Contains("据北京市卫生健康委员会通报", b.Zh, StringComparison.Ordinal);
        Assert.Contains("\n\n确诊病例1：现住西城区新街口北大街96号，为隔离观察人员，10月30日诊断为确诊病例。", b.Zh, StringComparison.Ordinal);
        Assert.Contains("\n\nConfirmed cases 13 and 14: Lives at the south of Xinggong, Miyun District,", b.En, StringComparison.Ordinal);
        Assert.Contains("以上病例均已转至定点医院", b.Zh, StringComparison.Ordinal);
        var pure = BulletinBuilder.Build(Seed04Cases.Date, BulletinArea.Beijing, Seed04Cases.All.Select(c => c.Case).ToList(), 0, 0, Policy.EpidemicPolicy.Seed04);
        Assert.Equal(pure.Zh, b.Zh);
        Assert.Equal(pure.En, b.En);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_district_bulletin_counts_only_that_districts_cases(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using (var s = t.System())
        {
            await Seed04Demo.SeedAsync(s.ServiceProvider.GetRequiredService<CaseRegistry>(), default);
        }

        await using var q = t.System();
        var b = await q.ServiceProvider.GetRequiredService<BulletinService>().BuildAsync(Seed04Cases.Date, "110118", default);
        Assert.Equal(5, b.Counts.LocalConfirmed);
        Assert.Equal(1, b.Counts.LocalAsymptomatic);
        Assert.StartsWith("密云区10月30日新增本土“5+1”", b.Zh, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_district_grant_sees_only_that_districts_cases(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using (var s = t.System())
        {
            await Seed04Demo.SeedAsync(s.ServiceProvider.GetRequiredService<CaseRegistry>(), default);
        }

        await using var u = t.DistrictUser("110117");
        var page = await u.ServiceProvider.GetRequiredService<LineList>().QueryAsync(new CaseQuery(), default);
        Assert.Equal(5, page.Total);
        Assert.All(page.Rows, r => Assert.Equal("110117", r.DistrictCode));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_line_list_filters_sorts_and_pages_in_the_database(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using (var s = t.System())
        {
            await Seed04Demo.SeedAsync(s.ServiceProvider.GetRequiredService<CaseRegistry>(), default);
        }

        await using var q = t.System();
        var list = q.ServiceProvider.GetRequiredService<LineList>();
        var asymptomatic = await list.QueryAsync(new CaseQuery(Class: CaseClass.Asymptomatic, Sort: CaseSort.Reported, Descending: false, PageSize: 3, Page: 2), default);
        Assert.Equal(14, asymptomatic.Total); // seed 04: 8 local and 6 imported asymptomatic infected persons
        Assert.Equal(["Jinxiang West Community", "Xintun Community", "Xintun Community"], asymptomatic.Rows.Select(r => r.AddressEn));
        var social = await list.QueryAsync(new CaseQuery(FoundBy: FoundBy.SocialScreening), default);
        Assert.Equal(4, social.Total);
        var byAddress = await list.QueryAsync(new CaseQuery(Address: "Xintun"), default);
        Assert.Equal(3, byAddress.Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_curve_counts_by_day_and_district(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using (var s = t.System())
        {
            await Seed04Demo.SeedAsync(s.ServiceProvider.GetRequiredService<CaseRegistry>(), default);
        }

        await using var q = t.System();
        var curve = await q.ServiceProvider.GetRequiredService<EpidemicCurve>().ByDayAndDistrictAsync(Seed04Cases.Date, Seed04Cases.Date, null, CaseOrigin.Local, default);
        var miyun = Assert.Single(curve, p => p.DistrictCode == "110118");
        Assert.Equal((5, 1), (miyun.Confirmed, miyun.Asymptomatic));
        var unknown = Assert.Single(curve, p => p.DistrictCode is null);
        Assert.Equal(3, unknown.Confirmed); // confirmed case 6 and the two conversions the text gives no district for
        Assert.Equal(24, curve.Sum(p => p.Confirmed + p.Asymptomatic)); // seed 04: 16 + 8
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_imported_case_without_arrival_date_is_refused_and_nothing_is_written(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using var s = t.System();
        var registry = s.ServiceProvider.GetRequiredService<CaseRegistry>();
        var v = await Assert.ThrowsAsync<RuleViolation>(() => registry.RegisterAsync(
            new CaseInput(CaseClass.Confirmed, CaseOrigin.Imported, FoundBy.ClosedLoopArrival, "110105", Seed04Cases.Date, OriginEn: "France", PortEn: "Beijing Capital Airport"),
            default));
        Assert.Equal("arrivalDate", v.Field);
        Assert.Equal(0, await s.ServiceProvider.GetRequiredService<EpidemicDb>().Cases.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_unknown_district_code_is_refused(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using var s = t.System();
        var v = await Assert.ThrowsAsync<RuleViolation>(() => s.ServiceProvider.GetRequiredService<CaseRegistry>().RegisterAsync(
            new CaseInput(CaseClass.Confirmed, CaseOrigin.Local, FoundBy.SocialScreening, "110199", Seed04Cases.Date),
            default));
        Assert.Equal("divisionCode", v.Field);
        Assert.Equal("epidemic.district.unknown", v.Rule);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reading_a_case_needs_a_purpose_and_is_audited(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        Guid id;
        await using (var s = t.System())
        {
            id = (await Seed04Demo.SeedAsync(s.ServiceProvider.GetRequiredService<CaseRegistry>(), default))[0].Id;
        }

        await using var u = t.DistrictUser("110102");
        var registry = u.ServiceProvider.GetRequiredService<CaseRegistry>();
        await Assert.ThrowsAsync<RuleViolation>(() => registry.ReadAsync(id, " ", default));
        Assert.NotNull(await registry.ReadAsync(id, "epidemiological investigation", default));
        var db = u.ServiceProvider.GetRequiredService<EpidemicDb>();
        var entry = await db.AuditEntries.IgnoreQueryFilters().SingleAsync(a => a.Action == "read" && a.SubjectId == id.ToString());
        Assert.Equal("epidemiological investigation", entry.Purpose);
        Assert.Equal("district-user", entry.ActorName);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_case_outside_the_callers_district_cannot_be_read(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        Guid id;
        await using (var s = t.System())
        {
            id = (await Seed04Demo.SeedAsync(s.ServiceProvider.GetRequiredService<CaseRegistry>(), default))[0].Id;
        }

        await using var u = t.DistrictUser("110105");
        Assert.Null(await u.ServiceProvider.GetRequiredService<CaseRegistry>().ReadAsync(id, "curiosity", default));
    }
}
