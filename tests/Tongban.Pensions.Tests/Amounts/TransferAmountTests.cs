using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;
using Tongban.Pensions.Amounts;

namespace Tongban.Pensions.Tests.Amounts;

public sealed class TransferAmountTests
{
    private static readonly BookkeepingRates Rates2020 = new([new BookkeepingRate(2020, 6.04m, "test")]);

    [Fact]
    public void Worked_example_twelve_2020_months_gives_2974_22_plus_4320_00_notice_art7()
    {
        var amounts = Compute(Months(2020, 1, 12, 3000m, 240m, 240m), Rates2020, new YearMonth(2020, 12));

        Assert.Equal(12, amounts.Months);
        // Notice art. 7(2): 12 % x 12 x 3000
        Assert.Equal(Cny.FromYuan(4320.00m), amounts.MilitarySubsidy);
        // Notice art. 7(1): 2880.00 credited + 2880 x 6.5 / 12 x 6.04 % = 94.224 -> 94.22
        Assert.Equal(Cny.FromYuan(2974.22m), amounts.PersonalAccount);
        Assert.Equal(Cny.FromYuan(7294.22m), amounts.Total);
    }

    [Fact]
    public void January_credit_earns_twelve_months_and_December_credit_one_month_art7()
    {
        var january = Compute([Month(2020, 1, 3000m, 240m, 1200m)], Rates2020, new YearMonth(2020, 12));
        var december = Compute([Month(2020, 12, 3000m, 240m, 1200m)], Rates2020, new YearMonth(2020, 12));

        // 1200 x 12 / 12 x 6.04 % = 72.48; 1200 x 1 / 12 x 6.04 % = 6.04
        Assert.Equal(Cny.FromYuan(72.48m), january.Years[0].Interest);
        Assert.Equal(Cny.FromYuan(6.04m), december.Years[0].Interest);
    }

    [Fact]
    public void Pre_1998_months_transfer_individual_contributions_with_interest_and_earn_no_subsidy_art7()
    {
        var rates = new BookkeepingRates([new BookkeepingRate(1997, 5.67m, "test"), new BookkeepingRate(1998, 4.77m, "test")]);
        var months = Months(1997, 1, 12, 500m, 15m, 55m).Concat(Months(1998, 1, 12, 600m, 24m, 66m)).ToList();

        var amounts = Compute(months, rates, new YearMonth(1998, 12));

        // 1997: only the individual 15 a month counts: 180 + 15 x 78 / 12 x 5.67 % = 180 + 5.52825 -> 185.53
        Assert.Equal(Cny.FromYuan(180m), amounts.Years[0].Credits);
        Assert.Equal(Cny.FromYuan(5.53m), amounts.Years[0].Interest);
        Assert.Equal(Cny.Zero, amounts.Years[0].Subsidy);
        // 1998: 185.53 x 4.77 % + 66 x 78 / 12 x 4.77 % = 8.849781 + 20.4633 = 29.313081 -> 29.31; closing 185.53 + 792 + 29.31
        Assert.Equal(Cny.FromYuan(29.31m), amounts.Years[1].Interest);
        Assert.Equal(Cny.FromYuan(1006.84m), amounts.PersonalAccount);
        // Subsidy from 1998-01 only: 12 % x 12 x 600
        Assert.Equal(Cny.FromYuan(864.00m), amounts.MilitarySubsidy);
        Assert.Equal(24, amounts.Months);
        Assert.Equal(Cny.FromYuan(1870.84m), amounts.Total);
    }

    [Fact]
    public void Year_interest_is_rounded_to_the_fen_half_away_from_zero()
    {
        var rates = new BookkeepingRates([new BookkeepingRate(2020, 6.3m, "test")]);

        // 100.00 credited in December: 10000 fen x 1 / 12 x 6.3 % = 52.5 fen -> 53 fen (not the banker's 52)
        var amounts = Compute([Month(2020, 12, 1000m, 100m, 100m)], rates, new YearMonth(2020, 12));

        Assert.Equal(new Cny(53), amounts.Years[0].Interest);
    }

    [Fact]
    public void Booked_interest_earns_interest_from_the_next_year_notice_art2()
    {
        var rates = Rates2020.With(new BookkeepingRates([new BookkeepingRate(2021, 6.69m, "test")]));

        var amounts = Compute(Months(2020, 1, 12, 3000m, 240m, 240m), rates, new YearMonth(2021, 12));

        // 2974.22 x 6.69 % = 198.975318 -> 198.98
        Assert.Equal(Cny.FromYuan(2974.22m), amounts.Years[1].Opening);
        Assert.Equal(Cny.FromYuan(198.98m), amounts.Years[1].Interest);
        Assert.Equal(Cny.FromYuan(3173.20m), amounts.PersonalAccount);
        Assert.Equal(Cny.FromYuan(4320.00m), amounts.MilitarySubsidy);
    }

    [Fact]
    public void As_of_month_inside_a_year_earns_interest_through_that_month()
    {
        var rates = Rates2020.With(new BookkeepingRates([new BookkeepingRate(2021, 6.69m, "test")]));

        var amounts = Compute(Months(2020, 1, 12, 3000m, 240m, 240m), rates, new YearMonth(2021, 6));

        // 2974.22 x 6 / 12 x 6.69 % = 99.487659 -> 99.49
        Assert.Equal(Cny.FromYuan(99.49m), amounts.Years[1].Interest);
        Assert.Equal(Cny.FromYuan(3073.71m), amounts.PersonalAccount);
    }

