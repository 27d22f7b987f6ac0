using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;
using Tongban.Pensions.Amounts;
using Tongban.Pensions.Records;

namespace Tongban.Pensions.Tests.Records;

/// <summary>The contribution-months page's entry: a run of months, or pasted lines (Notice art. 1: recorded month by month).</summary>
public sealed class ContributionEntryTests
{
    [Fact]
    public void A_run_books_each_month_from_the_first_through_the_last_art1()
    {
        var months = ContributionEntry.Run("2020-11", "2021-02", "3000", "240", "240");

        Assert.Equal(["2020-11", "2020-12", "2021-01", "2021-02"], months.Select(m => m.Month.ToString()));
        Assert.All(months, m => Assert.Equal((Cny.FromYuan(3000m), Cny.FromYuan(240m), Cny.FromYuan(240m)), (m.Base, m.Individual, m.Credited)));
    }

    [Fact]
    public void A_reversed_run_a_bad_month_or_a_zero_base_is_refused_naming_the_field()
    {
        var reversed = Assert.Throws<RuleViolation>(() => ContributionEntry.Run("2021-02", "2020-11", "3000", "240", "240"));
        var badMonth = Assert.Throws<RuleViolation>(() => ContributionEntry.Run("2020-13", "2021-02", "3000", "240", "240"));
        var zeroBase = Assert.Throws<RuleViolation>(() => ContributionEntry.Run("2020-11", "2021-02", "0", "240", "240"));
        var tooLong = Assert.Throws<RuleViolation>(() => ContributionEntry.Run("1950-01", "2021-02", "3000", "240", "240"));

        Assert.Equal(("to", "pensions.month-range"), (reversed.Field, reversed.Rule));
        Assert.Equal(("from", "pensions.month-format"), (badMonth.Field, badMonth.Rule));
        Assert.Equal(("amounts, base", "pensions.base-not-positive"), (zeroBase.Field, zeroBase.Rule));
        Assert.Equal(("to", "pensions.month-range"), (tooLong.Field, tooLong.Rule));
    }

    [Fact]
    public void Pasted_lines_in_the_file_format_are_read_and_a_bad_row_refuses_them_all()
    {
        var months = ContributionEntry.Pasted("month,base,individual,credited\n2020-02,3000,240,240\n2020-01,3000,240,240\n");
        var bad = Assert.Throws<RuleViolation>(() => ContributionEntry.Pasted("month,base,individual,credited\n2020-01,3000,240,240\n2020-02,-5,240,240\n"));
        var empty = Assert.Throws<RuleViolation>(() => ContributionEntry.Pasted("  "));

        Assert.Equal([new YearMonth(2020, 1), new YearMonth(2020, 2)], months.Select(m => m.Month));
        Assert.Equal("pensions.base-not-positive", bad.Rule);
        Assert.Contains("row 3", bad.Field, StringComparison.Ordinal);
        Assert.Equal(("pasted", "pensions.pasted-empty"), (empty.Field, empty.Rule));
    }
}
