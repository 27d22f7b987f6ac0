using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Assets.Allocation;
using Tongban.Assets.Cards;
using Tongban.Assets.Disposal;
using Tongban.Assets.Stocktake;
using Tongban.Assets.Use;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;
using Tongban.Testing;

namespace Tongban.Assets.Tests.Data;

/// <summary>
/// Issue 23 (1, 2): a filing that reserves a record is made once however often it is sent at the same
/// time, and a filing's matter and its record commit together or not at all.
/// </summary>
public sealed class DoubleFilingTests
{
    private const int Trials = 5;

    private static NewCard Computer(Guid org) =>
        new(org, "台式计算机", "201", Composition.Fixed, 600000, new DateOnly(2025, 3, 10), Custodian: "王伟", Location: "综合楼101");

    private static NewDisposal Sale(Guid org, Guid card) =>
        new(org, [card], DisposalKind.Sale, [.. DisposalRules.RequiredDocuments(DisposalKind.Sale)], "更新换代", 1_000_00, EarlyReason: "办公需要更新换代");

    /// <summary>Runs <paramref name="file"/> twice at once, each in its own scope (two requests); returns the refusals.</summary>
    private static async Task<List<RuleViolation>> TwiceAtOnceAsync(Func<AsyncServiceScope> open, Func<IServiceProvider, Task> file)
    {
        var refusals = new List<RuleViolation>();
        using var start = new SemaphoreSlim(0, 2);
        async Task One()
        {
            await using var scope = open();
            await start.WaitAsync();
            try
            {
                await file(scope.ServiceProvider);
            }
            catch (RuleViolation v)
            {
                lock (refusals)
                {
                    refusals.Add(v);
                }
            }
        }

        var both = Task.WhenAll(Task.Run(One), Task.Run(One));
        start.Release(2);
        await both;
        return refusals;
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_disposal_sent_twice_at_once_is_filed_once_and_books_the_proceeds_once_seed09_disposal(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        for (var trial = 0; trial < Trials; trial++)
        {
            AssetCard card;
            await using (var clerk = t.Clerk(t.AdminUnit))
            {
                card = await clerk.ServiceProvider.GetRequiredService<CardRegistry>().RegisterAsync(Computer(t.AdminUnit));
            }

            var refusals = await TwiceAtOnceAsync(() => t.Clerk(t.AdminUnit), sp => sp.GetRequiredService<DisposalService>().RequestAsync(Sale(t.AdminUnit, card.Id)));

            var refused = Assert.Single(refusals);
            Assert.Contains(refused.Rule, new[] { "assets.disposal.pending", "records.concurrent-change" });
            await using var check = t.System();
            var db = check.ServiceProvider.GetRequiredService<AssetsDb>();
            var filed = await db.DisposalItems.Where(i => i.CardId == card.Id).Select(i => i.DisposalId).ToListAsync();
            var disposal = Assert.Single(filed);
            var subject = disposal.ToString();
            Assert.Equal(1, await check.ServiceProvider.GetRequiredService<KernelDb>().Matters.CountAsync(m => m.SubjectId == subject));

            await using (var officer = t.Officer())
            {
                await officer.ServiceProvider.GetRequiredService<DisposalService>().DecideAsync(disposal, "approve", "同意");
            }

            Assert.Equal(1_000_00L, await db.Income.Where(i => i.DisposalId == disposal).SumAsync(i => i.AmountFen));
        }

        await using var all = t.System();
        var assets = all.ServiceProvider.GetRequiredService<AssetsDb>();
        Assert.Equal(Trials, await assets.Disposals.CountAsync());
        Assert.Equal(Trials, await assets.Income.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_approval_clicked_twice_at_once_disposes_the_card_once_and_books_the_proceeds_once_issue23(string provider)
    {
        // A promise the review found holding (concurrent workflow steps applied once), kept as a test.
        await using var t = await AssetsTestDb.CreateAsync(provider);
        DisposalRequest request;
        await using (var clerk = t.Clerk(t.AdminUnit))
        {
            var card = await clerk.ServiceProvider.GetRequiredService<CardRegistry>().RegisterAsync(Computer(t.AdminUnit));
            request = await clerk.ServiceProvider.GetRequiredService<DisposalService>().RequestAsync(Sale(t.AdminUnit, card.Id));
        }

        var refusals = await TwiceAtOnceAsync(t.Officer, sp => sp.GetRequiredService<DisposalService>().DecideAsync(request.Id, "approve", "同意"));

        Assert.Contains(Assert.Single(refusals).Rule, new[] { "matters.concurrent-change", "matters.closed", "matters.wrong-state" });
        await using var check = t.System();
        var db = check.ServiceProvider.GetRequiredService<AssetsDb>();
        Assert.Equal(1_000_00L, await db.Income.Where(i => i.DisposalId == request.Id).SumAsync(i => i.AmountFen));
        Assert.Equal(1, await db.CardEvents.CountAsync(e => e.Kind == "disposed"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_lease_sent_twice_at_once_is_filed_once_seed09_use(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        AssetCard card;
        await using (var clerk = t.Clerk(t.Institution))
        {
            card = await clerk.ServiceProvider.GetRequiredService<CardRegistry>().RegisterAsync(Computer(t.Institution));
        }

        var refusals = await TwiceAtOnceAsync(
            () => t.Clerk(t.Institution),
            sp => sp.GetRequiredService<UseService>().LeaseAsync(new NewLease(card.Id, "某科技公司", "ZL-2025-02", new DateOnly(2025, 10, 1), 12, 500_00)));

        Assert.Single(refusals);
        await using var check = t.System();
        var db = check.ServiceProvider.GetRequiredService<AssetsDb>();
        var use = await db.Uses.SingleAsync(u => u.CardId == card.Id);
        Assert.Equal(12, await db.Income.CountAsync(i => i.UseId == use.Id));
        Assert.Equal(1, await check.ServiceProvider.GetRequiredService<KernelDb>().Matters.CountAsync(m => m.Workflow == AssetWorkflows.Use));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_approved_allocation_fulfilled_twice_at_once_makes_its_cards_once_seed09_allocation(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        AllocationRequest request;
        await using (var clerk = t.Clerk(t.AdminUnit))
        {
            request = (await clerk.ServiceProvider.GetRequiredService<AllocationService>()
                .RequestAsync(new NewAllocation(t.AdminUnit, null, "201", "台式计算机", 3, 5_000_00, "2025-资产预算-01"))).Request;
        }

        await using (var officer = t.Officer())
        {
            await officer.ServiceProvider.GetRequiredService<AllocationService>().DecideAsync(request.Id, "approve", "同意");
        }

        var refusals = await TwiceAtOnceAsync(
            () => t.Clerk(t.AdminUnit),
            sp => sp.GetRequiredService<AllocationService>().FulfilAsync(request.Id, new DateOnly(2025, 9, 20), "王伟", "综合楼101"));

        Assert.Single(refusals);
        await using var check = t.System();
        Assert.Equal(3, await check.ServiceProvider.GetRequiredService<AssetsDb>().Cards.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_count_reconciled_twice_at_once_opens_one_verification_matter_per_loss_seed09_inventory(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        StocktakePlan plan;
        await using (var clerk = t.Clerk(t.AdminUnit))
        {
            var registry = clerk.ServiceProvider.GetRequiredService<CardRegistry>();
            var seen = await registry.RegisterAsync(Computer(t.AdminUnit));
            await registry.RegisterAsync(Computer(t.AdminUnit));
            var s = clerk.ServiceProvider.GetRequiredService<StocktakeService>();
            plan = await s.PlanAsync(t.AdminUnit, "2025年度清查", null);
            await s.ScanAsync(plan.Id, seen.Code, "综合楼101", "王伟");
        }

        var refusals = await TwiceAtOnceAsync(() => t.Clerk(t.AdminUnit), sp => sp.GetRequiredService<StocktakeService>().ReconcileAsync(plan.Id));

        Assert.Single(refusals);
        await using var check = t.System();
        Assert.Equal(1, await check.ServiceProvider.GetRequiredService<KernelDb>().Matters.CountAsync(m => m.Workflow == AssetWorkflows.Verification));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_crash_between_the_matter_and_the_request_leaves_neither_issue23(string provider)
    {
        var crash = new CrashOnDisposal();
        await using var t = await AssetsTestDb.CreateAsync(provider, s => s.ConfigureDbContext<AssetsDb>(o => o.AddInterceptors(crash)));
        AssetCard card;
        await using (var clerk = t.Clerk(t.AdminUnit))
        {
            card = await clerk.ServiceProvider.GetRequiredService<CardRegistry>().RegisterAsync(Computer(t.AdminUnit));
        }

        crash.Armed = true;
        await using (var clerk = t.Clerk(t.AdminUnit))
        {
            // The process dies after the matter and its submit step were written, before the request is.
            await Assert.ThrowsAsync<IOException>(() => clerk.ServiceProvider.GetRequiredService<DisposalService>().RequestAsync(Sale(t.AdminUnit, card.Id)));
        }

        crash.Armed = false;
        await using var check = t.System();
        Assert.Equal(0, await check.ServiceProvider.GetRequiredService<KernelDb>().Matters.CountAsync());
        Assert.Equal(AssetStatus.InUse, (await check.ServiceProvider.GetRequiredService<AssetsDb>().Cards.SingleAsync(c => c.Id == card.Id)).Status);
        Assert.Empty(await check.ServiceProvider.GetRequiredService<OrphanMatters>().ListAsync());

        // Filed again, it goes through whole.
        await using var again = t.Clerk(t.AdminUnit);
        var request = await again.ServiceProvider.GetRequiredService<DisposalService>().RequestAsync(Sale(t.AdminUnit, card.Id));
        Assert.NotNull(request.MatterId);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_orphan_matter_left_by_an_older_version_is_listed_and_refuses_approval_but_can_be_rejected_issue23(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        var ghost = Guid.CreateVersion7();
        await using (var clerk = t.Clerk(t.AdminUnit))
        {
            // What an older version left after kill -9: the matter and its submit step, and no request.
            var engine = clerk.ServiceProvider.GetRequiredService<MatterEngine>();
            var matter = await engine.StartAsync(new StartMatter(AssetWorkflows.Disposal, t.AdminUnit, "资产处置：台式计算机", nameof(DisposalRequest), ghost.ToString(), 600000));
            await engine.TakeAsync(matter.Id, "submit", new Dictionary<string, string>(), null);
        }

        await using (var admin = t.System())
        {
            var orphan = Assert.Single(await admin.ServiceProvider.GetRequiredService<OrphanMatters>().ListAsync());
            Assert.Equal(ghost.ToString(), orphan.SubjectId);
        }

        await using (var officer = t.Officer())
        {
            var disposals = officer.ServiceProvider.GetRequiredService<DisposalService>();
            var refused = await Assert.ThrowsAsync<RuleViolation>(() => disposals.DecideAsync(ghost, "approve", "同意"));
            Assert.Equal("assets.matter.orphan", refused.Rule);
        }

        await using (var officer = t.Officer())
        {
            var id = ghost.ToString();
            var kernel = officer.ServiceProvider.GetRequiredService<KernelDb>();
            var matterId = await kernel.Matters.Where(m => m.SubjectId == id).Select(m => m.Id).SingleAsync();
            await officer.ServiceProvider.GetRequiredService<MatterEngine>().TakeAsync(matterId, "reject", new Dictionary<string, string> { ["opinion"] = "无对应申请" }, null);
        }

        await using var after = t.System();
        Assert.Empty(await after.ServiceProvider.GetRequiredService<OrphanMatters>().ListAsync());
    }

    /// <summary>Stands for kill -9 between the kernel's write of the matter and the module's write of the request.</summary>
    private sealed class CrashOnDisposal : SaveChangesInterceptor
    {
        public bool Armed { get; set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
            Armed && eventData.Context!.ChangeTracker.Entries<DisposalRequest>().Any(e => e.State == EntityState.Added)
                ? throw new IOException("simulated kill -9 between the two writes")
                : base.SavingChangesAsync(eventData, result, cancellationToken);
    }
}
