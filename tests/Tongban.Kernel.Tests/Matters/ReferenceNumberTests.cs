using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Matters;

/// <summary>Matter references as a registry office numbers its files: prefix, year, the year's next number.</summary>
public sealed class ReferenceNumberTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Matters_are_numbered_in_order_within_the_prefix_and_year(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);

        var first = await kit.StartAsync();
        var second = await kit.StartAsync();
        var third = await kit.StartAsync();

        // The kit's clock stands in 2025 (China time).
        Assert.Equal(["DSP-2025-000001", "DSP-2025-000002", "DSP-2025-000003"], [first.Reference, second.Reference, third.Reference]);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_refused_filing_gives_its_number_back(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        await kit.StartAsync();

        // The other unit's clerk may not file at this unit: the audit writer refuses inside SaveChanges, after the number was drawn.
        var refused = await Assert.ThrowsAsync<RuleViolation>(() => kit.As(kit.OtherClerk, e =>
            e.StartAsync(new StartMatter(MattersKit.Workflow, kit.Unit, "越权申报", "DisposalRequest", "x", 100))));
        var next = await kit.StartAsync();

        Assert.Equal("scope.outside-grants", refused.Rule);
        Assert.Equal("DSP-2025-000002", next.Reference);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Filings_at_the_same_moment_never_share_a_number(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);

        var matters = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => kit.StartAsync())));

        Assert.Equal(
            Enumerable.Range(1, 8).Select(n => ReferenceNumbers.Format("DSP", 2025, n)).Order(StringComparer.Ordinal),
            matters.Select(m => m.Reference).Order(StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Each_prefix_and_year_counts_on_its_own(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        await using var scope = kit.Open(CallerScope.System());
        var db = scope.ServiceProvider.GetRequiredService<KernelDb>();

        Assert.Equal("ZC-2025-000001", await ReferenceNumbers.NextAsync(db, "ZC", 2025, default));
        Assert.Equal("ZC-2026-000001", await ReferenceNumbers.NextAsync(db, "ZC", 2026, default));
        Assert.Equal("JV-2025-000001", await ReferenceNumbers.NextAsync(db, "JV", 2025, default));
        Assert.Equal("ZC-2025-000002", await ReferenceNumbers.NextAsync(db, "ZC", 2025, default));
        Assert.Equal(3, await db.Set<ReferenceCounter>().CountAsync());
    }
}
