using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Assets.Allocation;
using Tongban.Assets.Cards;
using Tongban.Assets.Disposal;
using Tongban.Assets.Stocktake;
using Tongban.Assets.Use;
using Tongban.Kernel.Data;
using Tongban.Kernel.Matters;
using Tongban.Testing;

namespace Tongban.Assets.Tests.Data;

/// <summary>
/// A decision taken on the matter itself (the matter page, /api/matters/{id}/take) does to the
/// records what the assets screens' decision does: the kernel runs AssetDecisions in its transaction.
/// </summary>
public sealed class DecisionConsequenceTests
{
    private static NewCard Computer(Guid org) =>
        new(org, "台式计算机", "201", Composition.Fixed, 600000, new DateOnly(2025, 3, 10), Custodian: "王伟", Location: "综合楼101");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_disposal_approved_on_the_matter_page_takes_the_card_off_the_books_seed09_disposal(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        AssetCard card;
        DisposalRequest request;
        await using (var clerk = t.Clerk(t.AdminUnit))
        {
            card = await clerk.ServiceProvider.GetRequiredService<CardRegistry>().RegisterAsync(Computer(t.AdminUnit));
            request = await clerk.ServiceProvider.GetRequiredService<DisposalService>()
                .RequestAsync(new NewDisposal(t.AdminUnit, [card.Id], DisposalKind.Sale, [.. DisposalRules.RequiredDocuments(DisposalKind.Sale)], "更新换代", 1_000_00, EarlyReason: "办公需要更新换代"));
        }

        await TakeOnMatterAsync(t, request.Id, "approve");

        await using var after = t.Clerk(t.AdminUnit);
        var db = after.ServiceProvider.GetRequiredService<AssetsDb>();
        Assert.Equal(RequestStatus.Approved, (await db.Disposals.SingleAsync(r => r.Id == request.Id)).Status);
        Assert.Equal(AssetStatus.Disposed, (await db.Cards.SingleAsync(c => c.Id == card.Id)).Status);
        var proceeds = await db.Income.SingleAsync();
        Assert.Equal((IncomeKind.DisposalProceeds, 1_000_00L), (proceeds.Kind, proceeds.AmountFen));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_lease_not_approved_puts_the_card_back_in_use_and_strikes_the_rent_schedule_seed09_use(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        AssetCard card;
        UseRecord lease;
        await using (var clerk = t.Clerk(t.Institution))
        {
            card = await clerk.ServiceProvider.GetRequiredService<CardRegistry>().RegisterAsync(Computer(t.Institution));
            lease = await clerk.ServiceProvider.GetRequiredService<UseService>().LeaseAsync(new NewLease(card.Id, "某科技公司", "ZL-2025-02", new DateOnly(2025, 10, 1), 12, 500_00));
        }

        await TakeOnMatterAsync(t, lease.Id, "reject");

        await using var after = t.Clerk(t.Institution);
        var db = after.ServiceProvider.GetRequiredService<AssetsDb>();
        Assert.Equal(AssetStatus.InUse, (await db.Cards.SingleAsync(c => c.Id == card.Id)).Status);
        Assert.NotNull((await db.Uses.SingleAsync(u => u.Id == lease.Id)).EndedOn);
        Assert.Equal(0, await db.Income.CountAsync(i => i.UseId == lease.Id));
        Assert.Contains(await after.ServiceProvider.GetRequiredService<CardRegistry>().HistoryAsync(card.Id), h => h.Kind == "use-refused");
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_verified_loss_from_a_count_leaves_the_books_seed09_inventory(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        AssetCard missing;
        StocktakeLine line;
        await using (var clerk = t.Clerk(t.AdminUnit))
        {
            var registry = clerk.ServiceProvider.GetRequiredService<CardRegistry>();
            var seen = await registry.RegisterAsync(Computer(t.AdminUnit));
            missing = await registry.RegisterAsync(Computer(t.AdminUnit));
            var s = clerk.ServiceProvider.GetRequiredService<StocktakeService>();
            var plan = await s.PlanAsync(t.AdminUnit, "2025年度清查", null);
            await s.ScanAsync(plan.Id, seen.Code, "综合楼101", "王伟");
            await s.ReconcileAsync(plan.Id);
            line = (await s.LinesAsync(plan.Id)).Single(l => l.Code == missing.Code);
        }

        await TakeOnMatterAsync(t, line.Id, "approve");

        await using var after = t.Clerk(t.AdminUnit);
        var card = await after.ServiceProvider.GetRequiredService<AssetsDb>().Cards.SingleAsync(c => c.Id == missing.Id);
        Assert.Equal(AssetStatus.Disposed, card.Status);
        Assert.Equal(Depreciation.Period.Of(2025, 9).Index, card.LeftPeriod);
        Assert.Contains(await after.ServiceProvider.GetRequiredService<CardRegistry>().HistoryAsync(missing.Id), h => h.Kind == "verified-loss");
    }

    /// <summary>The competent department's officer takes the step on the matter, as the generic matter page does.</summary>
    private static async Task TakeOnMatterAsync(AssetsTestDb t, Guid subjectId, string transition)
    {
        await using var officer = t.Officer();
        var id = subjectId.ToString();
        var matterId = await officer.ServiceProvider.GetRequiredService<KernelDb>().Matters.Where(m => m.SubjectId == id).Select(m => m.Id).SingleAsync();
        await officer.ServiceProvider.GetRequiredService<MatterEngine>()
            .TakeAsync(matterId, transition, new Dictionary<string, string> { ["opinion"] = "经审核" }, null);
    }
}
