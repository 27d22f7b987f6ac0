using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Assets.Cards;
using Tongban.Assets.Cli;
using Tongban.Assets.Depreciation;
using Tongban.Assets.Vehicles;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Modules;
using Tongban.Testing;

namespace Tongban.Assets.Tests.Data;

public sealed class SettingsAndBasicWorkTests
{
    /// <summary>The province's finance office: the settings permission over the whole province.</summary>
    private static AsyncServiceScope ProvinceFinance(AssetsTestDb t) => t.User(Allocation.AssetWorkflows.FinanceRole, t.Province, "province-finance");

    private static NewCard Computer(Guid org) =>
        new(org, "台式计算机", "201", Composition.Fixed, 6_000_00, new DateOnly(2025, 3, 10), Custodian: "王伟", Location: "综合楼101");

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_finance_office_sets_a_life_within_table_1_and_new_cards_under_it_use_it_cai_kuai_2017_4(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using (var finance = ProvinceFinance(t))
        {
            var registry = finance.ServiceProvider.GetRequiredService<CardRegistry>();
            await registry.SetUsefulLifeAsync(t.Province, "201", 7);
            var table = await registry.LifeTableAsync(t.Province);
            var computers = table.Single(r => r.ClassCode == "201");
            Assert.Equal((6, 7, true), (computers.TableYears, computers.Years, computers.SetHere));
            Assert.DoesNotContain(table, r => r.ClassCode == "101");
            Assert.Equal((10, 15), table.Where(r => r.ClassCode == "301").Select(r => (r.TableYears, r.TableMaxYears!.Value)).Single());
            var atUnit = (await registry.LifeTableAsync(t.AdminUnit)).Single(r => r.ClassCode == "201");
            Assert.Equal((7, false), (atUnit.Years, atUnit.SetHere));
        }

        await using var clerk = t.Clerk(t.AdminUnit);
        var card = await clerk.ServiceProvider.GetRequiredService<CardRegistry>().RegisterAsync(Computer(t.AdminUnit));
        Assert.Equal(7 * 12, card.LifeMonths);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_life_outside_table_1_is_refused_naming_field_and_rule_and_nothing_is_written_cai_kuai_2017_4(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using var finance = t.FinanceOfficer();
        var registry = finance.ServiceProvider.GetRequiredService<CardRegistry>();
        var below = await Assert.ThrowsAsync<RuleViolation>(() => registry.SetUsefulLifeAsync(t.Finance, "201", 5));
        Assert.Equal(("years", "assets.life.below-table"), (below.Field, below.Rule));
        var above = await Assert.ThrowsAsync<RuleViolation>(() => registry.SetUsefulLifeAsync(t.Finance, "301", 16));
        Assert.Equal(("years", "assets.life.above-table"), (above.Field, above.Rule));
        Assert.False(await finance.ServiceProvider.GetRequiredService<AssetsDb>().UsefulLives.AnyAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_unit_clerk_may_not_edit_the_life_table_or_the_vehicle_quota(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using var clerk = t.Clerk(t.AdminUnit);
        var life = await Assert.ThrowsAsync<RuleViolation>(() => clerk.ServiceProvider.GetRequiredService<CardRegistry>().SetUsefulLifeAsync(t.AdminUnit, "201", 8));
        Assert.Equal("assets.not-permitted", life.Rule);
        var quota = await Assert.ThrowsAsync<RuleViolation>(() => clerk.ServiceProvider.GetRequiredService<VehicleService>().SetQuotaAsync(t.AdminUnit, VehicleCategory.GeneralOfficial, 3));
        Assert.Equal("assets.not-permitted", quota.Rule);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_quota_view_shows_each_category_with_its_quota_and_the_vehicles_held_seed09_vehicles(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using (var finance = ProvinceFinance(t))
        {
            await finance.ServiceProvider.GetRequiredService<VehicleService>().SetQuotaAsync(t.AdminUnit, VehicleCategory.GeneralOfficial, 2);
            var refused = await Assert.ThrowsAsync<RuleViolation>(() => finance.ServiceProvider.GetRequiredService<VehicleService>().SetQuotaAsync(t.AdminUnit, VehicleCategory.LawEnforcement, -1));
            Assert.Equal(("quota", "assets.vehicles.quota-range"), (refused.Field, refused.Rule));
        }

        await using var clerk = t.Clerk(t.AdminUnit);
        var vehicles = clerk.ServiceProvider.GetRequiredService<VehicleService>();
        await vehicles.RegisterAsync(new NewVehicle(t.AdminUnit, "浙A00001", "卡罗拉", VehicleCategory.GeneralOfficial, 1490, 120_000_00, new DateOnly(2024, 1, 1)));
        var quotas = await vehicles.QuotasAsync(t.AdminUnit);
        Assert.Equal(3, quotas.Count);
        Assert.Equal(new QuotaRow(VehicleCategory.GeneralOfficial, 2, 1), quotas.Single(q => q.Category == VehicleCategory.GeneralOfficial));
        Assert.Equal(new QuotaRow(VehicleCategory.LawEnforcement, 0, 0), quotas.Single(q => q.Category == VehicleCategory.LawEnforcement));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Property_right_registration_and_evaluation_are_recorded_on_the_card_and_in_its_history_seed09_basic_work(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using var clerk = t.Clerk(t.AdminUnit);
        var registry = clerk.ServiceProvider.GetRequiredService<CardRegistry>();
        var card = await registry.RegisterAsync(Computer(t.AdminUnit));
        await registry.RecordPropertyRightAsync(card.Id, "浙(2025)杭州市不动产权第0012345号");
        await registry.RecordEvaluationAsync(card.Id, 4_500_00, new DateOnly(2025, 6, 30), "浙江某资产评估有限公司");
        var found = await registry.FindAsync(card.Id);
        Assert.Equal("浙(2025)杭州市不动产权第0012345号", found!.PropertyRight);
        Assert.Equal((4_500_00L, new DateOnly(2025, 6, 30)), (found.EvaluatedValueFen!.Value, found.EvaluatedOn!.Value));
        var history = await registry.HistoryAsync(card.Id);
        Assert.Contains(history, h => h.Kind == "property-right");
        Assert.Contains(history, h => h.Kind == "evaluated" && h.Detail.Contains("浙江某资产评估有限公司", StringComparison.Ordinal));
        var negative = await Assert.ThrowsAsync<RuleViolation>(() => registry.RecordEvaluationAsync(card.Id, -1, new DateOnly(2025, 6, 30)));
        Assert.Equal(("value", "assets.evaluation.value"), (negative.Field, negative.Rule));
        var blank = await Assert.ThrowsAsync<RuleViolation>(() => registry.RecordPropertyRightAsync(card.Id, " "));
        Assert.Equal("certificate", blank.Field);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_cli_sets_a_life_and_a_quota_and_refuses_outside_table_1_with_exit_1(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using var finance = ProvinceFinance(t);
        var cli = new CliContext(_ => finance.ServiceProvider);
        var root = new RootCommand { AssetsCommands.UsefulLife(cli), AssetsCommands.VehicleQuota(cli) };

        async Task<(int Exit, string Out, string Err)> Run(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
            return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString());
        }

        var set = await Run("useful-life", "--org", t.Finance.ToString(), "--class", "203", "--years", "10");
        Assert.Equal(0, set.Exit);
        Assert.Contains("203 >=8 10 *\n", set.Out, StringComparison.Ordinal);
        var refused = await Run("useful-life", "--org", t.Finance.ToString(), "--class", "203", "--years", "4");
        Assert.Equal(1, refused.Exit);
        Assert.Contains("years:", refused.Err, StringComparison.Ordinal);
        Assert.Contains("assets.life.below-table", refused.Err, StringComparison.Ordinal);
        var quota = await Run("vehicle-quota", "--org", t.AdminUnit.ToString(), "--category", "LawEnforcement", "--quota", "2");
        Assert.Equal(0, quota.Exit);
        Assert.Contains("LawEnforcement 2 0\n", quota.Out, StringComparison.Ordinal);
    }
}
