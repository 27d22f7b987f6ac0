using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Matters;

public sealed class RoutingTests
{
    private static readonly Guid Central = Guid.Parse("00000000-0000-0000-0000-00000000000a");
    private static readonly Guid Province = Guid.Parse("00000000-0000-0000-0000-00000000000b");

    private static RoutingRule Rule(Guid jurisdiction, string code, long min, long? max, string decidedBy, int priority = 1, string workflow = "w") =>
        new() { JurisdictionOrgId = jurisdiction, Workflow = workflow, Code = code, MinFen = min, MaxFen = max, DecidedBy = decidedBy, Priority = priority };

    private static RoutingRule Widened(RoutingRule r) => new()
    {
        Id = r.Id,
        JurisdictionOrgId = r.JurisdictionOrgId,
        Workflow = r.Workflow,
        Code = r.Code,
        MinFen = r.MinFen,
        MaxFen = 300_000_00,
        DecidedBy = r.DecidedBy,
        Citation = r.Citation,
        Priority = r.Priority,
    };

    [Theory]
    [InlineData(0, RoutingSettings.ExampleUnderCode)]
    [InlineData(199_999_99, RoutingSettings.ExampleUnderCode)]
    [InlineData(200_000_00, RoutingSettings.ExampleFromCode)]
    [InlineData(5_000_000_00, RoutingSettings.ExampleFromCode)]
    public void Example_2004_central_rule_splits_at_200000_yuan(long amountFen, string expected)
    {
        var rules = RoutingSettings.SeedExample(Central, "w");

        var chosen = ApprovalRouting.Choose(rules, "w", amountFen);

        Assert.Equal(expected, chosen?.Code);
    }

    [Fact]
    public void Nearest_jurisdiction_with_a_matching_rule_wins()
    {
        // Province raises its own threshold to 500,000 yuan; central's rules still apply above it.
        RoutingRule[] rules =
        [
            Rule(Province, "prov-under-500k", 0, 500_000_00, ApprovalRouting.Competent),
            .. RoutingSettings.SeedExample(Central, "w"),
        ];

        Assert.Equal("prov-under-500k", ApprovalRouting.Choose(rules, "w", 300_000_00)?.Code);
        Assert.Equal(RoutingSettings.ExampleFromCode, ApprovalRouting.Choose(rules, "w", 600_000_00)?.Code);
    }

    [Fact]
    public void Within_a_jurisdiction_the_lower_priority_number_wins_and_other_workflows_are_ignored()
    {
        var rules = new[]
        {
            Rule(Central, "b", 0, null, ApprovalRouting.Finance, priority: 2),
            Rule(Central, "a", 0, null, ApprovalRouting.Competent, priority: 1),
            Rule(Province, "other-workflow", 0, null, ApprovalRouting.Unit, workflow: "x"),
        };

        Assert.Equal("a", ApprovalRouting.Choose(rules, "w", 1)?.Code);
        Assert.Null(ApprovalRouting.Choose(rules, "none", 1));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Overlapping_range_in_the_same_jurisdiction_is_refused(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        await kit.SeedExampleRulesAsync(kit.Root);
        await using var scope = kit.Open(CallerScope.System());
        var settings = scope.ServiceProvider.GetRequiredService<RoutingSettings>();

        var ex = await Assert.ThrowsAsync<RuleViolation>(() =>
            settings.AddAsync(Rule(kit.Root, "mid", 100_000_00, 300_000_00, ApprovalRouting.Finance, workflow: MattersKit.Workflow)));

        Assert.Equal("routing.overlap", ex.Rule);
        Assert.Equal(2, (await settings.ListAsync(kit.Root, MattersKit.Workflow)).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Empty_range_and_unknown_decider_are_refused(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        await using var scope = kit.Open(CallerScope.System());
        var settings = scope.ServiceProvider.GetRequiredService<RoutingSettings>();

        var range = await Assert.ThrowsAsync<RuleViolation>(() => settings.AddAsync(Rule(kit.Root, "r", 500, 500, ApprovalRouting.Finance)));
        var decider = await Assert.ThrowsAsync<RuleViolation>(() => settings.AddAsync(Rule(kit.Root, "d", 0, 10, "the mayor")));

        Assert.Equal(("routing.range", "maxFen"), (range.Rule, range.Field));
        Assert.Equal(("routing.decider-unknown", "decidedBy"), (decider.Rule, decider.Field));
        Assert.Empty(await settings.ListAsync(kit.Root));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rules_resolve_from_the_nearest_jurisdiction_up_the_tree(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        await kit.SeedExampleRulesAsync(kit.Root);
        await using var scope = kit.Open(CallerScope.System());
        var settings = scope.ServiceProvider.GetRequiredService<RoutingSettings>();
        await settings.AddAsync(Rule(kit.Competent, "dept-own-under-50k", 0, 50_000_00, ApprovalRouting.Unit, workflow: MattersKit.Workflow));

        var rulesAtUnit = await settings.RulesForAsync(kit.Unit, MattersKit.Workflow);
        var small = await settings.ResolveAsync(kit.Unit, MattersKit.Workflow, 10_000_00);
        var large = await settings.ResolveAsync(kit.Unit, MattersKit.Workflow, 90_000_00);

        Assert.Equal(["dept-own-under-50k", RoutingSettings.ExampleUnderCode, RoutingSettings.ExampleFromCode], rulesAtUnit.Select(r => r.Code));
        Assert.Equal("dept-own-under-50k", small?.Code);
        Assert.Equal(RoutingSettings.ExampleUnderCode, large?.Code);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Update_and_delete_keep_the_ranges_apart(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        await kit.SeedExampleRulesAsync(kit.Root);
        await using var scope = kit.Open(CallerScope.System());
        var settings = scope.ServiceProvider.GetRequiredService<RoutingSettings>();
        var rules = await settings.ListAsync(kit.Root, MattersKit.Workflow);
        var under = rules.Single(r => r.Code == RoutingSettings.ExampleUnderCode);
        var from = rules.Single(r => r.Code == RoutingSettings.ExampleFromCode);

        var overlap = await Assert.ThrowsAsync<RuleViolation>(() => settings.UpdateAsync(Widened(under)));
        await settings.DeleteAsync(from.Id);
        var widened = await settings.UpdateAsync(Widened(under));

        Assert.Equal("routing.overlap", overlap.Rule);
        Assert.Equal(300_000_00, widened.MaxFen);
        Assert.Equal([under.Code], (await settings.ListAsync(kit.Root, MattersKit.Workflow)).Select(r => r.Code));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Changing_rules_needs_the_administer_permission_at_the_jurisdiction(string provider)
    {
        await using var kit = await MattersKit.CreateAsync(provider);
        await using var scope = kit.Open(kit.DepartmentUser);
        var settings = scope.ServiceProvider.GetRequiredService<RoutingSettings>();

        var ex = await Assert.ThrowsAsync<RuleViolation>(() => settings.AddAsync(Rule(kit.Competent, "x", 0, null, ApprovalRouting.Finance)));

        Assert.Equal("routing.not-permitted", ex.Rule);
        await using var system = kit.Open(CallerScope.System());
        Assert.Equal(0, await system.ServiceProvider.GetRequiredService<KernelDb>().RoutingRules.CountAsync());
    }
}
