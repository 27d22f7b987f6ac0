using Microsoft.Extensions.DependencyInjection;
using Tongban.Epidemic.Bulletin;
using Tongban.Epidemic.Cases;
using Tongban.Epidemic.Demo;
using Tongban.Epidemic.Policy;
using Tongban.Epidemic.Tests.Rules;
using Tongban.Kernel.Calendar;
using Tongban.Testing;

namespace Tongban.Epidemic.Tests.Data;

/// <summary>The bulletin of a day with more cases than the policy lists one by one, from the database.</summary>
public sealed class BulletinLimitDataTests
{
    private static readonly DateOnly Day = new(2022, 11, 20);

    /// <summary>
    /// 64 local cases over five districts (above the default limit of 50) and three imported ones,
    /// with outcomes, conversions and one case whose control measures are not yet recorded.
    /// </summary>
    private static List<(string Code, BulletinCase Case)> LongDay()
    {
        string[] codes = ["110105", "110108", "110105", "110112", "110118", "110105", "110108", "110114"];
        var list = new List<(string, BulletinCase)>();
        for (var i = 0; i < 64; i++)
        {
            var code = codes[i % codes.Length];
            var d = BeijingDistricts.ByCode(code);
            list.Add((code, new BulletinCase(
                i % 3 == 0 ? CaseClass.Asymptomatic : CaseClass.Confirmed,
                CaseOrigin.Local,
                (FoundBy)(i % 3),
                Day,
                d.NameZh,
                d.NameEn,
                $"示例社区{i % 7}号楼",
                ConvertedFromAsymptomatic: i % 3 == 1 && i % 5 == 0,
                Transferred: true,
                Investigated: true,
                ControlMeasures: i != 17)));
        }

        for (var i = 0; i < 3; i++)
        {
            list.Add((BeijingDistricts.City.Code, new BulletinCase(
                i == 2 ? CaseClass.Asymptomatic : CaseClass.Confirmed, CaseOrigin.Imported, FoundBy.ClosedLoopArrival, Day,
                NationalityZh: "中国", NationalityEn: "Chinese", OriginZh: "法国", OriginEn: "France", PortZh: "北京首都国际机场", PortEn: "Beijing Capital Airport",
                ArrivalDate: Day.AddDays(-2), Transferred: true, Investigated: true, ControlMeasures: true)));
        }

        return list;
    }

