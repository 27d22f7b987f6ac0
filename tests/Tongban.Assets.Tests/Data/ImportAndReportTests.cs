using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Assets.Allocation;
using Tongban.Assets.Cards;
using Tongban.Assets.Imports;
using Tongban.Assets.Reports;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Reports;
using Tongban.Testing;

namespace Tongban.Assets.Tests.Data;

public sealed class ImportAndReportTests
{
    private static MemoryStream Csv(params string[] lines) => new(Encoding.UTF8.GetBytes(string.Join("\n", [CardImport.TemplateHeader, .. lines]) + "\n"));

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_import_writes_cards_with_their_depreciation_and_history(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using var clerk = t.Clerk(t.AdminUnit);
        var result = await clerk.ServiceProvider.GetRequiredService<ImportPipeline>().RunAsync(new CardImport(), Csv(
            $"{t.AdminUnit},ZC-IMP-1,台式计算机,201,Fixed,2025-03-10,Purchase,6000,,FiscalAppropriation,办公室,王伟,101",
            $"{t.AdminUnit},ZC-IMP-2,档案,502,Fixed,2020-01-01,Donation,1200.50,,Donated,档案室,李娜,档案室"), "cards.csv", null, default);
        Assert.True(result.Accepted, string.Join("; ", result.Errors));
        var db = clerk.ServiceProvider.GetRequiredService<AssetsDb>();
        var computer = await db.Cards.SingleAsync(c => c.Code == "ZC-IMP-1");
        Assert.Equal((72, 6 * 8333L), (computer.LifeMonths, computer.AccumulatedFen));
        var archive = await db.Cards.SingleAsync(c => c.Code == "ZC-IMP-2");
        Assert.Equal((false, 120050L), (archive.Depreciable, archive.OriginalValueFen));
        Assert.Equal("added", Assert.Single(await clerk.ServiceProvider.GetRequiredService<CardRegistry>().HistoryAsync(computer.Id)).Kind);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_file_with_one_bad_row_is_refused_whole_with_row_column_and_rule(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using var clerk = t.Clerk(t.AdminUnit);
        var result = await clerk.ServiceProvider.GetRequiredService<ImportPipeline>().RunAsync(new CardImport(), Csv(
            $"{t.AdminUnit},ZC-IMP-1,台式计算机,201,Fixed,2025-03-10,Purchase,6000,,FiscalAppropriation,,,",
            $"{t.AdminUnit},ZC-IMP-2,台式计算机,999,Fixed,2025-03-10,Purchase,6000,,FiscalAppropriation,,,",
            $"{t.AdminUnit},ZC-IMP-3,台式计算机,201,Fixed,2030-03-10,Purchase,-5,,FiscalAppropriation,,,",
            $"{t.Institution},ZC-IMP-1,台式计算机,201,Fixed,2025-03-10,Purchase,6000,,FiscalAppropriation,,,"), "cards.csv", null, default);
        Assert.False(result.Accepted);
        Assert.Contains(result.Errors, e => e is { Row: 2, Column: "class_code", Rule: "assets.class.unknown" });
        Assert.Contains(result.Errors, e => e is { Row: 3, Column: "acquired_on", Rule: "assets.date.future" });
        Assert.Contains(result.Errors, e => e is { Row: 3, Column: "original_value", Rule: "assets.cost.positive" });
        Assert.Contains(result.Errors, e => e is { Row: 4, Column: "org", Rule: "assets.not-permitted" });
        Assert.Contains(result.Errors, e => e is { Row: 4, Column: "code", Rule: "assets.card.code-duplicate" });
        Assert.Equal(0, await clerk.ServiceProvider.GetRequiredService<AssetsDb>().Cards.IgnoreQueryFilters().CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_card_whose_code_is_already_on_the_books_is_refused_by_row_and_column_not_a_500_issue23(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using var clerk = t.Clerk(t.AdminUnit);
        var pipeline = clerk.ServiceProvider.GetRequiredService<ImportPipeline>();
        Assert.True((await pipeline.RunAsync(new CardImport(), Csv($"{t.AdminUnit},ZC-IMP-1,台式计算机,201,Fixed,2025-03-10,Purchase,6000,,FiscalAppropriation,,,"), "first.csv", null, default)).Accepted);

        var result = await pipeline.RunAsync(new CardImport(), Csv(
            $"{t.AdminUnit},ZC-IMP-2,台式计算机,201,Fixed,2025-03-10,Purchase,6000,,FiscalAppropriation,,,",
            $"{t.AdminUnit},ZC-IMP-1,台式计算机,201,Fixed,2025-03-10,Purchase,6000,,FiscalAppropriation,,,"), "second.csv", null, default);

        var error = Assert.Single(result.Errors);
        Assert.Equal((2, "code", "assets.card.code-exists"), (error.Row, error.Column, error.Rule));
        Assert.Equal(1, await clerk.ServiceProvider.GetRequiredService<AssetsDb>().Cards.IgnoreQueryFilters().CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_register_past_its_limit_says_on_its_first_line_how_many_cards_are_on_the_books_issue23(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using var clerk = t.Clerk(t.AdminUnit);
        var registry = clerk.ServiceProvider.GetRequiredService<CardRegistry>();
        for (var i = 0; i < 5; i++)
        {
            await registry.RegisterAsync(new NewCard(t.AdminUnit, "计算机", "201", Composition.Fixed, 502_00, new DateOnly(2025, 1, 1)));
        }

        var cut = await new RegisterReport(3).RunAsync(clerk.ServiceProvider, ReportParameters.None, default);
        var whole = await new RegisterReport().RunAsync(clerk.ServiceProvider, ReportParameters.None, default);

        Assert.Equal((3, 5L, true), (cut.Rows.Count, cut.TotalRows, cut.IsCut));
        Assert.Equal((5, false), (whole.Rows.Count, whole.IsCut));
        using var csv = new MemoryStream();
        await ReportExport.WriteCsvAsync(cut, csv, chinese: false, default);
        var first = Encoding.UTF8.GetString(csv.ToArray()).TrimStart('\uFEFF').Split("\r\n")[0];
        Assert.Contains("first 3 of 5 rows", first, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_composition_rolls_up_the_five_classes_with_liabilities_and_net_assets_seed09_fig5_2(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using (var clerk = t.Clerk(t.AdminUnit))
        {
            var registry = clerk.ServiceProvider.GetRequiredService<CardRegistry>();
            await registry.RegisterAsync(new NewCard(t.AdminUnit, "银行存款", "201", Composition.Current, 403_00, new DateOnly(2025, 1, 1)));
            await registry.RegisterAsync(new NewCard(t.AdminUnit, "计算机", "201", Composition.Fixed, 502_00, new DateOnly(2025, 1, 1)));
        }

        await using (var clerk = t.Clerk(t.Institution))
        {
            var registry = clerk.ServiceProvider.GetRequiredService<CardRegistry>();
            await registry.RegisterAsync(new NewCard(t.Institution, "股权投资", "201", Composition.OutwardInvestment, 18_00, new DateOnly(2025, 1, 1)));
            await registry.RegisterAsync(new NewCard(t.Institution, "软件", "201", Composition.Intangible, 5_00, new DateOnly(2025, 1, 1)));
            await registry.RegisterAsync(new NewCard(t.Institution, "在建工程", "202", Composition.Other, 72_00, new DateOnly(2025, 1, 1)));
        }

        await using var officer = t.Officer();
        var report = officer.ServiceProvider.GetRequiredService<ReportCatalog>().Find("assets.composition")!;
        var table = await report.RunAsync(officer.ServiceProvider, new ReportParameters(null, null, t.Competent, new Dictionary<string, string>()), default);
        Assert.Equal(ChartKind.Pie, report.Chart!.Kind);
        Assert.Equal(8, table.Rows.Count);
        Assert.Equal([0.403m, 0.502m, 0.018m, 0.005m, 0.072m], table.Rows.Take(5).Select(r => (decimal)r[4]!));
        Assert.Equal(1000_00L, table.Rows[5][2]);
        Assert.Equal(1000_00L, table.Rows[7][2]);

        await using var outsider = t.Clerk(t.AdminUnit);
        var own = await report.RunAsync(outsider.ServiceProvider, new ReportParameters(null, null, t.Competent, new Dictionary<string, string>()), default);
        Assert.Equal(905_00L, own.Rows[5][2]);
        Assert.NotNull(outsider.ServiceProvider.GetRequiredService<ReportCatalog>().Find("assets.register"));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_roll_up_counts_the_cards_under_the_node_that_the_caller_may_see_seed09_fig5_2(string provider)
    {
        await using var t = await AssetsTestDb.CreateAsync(provider);
        await using (var clerk = t.Clerk(t.AdminUnit))
        {
            await clerk.ServiceProvider.GetRequiredService<CardRegistry>().RegisterAsync(new NewCard(t.AdminUnit, "银行存款", "201", Composition.Current, 403_00, new DateOnly(2025, 1, 1)));
        }

        await using (var clerk = t.Clerk(t.Institution))
        {
            await clerk.ServiceProvider.GetRequiredService<CardRegistry>().RegisterAsync(new NewCard(t.Institution, "股权投资", "201", Composition.OutwardInvestment, 18_00, new DateOnly(2025, 1, 1)));
        }

        async Task<long> TotalAsync(AsyncServiceScope caller, Guid root) =>
            (await AssetQueries.CompositionAsync(caller.ServiceProvider.GetRequiredService<AssetsDb>(), root, default)).TotalFen;

        // A grant above the node: the node's subtree only. A grant at or inside the node: what the grant covers.
        await using var province = t.User(AssetWorkflows.FinanceRole, t.Province, "province");
        Assert.Equal(403_00L, await TotalAsync(province, t.AdminUnit));
        Assert.Equal(421_00L, await TotalAsync(province, t.Province));
        await using var unit = t.Clerk(t.AdminUnit);
        Assert.Equal(403_00L, await TotalAsync(unit, t.Province));
        Assert.Equal(403_00L, await TotalAsync(unit, t.AdminUnit));
        Assert.Equal(0L, await TotalAsync(unit, t.Institution));
        await using var system = t.System();
        Assert.Equal(18_00L, await TotalAsync(system, t.Institution));
    }
}
