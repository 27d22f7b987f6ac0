using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Matters;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Matters;

/// <summary>Due dates counted through a year without a State Council notice: marked, and recounted once the notice is loaded.</summary>
public sealed class ProvisionalDeadlineTests
{
    // Filed on Tue 2026-12-15: 15 working days with 2027's New Year's Day derived from the holiday regulation
    // (art. 2: 1 January) end on Wed 2027-01-06.
    private static readonly DateOnly ProvisionalDue = new(2027, 1, 6);

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deadline_into_a_year_without_a_notice_is_stored_as_provisional_issue13(string provider)
    {
        await using var kit = await KitOnAsync(provider);

        var matter = await kit.StartAsync();
        var due = await kit.As(kit.ClerkUser, e => e.DueAsync(new DueQuery()));

        Assert.Equal(ProvisionalDue, matter.DueOn);
        Assert.Equal(2027, matter.DueProvisionalYear);
        Assert.Equal(2027, (await kit.SnapshotAsync(matter.Id)).Matter.DueProvisionalYear);
        var item = Assert.Single(due);
        Assert.True(item.Provisional);
        Assert.Equal(2027, item.ProvisionalYear);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deadline_within_notice_years_is_not_provisional_issue13(string provider)
    {
        await using var kit = await KitOnAsync(provider, new DateOnly(2026, 11, 2));

        var matter = await kit.StartAsync();

        Assert.Equal(new DateOnly(2026, 11, 23), matter.DueOn);
        Assert.Null(matter.DueProvisionalYear);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Loading_the_notice_recounts_the_open_deadline_audits_it_and_lists_it_once_issue13(string provider)
    {
        await using var kit = await KitOnAsync(provider);
        var matter = await kit.StartAsync();
        var auditBefore = (await kit.SnapshotAsync(matter.Id)).Audit;
        // A notice for 2027 that also gives Monday 4 January off: the 15th working day moves to Thursday 7 January.
        var notice = await NoticeFileAsync("""
            { "year": 2027, "days": [
              { "name": "元旦", "date": "2027-01-01", "isOffDay": true },
              { "name": "元旦", "date": "2027-01-04", "isOffDay": true } ] }
            """);
        var withNotice = WorkingDayCalendar.LoadDefault(notice);

        var moved = await RecomputeAsync(kit, withNotice);
        var again = await RecomputeAsync(kit, withNotice);

        var change = Assert.Single(moved);
        Assert.Equal((ProvisionalDue, new DateOnly(2027, 1, 7), 2027, (int?)null), (change.WasDueOn!.Value, change.DueOn!.Value, change.WasProvisionalYear!.Value, change.ProvisionalYear));
        var stored = (await kit.SnapshotAsync(matter.Id)).Matter;
        Assert.Equal(new DateOnly(2027, 1, 7), stored.DueOn);
        Assert.Null(stored.DueProvisionalYear);
        Assert.Equal(auditBefore + 1, (await kit.SnapshotAsync(matter.Id)).Audit);
        Assert.Empty(again);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Without_a_new_notice_recounting_changes_nothing_issue13(string provider)
    {
        await using var kit = await KitOnAsync(provider);
        var matter = await kit.StartAsync();
        var before = await kit.SnapshotAsync(matter.Id);

        var moved = await RecomputeAsync(kit, WorkingDayCalendar.LoadDefault());

        Assert.Empty(moved);
        Assert.Equal(before.Audit, (await kit.SnapshotAsync(matter.Id)).Audit);
    }

    private static async Task<MattersKit> KitOnAsync(string provider, DateOnly? day = null)
    {
        var kit = await MattersKit.CreateAsync(provider);
        var on = day ?? new DateOnly(2026, 12, 15);
        kit.Db.Clock.SetUtcNow(new DateTimeOffset(on.ToDateTime(new TimeOnly(9, 0)), ChinaTime.Offset));
        return kit;
    }

    private static async Task<IReadOnlyList<MovedDeadline>> RecomputeAsync(MattersKit kit, WorkingDayCalendar calendar)
    {
        await using var scope = kit.Open(CallerScope.System("calendar-recompute"));
        var recompute = new MatterDeadlineRecompute(
            scope.ServiceProvider.GetRequiredService<KernelDb>(), scope.ServiceProvider.GetRequiredService<WorkflowRegistry>(), calendar);
        return await recompute.RecomputeAsync(CancellationToken.None);
    }

    private static async Task<string> NoticeFileAsync(string json)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tongban-notice-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, json);
        return path;
    }
}
