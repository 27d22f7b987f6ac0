using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Delivery.Cycles;
using Tongban.Delivery.Demo;
using Tongban.Delivery.Orders;
using Tongban.Delivery.Segments;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Modules;
using Tongban.Testing;

namespace Tongban.Delivery.Tests.Data;

public sealed class ImportAndDemoTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static readonly string Header = string.Join(',', new OrderImport().Columns.Select(c => c.Name));

    // code,title,customer,area,sector,overseas,entity,project_manager,currency,exchange_rate,contract_with_tax,contract_ex_tax,cost,payment_terms_days,signed,
    // six planned dates, six actual dates.
    private static string Row(string code, string customer, string area, string overseas, string entity, string currency, string rate, string signed, string[] planned, string[]? actual = null) =>
        string.Join(',', [code, "项目", customer, area, "", overseas, entity, "pm.a", currency, rate, "1130000.00", "1000000.00", "800000.00", "90", signed, .. planned, .. actual ?? ["", "", "", "", "", ""]]);

    private static readonly string[] Plan = ["2024-02-01", "2024-04-01", "2024-06-01", "2024-08-01", "2024-10-01", "2024-11-01"];

    private static async Task<ImportResult> ImportAsync(DeliveryWorld world, string csv)
    {
        await using var scope = world.AsSystem();
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await scope.ServiceProvider.GetRequiredService<ImportPipeline>().RunAsync(new OrderImport(), stream, "orders.csv", null, default);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task An_orders_file_is_imported_whole_with_milestones_and_acceptance_issue17_item4(string provider)
    {
        await using var world = await DeliveryWorld.CreateAsync(provider);
        var csv = Header + "\n"
            + Row("IMP-1", "JD.COM", "logistics", "no", "CN", "CNY", "1", "2024-01-02", Plan, [.. Plan[..5], "2024-11-20"]) + "\n"
            + Row("IMP-2", "Flipkart", "warehousing", "yes", "HK", "USD", "7.1", "2024-01-02", Plan) + "\n";

        var result = await ImportAsync(world, csv);

        Assert.True(result.Accepted, string.Join("; ", result.Errors.Select(e => $"{e.Row} {e.Column} {e.Rule} {e.Message}")));
        await using var scope = world.AsSystem();
        var db = scope.ServiceProvider.GetRequiredService<DeliveryDb>();
        var accepted = await db.Orders.SingleAsync(o => o.Code == "IMP-1");
        Assert.Equal((323, 2024), (accepted.CycleDays, accepted.AcceptedYear));
        Assert.Equal(7_100_000_00, (await db.Orders.SingleAsync(o => o.Code == "IMP-2")).ContractExTaxFen);
        Assert.Equal(12, await db.Milestones.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_file_with_a_bad_row_is_refused_whole_naming_row_and_column_issue17_item5(string provider)
    {
        await using var world = await DeliveryWorld.CreateAsync(provider);
        var late = (string[])Plan.Clone();
        late[4] = "2024-12-01"; // commissioning after final acceptance
        var csv = Header + "\n"
            + Row("IMP-1", "JD.COM", "logistics", "no", "CN", "CNY", "1", "2024-01-02", Plan) + "\n"
            + Row("IMP-2", "JD.COM", "logistics", "no", "CN", "USD", "0", "2024-01-02", Plan) + "\n"
            + Row("IMP-3", "JD.COM", "shipyards", "no", "CN", "CNY", "1", "2024-01-02", Plan) + "\n"
            + Row("IMP-4", "JD.COM", "logistics", "no", "CN", "CNY", "1", "2024-01-02", late) + "\n"
            + Row("IMP-5", "Flipkart", "logistics", "yes", "CN", "CNY", "1", "2024-01-02", Plan) + "\n";

        var result = await ImportAsync(world, csv);

        Assert.False(result.Accepted);
        Assert.Equal(
            [(2, "exchange_rate", "delivery.exchange-rate"), (3, "area", "delivery.area-unknown"), (4, "commissioning", "delivery.milestone-after-acceptance"), (5, "entity", "delivery.overseas-needs-overseas-entity")],
            result.Errors.Select(e => (e.Row, e.Column, e.Rule)));
        await using var scope = world.AsSystem();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<DeliveryDb>().Orders.CountAsync());
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_demo_has_400_projects_over_five_years_some_late_a_backlog_and_the_related_party_issue17_item6(string provider)
    {
        await using var world = await DeliveryWorld.CreateAsync(provider);
        await using var scope = world.AsSystem();
        var services = scope.ServiceProvider;
        await DeliveryDemo.SeedAsync(services, new DemoContext(7, new Dictionary<string, Guid>()), default);
        var db = services.GetRequiredService<DeliveryDb>();
        var today = new DateOnly(2025, 9, 26);

        var orders = await db.Orders.ToListAsync();
        var late = await services.GetRequiredService<CycleReport>().LateAsync(today);
        var related = await services.GetRequiredService<DisclosureReport>().RelatedPartiesAsync(null);

        Assert.Equal(DeliveryDemo.Projects, orders.Count);
        Assert.Equal(4, orders.Select(o => o.Area).Distinct().Count());
        Assert.Contains(orders, o => o.Overseas);
        Assert.InRange(orders.Min(o => o.Signed), today.AddYears(-5), today.AddYears(-4));
        Assert.Contains(orders, o => o.AcceptedOn is null);
        Assert.NotEmpty(late);
        Assert.Contains(related.Lines, l => l.ShareholdingPercent == 11.14m);
        Assert.Equal(orders.Count(o => o.AcceptedOn is null), (await services.GetRequiredService<Backlog.BacklogReport>().ComputeAsync(today)).Orders);
    }
}
