using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;
using Tongban.Pensions.Amounts;
using Tongban.Pensions.Records;
using Tongban.Pensions.Tests.Amounts;
using Tongban.Pensions.Transfers;
using Tongban.Testing;

namespace Tongban.Pensions.Tests.Data;

public sealed class RecordsServiceTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Stored_account_gives_the_worked_example_amounts_art7(string provider)
    {
        await using var world = await PensionsWorld.CreateAsync(provider);
        await using var scope = world.As(world.Military);
        var records = scope.ServiceProvider.GetRequiredService<RecordsService>();
        var id = await records.RegisterAsync(world.Person(1, new YearMonth(2019, 7)));
        await records.RecordContributionsAsync(id, TransferAmountTests.Months(2020, 1, 12, 3000m, 240m, 240m).ToList());

        var amounts = await scope.ServiceProvider.GetRequiredService<TransferService>().ComputeAsync(id, new YearMonth(2020, 12));

        Assert.Equal(12, amounts.Months);
        Assert.Equal(Cny.FromYuan(2974.22m), amounts.PersonalAccount);
        Assert.Equal(Cny.FromYuan(4320.00m), amounts.MilitarySubsidy);
        Assert.Equal(Cny.FromYuan(7294.22m), amounts.Total);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_month_outside_the_military_period_refuses_the_whole_batch_art1(string provider)
    {
        await using var world = await PensionsWorld.CreateAsync(provider);
        await using var scope = world.As(world.Military);
        var records = scope.ServiceProvider.GetRequiredService<RecordsService>();
        var id = await records.RegisterAsync(world.Person(2, new YearMonth(2020, 3)));
        var months = TransferAmountTests.Months(2020, 1, 12, 3000m, 240m, 240m).ToList();

        var violation = await Assert.ThrowsAsync<RuleViolation>(() => records.RecordContributionsAsync(id, months));

        Assert.Equal("pensions.month-outside-military-period", violation.Rule);
        Assert.Equal("months[0].month", violation.Field);
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PensionsDb>().Contributions.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Months_booked_from_the_page_entry_are_listed_in_order_and_another_departments_person_is_unknown_art1(string provider)
    {
        await using var world = await PensionsWorld.CreateAsync(provider);
        Guid id;
        await using (var scope = world.As(world.Military))
        {
            var records = scope.ServiceProvider.GetRequiredService<RecordsService>();
            id = await records.RegisterAsync(world.Person(7, new YearMonth(2020, 1)));
            await records.RecordContributionsAsync(id, ContributionEntry.Run("2020-07", "2020-12", "3000", "240", "240"));
            await records.RecordContributionsAsync(id, ContributionEntry.Pasted("month,base,individual,credited\n2020-03,3000,240,240\n"));

            var months = await records.MonthsAsync(id);

            Assert.Equal(["2020-03", "2020-07", "2020-08", "2020-09", "2020-10", "2020-11", "2020-12"], months.Select(m => m.Month.ToString()));
        }

        await using var other = world.As(world.OtherMilitary);
        var unknown = await Assert.ThrowsAsync<RuleViolation>(() => other.ServiceProvider.GetRequiredService<RecordsService>().MonthsAsync(id));
        Assert.Equal("pensions.person-unknown", unknown.Rule);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_month_booked_twice_is_refused(string provider)
    {
        await using var world = await PensionsWorld.CreateAsync(provider);
        await using var scope = world.As(world.Military);
        var records = scope.ServiceProvider.GetRequiredService<RecordsService>();
        var id = await records.RegisterAsync(world.Person(3, new YearMonth(2020, 1)));
        await records.RecordContributionsAsync(id, TransferAmountTests.Months(2020, 1, 3, 3000m, 240m, 240m).ToList());

        var violation = await Assert.ThrowsAsync<RuleViolation>(() => records.RecordContributionsAsync(id, TransferAmountTests.Months(2020, 3, 2, 3000m, 240m, 240m).ToList()));

        Assert.Equal("pensions.month-duplicate", violation.Rule);
        Assert.Equal(3, await scope.ServiceProvider.GetRequiredService<PensionsDb>().Contributions.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bad_registrations_are_refused_with_the_rule_named(string provider)
    {
        await using var world = await PensionsWorld.CreateAsync(provider);
        await using var scope = world.As(world.Military);
        var records = scope.ServiceProvider.GetRequiredService<RecordsService>();
        var before = new PeriodInput(PeriodKind.BeforeArmy, new YearMonth(2005, 1), new YearMonth(2010, 6), "330102", "杭州市社保中心", Cny.FromYuan(8000m));

        var unknownCode = await Assert.ThrowsAsync<RuleViolation>(() => records.RegisterAsync(world.Person(4, new YearMonth(2010, 6), before with { DivisionCode = "990102" })));
        var overlap = await Assert.ThrowsAsync<RuleViolation>(() => records.RegisterAsync(world.Person(4, new YearMonth(2010, 1), before)));
        var sealedWithoutCertificate = await Assert.ThrowsAsync<RuleViolation>(() => records.RegisterAsync(world.Person(4, new YearMonth(2010, 6), before with { Sealed = true })));
        var badId = await Assert.ThrowsAsync<RuleViolation>(() => records.RegisterAsync(world.Person(4, new YearMonth(2010, 6)) with { IdNumber = "330102198506150000" }));
        var wrongOrg = await Assert.ThrowsAsync<RuleViolation>(() => records.RegisterAsync(world.Person(4, new YearMonth(2010, 6)) with { MilitaryFinanceOrgId = world.Agency }));

        Assert.Equal(("otherPeriods[0].divisionCode", "pensions.division-code-unknown"), (unknownCode.Field, unknownCode.Rule));
        Assert.Equal("pensions.periods-overlap", overlap.Rule);
        Assert.Equal("pensions.sealed-certificate", sealedWithoutCertificate.Rule);
        Assert.Equal("pensions.id-number-check", badId.Rule);
        Assert.Equal("pensions.org-kind", wrongOrg.Rule);
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<PensionsDb>().Persons.CountAsync());
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Sealed_period_with_certificate_is_kept_and_months_merge_art6_art9(string provider)
    {
        await using var world = await PensionsWorld.CreateAsync(provider);
        Guid id;
        await using (var scope = world.As(world.Military))
        {
            var records = scope.ServiceProvider.GetRequiredService<RecordsService>();
            var sealedPeriod = new PeriodInput(PeriodKind.BeforeArmy, new YearMonth(1996, 1), new YearMonth(2010, 6), "330102", "杭州市社保中心", Cny.FromYuan(8000m), true, "JF000123");
            id = await records.RegisterAsync(world.Person(5, new YearMonth(2010, 6), sealedPeriod));

            // 1996-01..2010-06 (174) and 2010-06..2020-12 (127), the move month once
            Assert.Equal(174 + 127 - 1, await records.MergedMonthsAsync(id, new YearMonth(2020, 12)));
        }

        await using var other = world.As(world.OtherMilitary);
        var hidden = await Assert.ThrowsAsync<RuleViolation>(() => other.ServiceProvider.GetRequiredService<RecordsService>().FindAsync(id, default));
        Assert.Equal("pensions.person-unknown", hidden.Rule);

        await using var system = world.AsSystem();
        var period = await system.ServiceProvider.GetRequiredService<PensionsDb>().Periods.SingleAsync();
        Assert.True(period.Sealed);
        Assert.Equal("JF000123", period.CertificateNumber);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rates_are_editable_and_a_missing_year_names_the_year(string provider)
    {
        await using var world = await PensionsWorld.CreateAsync(provider);
        await using var scope = world.As(world.Military);
        var rates = scope.ServiceProvider.GetRequiredService<RatesService>();
        var records = scope.ServiceProvider.GetRequiredService<RecordsService>();
        var transfers = scope.ServiceProvider.GetRequiredService<TransferService>();
        var id = await records.RegisterAsync(world.Person(6, new YearMonth(2014, 1)));
        await records.RecordContributionsAsync(id, TransferAmountTests.Months(2015, 1, 12, 2000m, 160m, 160m).ToList());

        var missing = await Assert.ThrowsAsync<RuleViolation>(() => transfers.ComputeAsync(id, new YearMonth(2015, 12)));
        // Issue 21 (2): the rate is national, entered with the permission at the root.
        await using (var keeper = world.Db.Open(Kernel.People.CallerScope.ForUser(
            Guid.NewGuid(), "keeper", [new Kernel.People.Grant { Role = PensionsPermissions.RatesKeeper, OrgId = world.Root, CoversDescendants = true }])))
        {
            await keeper.ServiceProvider.GetRequiredService<RatesService>().SetAsync(2015, 3.5m, "浙江省 2015 年记账利率");
        }

        var amounts = await transfers.ComputeAsync(id, new YearMonth(2015, 12));

        Assert.Equal("rates.2015", missing.Field);
        // 1920 + 160 x 78 / 12 x 3.5 % = 1920 + 36.40
        Assert.Equal(Cny.FromYuan(1956.40m), amounts.PersonalAccount);
        Assert.Equal(3.5m, (await rates.LoadAsync()).PercentFor(2015));
    }
}