    [Fact]
    public void Only_a_yearly_credit_known_earns_by_the_conventional_factor_1_083_half()
    {
        var rates = new BookkeepingRates([new BookkeepingRate(2019, 7.61m, "test")]);
        var calculator = new TransferAmountCalculator(rates);
        calculator.Add(new ContributionYear(2019, 12, Cny.FromYuan(36000m), Cny.FromYuan(2880m), Cny.FromYuan(2880m)));

        var amounts = calculator.Finish(new YearMonth(2019, 12));

        // 2880 x 7.61 % x 1.083 x 1/2 = 118.679472 -> 118.68
        Assert.Equal(Cny.FromYuan(118.68m), amounts.Years[0].Interest);
        Assert.Equal(Cny.FromYuan(4320.00m), amounts.MilitarySubsidy);
        Assert.Equal(12, amounts.Months);
    }

    [Fact]
    public void A_year_before_2016_with_no_rate_says_to_load_the_provinces_rate()
    {
        // 人社部发〔2017〕31号: one national rate from 2016; 2015's rate was set by the province, not published by the ministry.
        var violation = Assert.Throws<RuleViolation>(() => Compute(Months(2015, 1, 3, 3000m, 240m, 240m), BookkeepingRates.Shipped, null));

        Assert.Equal("pensions.rate-missing-provincial", violation.Rule);
        Assert.Equal("rates.2015", violation.Field);
        Assert.Contains("2015", violation.Message, StringComparison.Ordinal);
        Assert.Contains("province", violation.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("MOHRSS", violation.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_gap_year_without_contributions_still_needs_its_rate()
    {
        var rates = Rates2020.With(new BookkeepingRates([new BookkeepingRate(2022, 6.12m, "test")]));

        var violation = Assert.Throws<RuleViolation>(() => Compute(Months(2020, 1, 12, 3000m, 240m, 240m).Append(Month(2022, 1, 3000m, 240m, 240m)).ToList(), rates, null));

        Assert.Equal("rates.2021", violation.Field);
    }

    [Fact]
    public void Part_year_subsidy_counts_its_actual_months_art7()
    {
        var rates = new BookkeepingRates([new BookkeepingRate(2023, 3.97m, "test")]);

        var amounts = Compute(Months(2023, 9, 4, 4500m, 360m, 360m), rates, null);

        // Notice art. 7(2): less than a year -> its actual months: 12 % x 4 x 4500
        Assert.Equal(Cny.FromYuan(2160.00m), amounts.MilitarySubsidy);
        Assert.Equal(4, amounts.Months);
        Assert.Equal(new YearMonth(2023, 12), amounts.AsOf);
    }

    [Fact]
    public void Base_of_zero_is_refused()
    {
        var violation = Assert.Throws<RuleViolation>(() => Compute([Month(2020, 1, 0m, 0m, 0m)], Rates2020, null));

        Assert.Equal("pensions.base-not-positive", violation.Rule);
    }

    [Fact]
    public void As_of_before_the_last_contribution_is_refused()
    {
        var violation = Assert.Throws<RuleViolation>(() => Compute(Months(2020, 1, 12, 3000m, 240m, 240m), Rates2020, new YearMonth(2020, 6)));

        Assert.Equal("pensions.as-of-early", violation.Rule);
    }

    [Fact]
    public void Shipped_rates_hold_the_national_series_from_2016_with_sources_and_2025_marked_unverified()
    {
        var expected = new Dictionary<int, decimal>
        {
            [2016] = 8.31m,
            [2017] = 7.12m,
            [2018] = 8.29m,
            [2019] = 7.61m,
            [2020] = 6.04m,
            [2021] = 6.69m,
            [2022] = 6.12m,
            [2023] = 3.97m,
            [2024] = 2.62m,
            [2025] = 1.50m,
        };

        Assert.Equal(expected.Keys.Order(), BookkeepingRates.Shipped.All.Select(r => r.Year));
        foreach (var (year, rate) in expected)
        {
            Assert.Equal(rate, BookkeepingRates.Shipped.PercentFor(year));
        }

        Assert.All(BookkeepingRates.Shipped.All, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
        Assert.True(BookkeepingRates.Shipped.TryGet(2025, out var unverified));
        Assert.StartsWith("UNVERIFIED", unverified.Source, StringComparison.Ordinal);
        // Nothing before 2016 (provincial rates) and nothing not yet published.
        Assert.False(BookkeepingRates.Shipped.TryGet(2015, out _));
        Assert.False(BookkeepingRates.Shipped.TryGet(2026, out _));
    }

    [Fact]
    public void A_year_not_yet_published_is_an_error_naming_it()
    {
        var violation = Assert.Throws<RuleViolation>(() => Compute(Months(2026, 1, 3, 3000m, 240m, 240m), BookkeepingRates.Shipped, null));

        Assert.Equal(("rates.2026", "pensions.rate-missing"), (violation.Field, violation.Rule));
    }

    internal static ContributionMonth Month(int year, int month, decimal baseYuan, decimal individual, decimal credited) =>
        new(new YearMonth(year, month), Cny.FromYuan(baseYuan), Cny.FromYuan(individual), Cny.FromYuan(credited));

    internal static IEnumerable<ContributionMonth> Months(int year, int firstMonth, int count, decimal baseYuan, decimal individual, decimal credited) =>
        Enumerable.Range(firstMonth, count).Select(m => Month(year, m, baseYuan, individual, credited));

    private static TransferAmounts Compute(IEnumerable<ContributionMonth> months, BookkeepingRates rates, YearMonth? asOf)
    {
        var calculator = new TransferAmountCalculator(rates);
        foreach (var month in months)
        {
            calculator.Add(month);
        }

        return calculator.Finish(asOf);
    }
}
