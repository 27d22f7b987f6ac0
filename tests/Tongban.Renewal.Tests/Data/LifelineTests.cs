using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Errors;
using Tongban.Renewal.Lifeline;
using Tongban.Testing;

namespace Tongban.Renewal.Tests.Data;

public sealed class LifelineTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static ReadingInput R(string sensor, int hour, int minute, int second, decimal value, string metric = "ch4_lel") =>
        new(sensor, new DateTime(2025, 9, 26, hour, minute, second), metric, value);

    private static async Task<Guid> SetUpAsync(RenewalWorld world, LifelineService s)
    {
        var sensor = await s.RegisterSensorAsync(new NewSensor(world.Utility, "GAS-SC-0001", LifelineKind.Gas, world.DistrictA, null, "湖滨路 雨水井 YS-12"));
        await s.RegisterSensorAsync(new NewSensor(world.Utility, "GAS-GS-0002", LifelineKind.Gas, world.DistrictB, null, "米市巷 电力井 DL-3"));

        // Reference §3c: 20 %LEL as the alarm set point (GB 50838-2015), held a minute; unacknowledged for 15 minutes it escalates.
        await s.AddRuleAsync(new NewRule(world.Utility, LifelineKind.Gas, "ch4_lel", RuleType.Threshold, ComparisonOp.GreaterOrEqual, 20, 60, AlarmSeverity.Red, 15, "GB 50838-2015 ≤20 %LEL"));
        return sensor;
    }

    /// <summary>Issue 16 item 5: a reading with no such sensor refuses the batch whole; nothing is written.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_batch_with_an_unknown_sensor_is_refused_whole(string provider)
    {
        await using var world = await RenewalWorld.CreateAsync(provider);
        await using var dispatcher = world.As("dispatcher", (RenewalPermissions.DispatcherRole, world.Utility));
        var s = dispatcher.ServiceProvider.GetRequiredService<LifelineService>();
        await SetUpAsync(world, s);

        var e = await Assert.ThrowsAsync<RuleViolation>(() => s.IngestAsync([R("GAS-SC-0001", 8, 30, 0, 25), R("NO-SUCH", 8, 30, 0, 1)]));

        Assert.Equal("renewal.sensor-unknown", e.Rule);
        Assert.Equal("row 2, column sensor", e.Field);
        Assert.Equal(0, await dispatcher.ServiceProvider.GetRequiredService<RenewalDb>().Readings.CountAsync());
    }

    /// <summary>
    /// Issue 16's "done when": a utility dispatcher watches alarms rise, acknowledges and clears them; the rule state
    /// carries over between batches (streaming), and an unacknowledged alarm escalates to the city, then the province.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Alarms_rise_across_batches_escalate_and_go_through_their_life_cycle(string provider)
    {
        await using var world = await RenewalWorld.CreateAsync(provider);
        await using var dispatcher = world.As("dispatcher", (RenewalPermissions.DispatcherRole, world.Utility));
        var s = dispatcher.ServiceProvider.GetRequiredService<LifelineService>();
        await SetUpAsync(world, s);

        var first = await s.IngestAsync([R("GAS-SC-0001", 8, 30, 0, 22), R("GAS-GS-0002", 8, 30, 0, 25), R("GAS-SC-0001", 8, 30, 30, 24)]);
        Assert.Equal(new IngestResult(3, 0, 0), first); // held 30 s only

        var second = await s.IngestAsync([R("GAS-SC-0001", 8, 31, 0, 30), R("GAS-GS-0002", 8, 31, 0, 26), R("GAS-GS-0002", 8, 30, 10, 5, "temperature_c")]);
        Assert.Equal(2, second.Raised); // both held 60 s across the two batches

        // The clock: 09:00 China time; raised 08:31, 29 minutes unacknowledged: one escalation (15 min) to the city.
        var (_, escalated) = await s.SweepAsync();
        Assert.Equal(2, escalated);
        var alarms = await s.AlarmsAsync(true);
        Assert.All(alarms, a => Assert.Contains(a.EscalatedTo, new[] { "杭州市住房保障和房产管理局", "Hangzhou housing bureau" }));
        Assert.All(alarms, a => Assert.Equal(1, a.Escalations));

        var live = await s.LiveAsync();
        Assert.Equal(AlarmSeverity.Red, live[0].Worst);
        Assert.Equal(2, live.Count(c => c.Unacknowledged == 1));

        var sc = alarms.Single(a => a.Sensor == "GAS-SC-0001");
        await s.AcknowledgeAsync(sc.Id);
        world.Db.Clock.Advance(TimeSpan.FromMinutes(2)); // 31 minutes: the other escalates again, to the province
        Assert.Equal(1, (await s.SweepAsync()).Escalated);
        Assert.Equal(2, (await s.AlarmsAsync(true)).Single(a => a.Sensor == "GAS-GS-0002").Escalations);

        await s.NoteAsync(sc.Id, "已派员现场检测");
        var cleared = await s.IngestAsync([R("GAS-SC-0001", 8, 35, 0, 2), R("GAS-GS-0002", 8, 35, 0, 1)]);
        Assert.Equal(2, cleared.Cleared);
        var all = await s.AlarmsAsync(false);
        Assert.Equal(AlarmStatus.Cleared, all.Single(a => a.Sensor == "GAS-SC-0001").Status);
        Assert.Equal(AlarmStatus.ClearedUnacknowledged, all.Single(a => a.Sensor == "GAS-GS-0002").Status);
        Assert.Single(await s.NotesAsync(sc.Id));

        // The city's housing bureau sees the alarms of the utility under it; district B's official sees none of them.
        await using var city = world.As("city", (RenewalPermissions.CityRole, world.City));
        Assert.Equal(2, (await city.ServiceProvider.GetRequiredService<LifelineService>().AlarmsAsync(false)).Count);
        await using var gongshu = world.As("gongshu", (RenewalPermissions.DistrictRole, world.DistrictB));
        Assert.Empty(await gongshu.ServiceProvider.GetRequiredService<LifelineService>().AlarmsAsync(false));
        Assert.Equal("renewal.alarm-unknown", (await Assert.ThrowsAsync<RuleViolation>(() => gongshu.ServiceProvider.GetRequiredService<LifelineService>().AcknowledgeAsync(sc.Id))).Rule);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_silent_sensor_raises_a_no_data_alarm_and_data_clears_it(string provider)
    {
        await using var world = await RenewalWorld.CreateAsync(provider);
        await using var dispatcher = world.As("dispatcher", (RenewalPermissions.DispatcherRole, world.Utility));
        var s = dispatcher.ServiceProvider.GetRequiredService<LifelineService>();
        await SetUpAsync(world, s);
        await s.AddRuleAsync(new NewRule(world.Utility, LifelineKind.Gas, "any", RuleType.NoData, ComparisonOp.Greater, 0, 600, AlarmSeverity.Yellow, 60, "10 minutes without data"));
        await s.IngestAsync([R("GAS-SC-0001", 8, 55, 0, 1), R("GAS-GS-0002", 8, 40, 0, 1)]);

        Assert.Equal(1, (await s.SweepAsync()).Silent); // GAS-GS-0002 quiet 20 minutes at 09:00
        Assert.Equal("GAS-GS-0002", (await s.AlarmsAsync(true)).Single().Sensor);
        await s.IngestAsync([R("GAS-GS-0002", 8, 59, 0, 1)]);
        await s.SweepAsync();
        Assert.Empty(await s.AlarmsAsync(true));
    }
}
