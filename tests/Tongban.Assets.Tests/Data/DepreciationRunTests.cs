using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Assets.Cards;
using Tongban.Assets.Depreciation;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Testing;

namespace Tongban.Assets.Tests.Data;

public sealed class DepreciationRunTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_monthly_run_is_idempotent_and_writes_one_audit_entry_per_run_with_totals_gov_accounting_3(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using var clerk = t.Clerk(t.AdminUnit);
        var registry = clerk.ServiceProvider.GetRequiredService<CardRegistry>();
        var computer = await registry.RegisterAsync(new NewCard(t.AdminUnit, "台式计算机", "201", Composition.Fixed, 600000, new DateOnly(2025, 3, 10)));
        var books = await registry.RegisterAsync(new NewCard(t.AdminUnit, "图书", "501", Composition.Fixed, 100000, new DateOnly(2025, 3, 10)));
        var old = await registry.RegisterAsync(new NewCard(t.AdminUnit, "打印机", "202", Composition.Fixed, 120000, new DateOnly(2010, 1, 5)));
        var cash = await registry.RegisterAsync(new NewCard(t.AdminUnit, "银行存款", "201", Composition.Current, 5000000, new DateOnly(2025, 1, 5)));
        var run = clerk.ServiceProvider.GetRequiredService<DepreciationRun>();
        var db = clerk.ServiceProvider.GetRequiredService<AssetsDb>();

        var first = await run.RunAsync(t.AdminUnit, Period.Of(2025, 9));
        Assert.Equal((1L, 8333L), (first.Cards, first.TotalFen));
        async Task<long[]> Accumulated() =>
            await db.Cards.AsNoTracking().OrderBy(c => c.Code).Where(c => new[] { computer.Id, books.Id, old.Id, cash.Id }.Contains(c.Id))
                .Select(c => c.AccumulatedFen).ToArrayAsync();
        var afterFirst = await Accumulated();
        Assert.Equal(7 * 8333, (await db.Cards.AsNoTracking().SingleAsync(c => c.Id == computer.Id)).AccumulatedFen);
        Assert.Equal(0, (await db.Cards.AsNoTracking().SingleAsync(c => c.Id == books.Id)).AccumulatedFen);
        Assert.Equal(120000, (await db.Cards.AsNoTracking().SingleAsync(c => c.Id == old.Id)).AccumulatedFen);
        Assert.Equal(0, (await db.Cards.AsNoTracking().SingleAsync(c => c.Id == cash.Id)).AccumulatedFen);

        var second = await run.RunAsync(t.AdminUnit, Period.Of(2025, 9));
        Assert.Equal(first with { }, second);
        Assert.Equal(afterFirst, await Accumulated());
        Assert.Equal(1, await db.Depreciation.CountAsync(e => e.Period == Period.Of(2025, 9).Index));

        var audit = await clerk.ServiceProvider.GetRequiredService<KernelDb>().AuditEntries.IgnoreQueryFilters()
            .Where(a => a.SubjectType == nameof(DepreciationRunRecord)).ToListAsync();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Contains("8333", a.Diff, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_run_after_a_correction_recomputes_and_a_future_month_is_refused(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using var clerk = t.Clerk(t.AdminUnit);
        var card = await clerk.ServiceProvider.GetRequiredService<CardRegistry>().RegisterAsync(new NewCard(t.AdminUnit, "台式计算机", "201", Composition.Fixed, 600000, new DateOnly(2025, 3, 10)));
        var run = clerk.ServiceProvider.GetRequiredService<DepreciationRun>();
        await run.RunAsync(t.AdminUnit, Period.Of(2025, 9));
        var db = clerk.ServiceProvider.GetRequiredService<AssetsDb>();
        var tracked = await db.Cards.SingleAsync(c => c.Id == card.Id);
        tracked.OriginalValueFen = 720000;
        await db.SaveChangesAsync();
        var again = await run.RunAsync(t.AdminUnit, Period.Of(2025, 9));
        Assert.Equal(10000, again.TotalFen);
        Assert.Equal(70000, (await db.Cards.AsNoTracking().SingleAsync(c => c.Id == card.Id)).AccumulatedFen);
        Assert.Equal("assets.depreciation.future", (await Assert.ThrowsAsync<RuleViolation>(() => run.RunAsync(t.AdminUnit, Period.Of(2025, 10)))).Rule);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_run_charges_the_cards_of_its_subtree_only_whether_a_unit_a_department_or_the_whole_province_gov_accounting_3(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using var province = t.Clerk(t.Province);
        var registry = province.ServiceProvider.GetRequiredService<CardRegistry>();
        var atUnit = await registry.RegisterAsync(new NewCard(t.AdminUnit, "台式计算机", "201", Composition.Fixed, 600000, new DateOnly(2025, 3, 10)));
        var atInstitution = await registry.RegisterAsync(new NewCard(t.Institution, "便携式计算机", "201", Composition.Fixed, 720000, new DateOnly(2025, 3, 10)));
        var atFinance = await registry.RegisterAsync(new NewCard(t.Finance, "复印机", "201", Composition.Fixed, 360000, new DateOnly(2025, 3, 10)));
        var run = province.ServiceProvider.GetRequiredService<DepreciationRun>();
        var db = province.ServiceProvider.GetRequiredService<AssetsDb>();
        async Task<long> Accumulated(AssetCard c) => (await db.Cards.AsNoTracking().SingleAsync(x => x.Id == c.Id)).AccumulatedFen;
        var september = Period.Of(2025, 9);

        // One unit of five organisations; the competent department's three; the province's five.
        var unit = await run.RunAsync(t.AdminUnit, september);
        Assert.Equal((1L, 8333L), (unit.Cards, unit.TotalFen));
        Assert.Equal(0, await Accumulated(atInstitution));
        var department = await run.RunAsync(t.Competent, september);
        Assert.Equal((2L, 8333L + 10000L), (department.Cards, department.TotalFen));
        Assert.Equal(0, await Accumulated(atFinance));
        var whole = await run.RunAsync(t.Province, september);
        Assert.Equal((3L, 8333L + 10000L + 5000L), (whole.Cards, whole.TotalFen));

        long[] accumulated = [await Accumulated(atUnit), await Accumulated(atInstitution), await Accumulated(atFinance)];
        Assert.Equal([7 * 8333, 7 * 10000, 7 * 5000], accumulated);
        Assert.Equal(3, await db.Depreciation.CountAsync(e => e.Period == september.Index));
    }
}
