using Tongban.Pensions.Amounts;
using Tongban.Pensions.Records;

namespace Tongban.Pensions.Tests.Records;

public sealed class InsuredPeriodTests
{
    [Fact]
    public void Months_before_during_and_after_the_army_are_merged_art9()
    {
        InsuredPeriod[] periods =
        [
            new(PeriodKind.BeforeArmy, new YearMonth(1995, 3), new YearMonth(2001, 6), "320102"),
            new(PeriodKind.Military, new YearMonth(2001, 6), new YearMonth(2015, 12), "910000"),
            new(PeriodKind.AfterArmy, new YearMonth(2016, 1), new YearMonth(2020, 12), "330106"),
        ];

        // 76 + 175 + 60 months, the move month 2001-06 counted once
        Assert.Equal(76 + 175 - 1 + 60, InsuredPeriodRules.MergedMonths(periods));
        Assert.True(InsuredPeriodRules.NoOverlap(periods).IsAllowed);
    }

    [Fact]
    public void Overlapping_periods_are_refused()
    {
        InsuredPeriod[] periods =
        [
            new(PeriodKind.BeforeArmy, new YearMonth(1995, 3), new YearMonth(2001, 6), "320102"),
            new(PeriodKind.Military, new YearMonth(2001, 1), new YearMonth(2015, 12), "910000"),
        ];

        var result = InsuredPeriodRules.NoOverlap(periods);

        Assert.False(result.IsAllowed);
        Assert.Equal("pensions.periods-overlap", result.Rule);
    }

    [Fact]
    public void Military_period_is_recorded_under_910000_and_keeps_it_art8_II()
    {
        Assert.Equal("910000", InsuredPeriodRules.RecordedDivisionCode(PeriodKind.Military, "110101"));
        Assert.Equal("110101", InsuredPeriodRules.RecordedDivisionCode(PeriodKind.AfterArmy, "110101"));
        Assert.False(InsuredPeriodRules.DivisionCodeFitsKind(PeriodKind.Military, "110101").IsAllowed);
        Assert.False(InsuredPeriodRules.DivisionCodeFitsKind(PeriodKind.AfterArmy, "910000").IsAllowed);
    }

    [Theory]
    [InlineData("910000", true)]
    [InlineData("110101", true)]
    [InlineData("650102", true)]
    [InlineData("990000", false)]
    [InlineData("11010", false)]
    [InlineData("11010a", false)]
    [InlineData("", false)]
    public void Unknown_division_codes_are_refused(string code, bool known)
    {
        var result = InsuredPeriodRules.KnownDivisionCode(code);

        Assert.Equal(known, result.IsAllowed);
        if (!known)
        {
            Assert.Equal("pensions.division-code-unknown", result.Rule);
        }
    }

    [Fact]
    public void A_contribution_month_outside_the_military_period_is_refused_art1()
    {
        var result = ContributionRules.WithinMilitaryPeriod(new YearMonth(2016, 1), new YearMonth(2001, 6), new YearMonth(2015, 12));

        Assert.Equal("pensions.month-outside-military-period", result.Rule);
        Assert.True(ContributionRules.WithinMilitaryPeriod(new YearMonth(2015, 12), new YearMonth(2001, 6), new YearMonth(2015, 12)).IsAllowed);
    }
}