    private static async Task SeedAsync(EpidemicTestDb t, IReadOnlyList<(string Code, BulletinCase Case)> cases)
    {
        await using var s = t.System();
        var registry = s.ServiceProvider.GetRequiredService<CaseRegistry>();
        var reported = ChinaTime.StartOfDayUtc(Day);
        foreach (var (code, c) in cases)
        {
            reported = reported.AddMinutes(7);
            await registry.RegisterAsync(Seed04Demo.ToInput(code, c, reported), default);
        }
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_day_above_the_limit_gives_district_counts_that_sum_to_the_headline(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        var cases = LongDay();
        await SeedAsync(t, cases);
        await using (var s = t.System())
        {
            // Earlier cases whose outcome is recorded on the day: one cured and discharged, one released from observation.
            var registry = s.ServiceProvider.GetRequiredService<CaseRegistry>();
            foreach (var cls in new[] { CaseClass.Confirmed, CaseClass.Asymptomatic })
            {
                await registry.RegisterAsync(
                    new CaseInput(cls, CaseOrigin.Local, FoundBy.IsolatedObserver, "110105", Day.AddDays(-12), ChinaTime.StartOfDayUtc(Day.AddDays(-12)), DischargedOn: Day),
                    default);
            }
        }

        await using var q = t.System();
        var b = await q.ServiceProvider.GetRequiredService<BulletinService>().BuildAsync(Day, "110000", default);
        var local = cases.Count(c => c.Case.Origin == CaseOrigin.Local);
        Assert.Equal(local, b.Counts.LocalConfirmed + b.Counts.LocalAsymptomatic);
        Assert.Equal(cases.Count(c => c.Case.Origin == CaseOrigin.Local && c.Case.Class == CaseClass.Confirmed), b.Counts.LocalConfirmed);
        Assert.Equal(cases.Count - 1, b.Counts.ControlMeasures);
        Assert.Equal((1, 1), (b.Counts.CuredDischarged, b.Counts.ReleasedFromObservation));
        Assert.Contains($"当日本土病例{local}例，超过逐例发布上限50例，不再逐例列出，按现住区分布如下：", b.Zh, StringComparison.Ordinal);
        Assert.Contains($"With {local} local cases, more than the 50 listed one by one, individual case lines are omitted", b.En, StringComparison.Ordinal);
        Assert.Equal((b.Counts.LocalConfirmed, b.Counts.LocalAsymptomatic), BulletinLimitTests.DistrictSums(b.Zh, "本土病例"));
        Assert.Contains("\n\n朝阳区：", b.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain("：现住", b.Zh, StringComparison.Ordinal);

        // Three imported cases are under the limit: the confirmed ones get lines; an imported asymptomatic
        // infected person is counted but, as in seed 04, not listed.
        Assert.Contains("\n\n境外输入病例\n\n确诊病例1、2：中国籍", b.Zh, StringComparison.Ordinal);
        Assert.DoesNotContain("\n\n无症状感染者1：中国籍", b.Zh, StringComparison.Ordinal);

        // The text from the database's GROUP BY is the text the pure builder writes from every case.
        var pure = BulletinBuilder.Build(Day, BulletinArea.Beijing, cases.Select(c => c.Case).ToList(), 1, 1, EpidemicPolicy.Seed04);
        Assert.Equal(pure.Counts, b.Counts);
        Assert.Equal(pure.Zh, b.Zh);
        Assert.Equal(pure.En, b.En);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_limit_recorded_in_the_citys_policy_decides_which_sections_are_listed(string provider)
    {
        await using var t = await EpidemicTestDb.CreateAsync(provider);
        await using (var s = t.System())
        {
            await Seed04Demo.SeedAsync(s.ServiceProvider.GetRequiredService<CaseRegistry>(), default);
            await s.ServiceProvider.GetRequiredService<PolicyStore>().AddAsync(
                EpidemicPolicy.Seed04 with { EffectiveFrom = new DateOnly(2022, 10, 1), Source = "test: shorter bulletins", BulletinCaseLinesUpTo = 10 },
                default);
        }

        await using var q = t.System();
        var book = await q.ServiceProvider.GetRequiredService<PolicyStore>().BookAsync(default);
        Assert.Equal(10, book.On(Seed04Cases.Date).BulletinCaseLinesUpTo);

        var b = await q.ServiceProvider.GetRequiredService<BulletinService>().BuildAsync(Seed04Cases.Date, "110000", default);
        Assert.StartsWith("北京10月30日新增本土“16+8”，含4例社会面筛查人员", b.Zh, StringComparison.Ordinal);
        Assert.Contains("当日本土病例24例，超过逐例发布上限10例，不再逐例列出，按现住区分布如下：\n\n密云区：确诊病例5例，无症状感染者1例。", b.Zh, StringComparison.Ordinal);
        Assert.Equal((16, 8), BulletinLimitTests.DistrictSums(b.Zh, "本土病例"));
        Assert.Contains("\n\n境外输入病例\n\n确诊病例1：中国籍", b.Zh, StringComparison.Ordinal);

        // A district's bulletin under the same policy: Miyun's six cases are within the limit and listed.
        var miyun = await q.ServiceProvider.GetRequiredService<BulletinService>().BuildAsync(Seed04Cases.Date, "110118", default);
        Assert.Contains("\n\n确诊病例4、5：现住密云区兴工南区", miyun.Zh, StringComparison.Ordinal);
    }
}
