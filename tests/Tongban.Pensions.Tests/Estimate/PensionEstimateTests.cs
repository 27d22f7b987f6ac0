using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;
using Tongban.Pensions.Amounts;
using Tongban.Pensions.Estimate;
using Tongban.Pensions.Records;
using Tongban.Pensions.Tests.Amounts;
using Tongban.Pensions.Tests.Data;

namespace Tongban.Pensions.Tests.Estimate;

public sealed class PensionEstimateTests
{
    [Fact]
    public void Basic_part_is_the_mean_of_wage_and_indexed_wage_times_one_percent_a_year_guofa_2005_38()
    {
        // 9000 x (1 + 1.2) / 2 x 30 years x 1 % = 2970.00
        Assert.Equal(Cny.FromYuan(2970m), PensionEstimateRules.BasicPart(Cny.FromYuan(9000m), 1.2m, 360));
        // 15 years and 5 months: 6000 x 2 / 2 x 185/12 x 1 % = 925.00
        Assert.Equal(Cny.FromYuan(925m), PensionEstimateRules.BasicPart(Cny.FromYuan(6000m), 1m, 185));
    }

    [Theory]
    [InlineData(60, 139)]
    [InlineData(55, 170)]
    [InlineData(50, 195)]
    public void Account_part_divides_the_balance_by_the_months_of_the_retirement_age_guofa_2005_38(int age, int months)
    {
        Assert.Equal(months, PensionEstimateRules.MonthsDivisor(age));
        Assert.Equal(Cny.FromYuan(1000m), PensionEstimateRules.AccountPart(Cny.FromYuan(1000m * months), age));
    }

    [Fact]
    public void An_age_without_a_shipped_divisor_or_an_index_outside_the_base_limits_is_refused()
    {
        var age = Assert.Throws<RuleViolation>(() => PensionEstimateRules.MonthsDivisor(62));
        var index = Assert.Throws<RuleViolation>(() => PensionEstimateRules.BasicPart(Cny.FromYuan(9000m), 3.5m, 120));
        var wage = Assert.Throws<RuleViolation>(() => PensionEstimateRules.BasicPart(Cny.Zero, 1m, 120));

        Assert.Equal(("retirementAge", "pensions.estimate-age"), (age.Field, age.Rule));
        Assert.Equal(("index", "pensions.estimate-index"), (index.Field, index.Rule));
        Assert.Equal(("averageWage", "pensions.estimate-wage"), (wage.Field, wage.Rule));
    }

    [Fact]
    public async Task The_estimate_merges_the_periods_and_accumulates_the_accounts_art9()
    {
        await using var world = await PensionsWorld.CreateAsync("sqlite");
        await using var scope = world.As(world.Military);
        var records = scope.ServiceProvider.GetRequiredService<RecordsService>();
        // 2010-01..2019-06 before the army (114 months, 10,000.00 stated by its agency), then the army from 2019-07.
        var id = await records.RegisterAsync(world.Person(31, new YearMonth(2019, 7), new PeriodInput(
            PeriodKind.BeforeArmy, new YearMonth(2010, 1), new YearMonth(2019, 6), "330102", "杭州市西湖区社保中心", Cny.FromYuan(10000m))));
        await records.RecordContributionsAsync(id, TransferAmountTests.Months(2020, 1, 12, 3000m, 240m, 240m).ToList());

        var estimate = await scope.ServiceProvider.GetRequiredService<PensionEstimator>().EstimateAsync(id, new EstimateInput(50, Cny.FromYuan(8000m), 1m));

        // Military period 2019-07 to this month (the test clock's 2025-09): 75 months; with 114 before: 189.
        Assert.Equal(189, estimate.InsuredMonths);
        Assert.Equal(2, estimate.AccountParts.Count);
        Assert.Equal(Cny.FromYuan(2974.22m), estimate.AccountParts[0].Amount);
        Assert.Equal(Cny.FromYuan(12974.22m), estimate.AccountBalance);
        // 8000 x 2 / 2 x 189/12 x 1 % = 1260.00; 12974.22 / 195 = 66.53
        Assert.Equal(Cny.FromYuan(1260m), estimate.BasicPart);
        Assert.Equal(Cny.FromYuan(66.53m), estimate.AccountPart);
        Assert.Equal(Cny.FromYuan(1326.53m), estimate.Total);
        Assert.Contains("÷ 195", estimate.Formula, StringComparison.Ordinal);
    }
}
