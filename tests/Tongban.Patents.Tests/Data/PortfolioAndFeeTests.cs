using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Money;
using Tongban.Patents.Fees;
using Tongban.Patents.Portfolio;
using Tongban.Patents.Transformation;
using Tongban.Patents.Value;
using Tongban.Testing;

namespace Tongban.Patents.Tests.Data;

public sealed class PortfolioAndFeeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_wrong_check_digit_is_refused_and_nothing_is_written_ZC_0006_2003(string provider)
    {
        await using var world = await PatentsWorld.CreateAsync(provider);
        await using var scope = world.Manager();
        var portfolio = scope.ServiceProvider.GetRequiredService<PortfolioService>();

        var e = await Assert.ThrowsAsync<RuleViolation>(() => portfolio.RegisterAsync(world.Invention("201911050262.7")));

        Assert.Equal("patents.application-number-check", e.Rule);
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PatentsDb>().Patents.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_grant_before_the_filing_is_refused_and_nothing_is_written(string provider)
    {
        await using var world = await PatentsWorld.CreateAsync(provider);
        await using var scope = world.Manager();

        var e = await Assert.ThrowsAsync<RuleViolation>(() => scope.ServiceProvider.GetRequiredService<PortfolioService>()
            .RegisterAsync(world.Invention(granted: new DateOnly(2019, 1, 1))));

        Assert.Equal("patents.grant-before-filing", e.Rule);
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PatentsDb>().Patents.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_fee_paid_four_months_late_carries_15_percent_of_the_full_fee_IR_art_115(string provider)
    {
        await using var world = await PatentsWorld.CreateAsync(provider);
        await using var scope = world.Manager();
        var id = await scope.ServiceProvider.GetRequiredService<PortfolioService>().RegisterAsync(world.Invention("201911050262.8", new DateOnly(2019, 6, 10)));
        var fees = scope.ServiceProvider.GetRequiredService<FeeService>();
        await fees.PayAsync(id, 3, new DateOnly(2022, 4, 20));
        for (var y = 4; y <= 6; y++)
        {
            await fees.PayAsync(id, y, new DateOnly(2018 + y, 6, 1));
        }

        // Year 7 (invention, 2,000 in full) was due 2025-06-10; today 2025-09-26 is in the fourth month begun: 15 % surcharge.
        var due = Assert.Single(await fees.DueAsync(90));
        Assert.Equal(Reminder.InGrace, due.Reminder);
        Assert.Equal(Cny.FromYuan(300), due.SurchargeToday);
        var pay = await fees.PayAsync(id, 7, new DateOnly(2025, 9, 26));

        Assert.Equal(new DateOnly(2025, 6, 10), pay.DueOn);
        Assert.Equal(30_000, pay.FeeFen);
        Assert.Equal(30_000, pay.SurchargeFen);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_fee_for_a_patent_that_has_lapsed_is_refused_and_nothing_is_written_IR_art_115(string provider)
    {
        await using var world = await PatentsWorld.CreateAsync(provider);
        await using var scope = world.Manager();
        var id = await scope.ServiceProvider.GetRequiredService<PortfolioService>().RegisterAsync(world.Invention("201911050262.8", new DateOnly(2018, 1, 10), new DateOnly(2020, 2, 1)));
        var fees = scope.ServiceProvider.GetRequiredService<FeeService>();
        await fees.PayAsync(id, 3, new DateOnly(2020, 3, 1));

        Assert.Equal(1, await fees.MarkLapsedAsync());
        var e = await Assert.ThrowsAsync<RuleViolation>(() => fees.PayAsync(id, 4, new DateOnly(2025, 9, 1)));

        Assert.Equal("patents.patent-lapsed", e.Rule);
        var db = scope.ServiceProvider.GetRequiredService<PatentsDb>();
        Assert.Equal(1, await db.FeePayments.CountAsync());
        var patent = await db.Patents.AsNoTracking().SingleAsync();
        Assert.Equal(LegalStatus.Lapsed, patent.Status);
        Assert.Equal(new DateOnly(2021, 1, 10), patent.StatusOn);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_import_file_with_a_bad_row_is_refused_whole_naming_row_and_column(string provider)
    {
        await using var world = await PatentsWorld.CreateAsync(provider);
        await using var scope = world.Manager();
        var csv = $"{PatentImport.TemplateHeader}\n"
            + $"{world.Holder},Invention,201911050262.8,一种电动公交车系统,2019-11-05,,,2022-03-01,上海电巴新能源科技有限公司,张三,B60L 53/80,,Single85,\n"
            + $"{world.Holder},Invention,202011167667.3,一种换电机器人,2020-10-01,,,,电巴:60|交大:40,李四,B60S 5/06,,Joint70,\n";
        var pipeline = scope.ServiceProvider.GetRequiredService<ImportPipeline>();

        var result = await pipeline.RunAsync(new PatentImport(), new MemoryStream(Encoding.UTF8.GetBytes(csv)), "portfolio.csv", null, default);

        Assert.False(result.Accepted);
        var error = Assert.Single(result.Errors);
        Assert.Equal("application_number", error.Column);
        Assert.Equal("patents.application-number-check", error.Rule);
        Assert.Equal(2, error.Row); // the second data row
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PatentsDb>().Patents.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_good_import_file_writes_patents_owners_and_history(string provider)
    {
        await using var world = await PatentsWorld.CreateAsync(provider);
        await using var scope = world.Manager();
        var csv = $"{PatentImport.TemplateHeader}\n"
            + $"{world.Holder},Invention,201911050262.8,一种电动公交车系统,2019-11-05,,,2022-03-01,上海电巴新能源科技有限公司,张三,B60L 53/80,,Single85,\n"
            + $"{world.Holder},Design,201630402585.X,换电站（外观）,2016-08-20,,,2017-02-10,电巴:60|交大:40,李四,,,Joint70,\n";

        var result = await scope.ServiceProvider.GetRequiredService<ImportPipeline>().RunAsync(new PatentImport(), new MemoryStream(Encoding.UTF8.GetBytes(csv)), "portfolio.csv", null, default);

        Assert.True(result.Accepted, string.Join("; ", result.Errors.Select(e => $"{e.Row} {e.Column} {e.Rule} {e.Message}")));
        var db = scope.ServiceProvider.GetRequiredService<PatentsDb>();
        Assert.Equal(2, await db.Patents.CountAsync());
        Assert.Equal(3, await db.Owners.CountAsync());
        Assert.Equal(4, await db.StatusEvents.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Another_org_s_manager_neither_sees_nor_pays_the_patent(string provider)
    {
        await using var world = await PatentsWorld.CreateAsync(provider);
        Guid id;
        await using (var scope = world.Manager())
        {
            id = await scope.ServiceProvider.GetRequiredService<PortfolioService>().RegisterAsync(world.Invention());
        }

        await using var other = world.As(PatentsPermissions.IpManager, world.Other);
        Assert.Empty(await other.ServiceProvider.GetRequiredService<PortfolioService>().ListAsync(null, null, null));
        var e = await Assert.ThrowsAsync<RuleViolation>(() => other.ServiceProvider.GetRequiredService<FeeService>().PayAsync(id, 3, new DateOnly(2022, 4, 1)));
        Assert.Equal("patents.patent-unknown", e.Rule);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Scores_rank_for_licensing_recompute_the_same_and_survive_a_new_weight_version(string provider)
    {
        await using var world = await PatentsWorld.CreateAsync(provider);
        Guid id;
        await using (var scope = world.Manager())
        {
            id = await scope.ServiceProvider.GetRequiredService<PortfolioService>().RegisterAsync(world.Invention());
            await scope.ServiceProvider.GetRequiredService<PortfolioService>().RegisterAsync(world.Invention("202011167667.2", new DateOnly(2020, 10, 1), new DateOnly(2023, 1, 5)));
            var ledger = scope.ServiceProvider.GetRequiredService<TransformationService>();
            await ledger.RecordAsync(new NewTransformation(id, TransformationMode.LicenceOrdinary, "上海巴士集团", Cny.FromYuan(500_000), Cny.FromYuan(120_000), new DateOnly(2023, 1, 1), new DateOnly(2027, 12, 31), "普通许可五年"));
            await ledger.RecordAsync(new NewTransformation(id, TransformationMode.Pledge, "上海银行浦东分行", Cny.FromYuan(5_000_000), Cny.Zero, new DateOnly(2024, 6, 1), new DateOnly(2026, 5, 31), "质押融资"));
            var value = scope.ServiceProvider.GetRequiredService<ValueService>();
            Assert.Equal(2, await value.ScoreAllAsync(ValuePurpose.Licensing));
            var ranked = await value.RankedAsync(ValuePurpose.Licensing);
            Assert.Equal(id, ranked[0].PatentId);
            var explained = await value.ExplainAsync(ranked[0].ScoreId);
            Assert.True(explained.Reproduced);
            Assert.Equal(1, explained.Lines.Single(l => l.Indicator == Indicator.Licensing).Points / 40);
        }

        await using var office = world.As(PatentsPermissions.IpOffice, world.Root, subtree: true);
        var v = office.ServiceProvider.GetRequiredService<ValueService>();
        var first = await v.CurrentAsync(ValuePurpose.Licensing);
        var sum = await Assert.ThrowsAsync<RuleViolation>(() => v.AddVersionAsync(ValuePurpose.Licensing, [10, 10, 10, 10, 10, 10, 10, 10, 10, 5], 80, 60, 40, "test"));
        Assert.Equal("patents.weights-sum", sum.Rule);
        var second = await v.AddVersionAsync(ValuePurpose.Licensing, [10, 10, 10, 10, 10, 10, 10, 10, 10, 10], 80, 60, 40, "balanced for a new round");
        Assert.Equal(first.Version + 1, second.Version);
        Assert.Equal(new RecheckResult(2, 0), await v.RecheckAsync(first.Id));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_pledge_needs_its_amount_and_term_and_an_exclusive_licence_excludes_others(string provider)
    {
        await using var world = await PatentsWorld.CreateAsync(provider);
        await using var scope = world.Manager();
        var id = await scope.ServiceProvider.GetRequiredService<PortfolioService>().RegisterAsync(world.Invention());
        var ledger = scope.ServiceProvider.GetRequiredService<TransformationService>();

        var pledge = await Assert.ThrowsAsync<RuleViolation>(() => ledger.RecordAsync(new NewTransformation(id, TransformationMode.Pledge, "上海银行", Cny.Zero, Cny.Zero, new DateOnly(2024, 1, 1), null, "")));
        Assert.Equal("patents.pledge-terms", pledge.Rule);
        await ledger.RecordAsync(new NewTransformation(id, TransformationMode.LicenceExclusive, "甲公司", Cny.FromYuan(1_000_000), Cny.Zero, new DateOnly(2024, 1, 1), new DateOnly(2028, 12, 31), ""));
        var clash = await Assert.ThrowsAsync<RuleViolation>(() => ledger.RecordAsync(new NewTransformation(id, TransformationMode.LicenceOrdinary, "乙公司", Cny.FromYuan(100_000), Cny.Zero, new DateOnly(2025, 1, 1), new DateOnly(2026, 12, 31), "")));
        Assert.Equal("patents.exclusive-clash", clash.Rule);
        Assert.Single(await ledger.LedgerAsync(id, null));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task The_seven_step_operation_starts_as_a_kernel_matter_at_the_patent_s_org(string provider)
    {
        await using var world = await PatentsWorld.CreateAsync(provider);
        await using var scope = world.Manager();
        var id = await scope.ServiceProvider.GetRequiredService<PortfolioService>().RegisterAsync(world.Invention());

        var matter = await scope.ServiceProvider.GetRequiredService<TransformationService>().StartOperationAsync(id);

        Assert.Equal(OperationWorkflow.Name, matter.Workflow);
        Assert.Equal("retrieval", matter.State);
        Assert.Equal(world.Holder, matter.OrgId);
    }
}
