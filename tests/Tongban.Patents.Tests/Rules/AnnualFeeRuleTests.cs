using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;
using Tongban.Patents.Fees;
using Tongban.Patents.Portfolio;
using FeeService = Tongban.Patents.Fees.FeeService;

namespace Tongban.Patents.Tests.Rules;

public sealed class AnnualFeeRuleTests
{
    private static readonly RuleBook Book = RuleBook.Shipped;
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.LoadDefault();
    private static readonly DateOnly Filed = new(1997, 6, 3);
    private static readonly DateOnly Granted = new(1999, 5, 1);

    private static FeeQuote Quote(int year, DateOnly paidOn, Reduction reduction = Reduction.None, bool open = false, PatentType type = PatentType.Invention) =>
        AnnualFeeRules.Quote(Book, Calendar, type, Filed, Granted, year, paidOn, reduction, open);

    [Fact]
    public void Year_6_fee_is_due_on_the_filing_anniversary_IR_art_115_guidelines_example()
    {
        // Reference §2: filing 1997-06-03, the year-6 fee is due by 2002-06-03.
        var q = Quote(6, new DateOnly(2002, 6, 3));
        Assert.Equal(new DateOnly(2002, 6, 3), q.DueOn);
        Assert.Equal(Cny.FromYuan(1200), q.Fee);
        Assert.Equal(Cny.Zero, q.Surcharge);
    }

    [Fact]
    public void Patent_years_run_from_the_filing_date_reference_s2()
    {
        // Filing 1999-06-01: year 1 is 1999-06-01 to 2000-05-31.
        Assert.Equal(1, AnnualFeeRules.PatentYearOn(new DateOnly(1999, 6, 1), new DateOnly(2000, 5, 31)));
        Assert.Equal(2, AnnualFeeRules.PatentYearOn(new DateOnly(1999, 6, 1), new DateOnly(2000, 6, 1)));
    }

    [Fact]
    public void First_fee_is_due_at_registration_within_two_months_of_the_grant_notice_IR_art_60()
    {
        var q = AnnualFeeRules.Quote(Book, Calendar, PatentType.Invention, new DateOnly(2018, 4, 10), new DateOnly(2021, 3, 10), 3, new DateOnly(2021, 5, 10), Reduction.None);
        Assert.Equal(new DateOnly(2021, 5, 10), q.DueOn);
        Assert.Equal(Cny.FromYuan(900), q.Fee);
    }

    [Fact]
    public void First_fee_after_registration_deadline_is_refused_IR_art_60()
    {
        var e = Assert.Throws<RuleViolation>(() => AnnualFeeRules.Quote(Book, Calendar, PatentType.Invention, new DateOnly(2018, 4, 10), new DateOnly(2021, 3, 10), 3, new DateOnly(2021, 5, 11), Reduction.None));
        Assert.Equal("patents.registration-missed", e.Rule);
    }

    [Theory]
    // IR art. 115: no surcharge within one month; then 5 % of the full fee per month begun, up to 25 % in month 6.
    [InlineData("2002-06-03", 0)]
    [InlineData("2002-07-03", 0)]
    [InlineData("2002-07-04", 60)]
    [InlineData("2002-08-03", 60)]
    [InlineData("2002-08-04", 120)]
    [InlineData("2002-10-10", 240)]
    [InlineData("2002-12-03", 300)]
    public void Surcharge_is_5_percent_of_the_full_fee_per_month_begun_after_the_first_IR_art_115(string paidOn, int surchargeYuan)
    {
        var q = Quote(6, DateOnly.Parse(paidOn, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Cny.FromYuan(surchargeYuan), q.Surcharge);
        Assert.Equal(Cny.FromYuan(1200 + surchargeYuan), q.Total);
    }

    [Fact]
    public void Payment_after_the_six_month_grace_period_is_refused_terminated_as_of_the_due_date_IR_art_115()
    {
        var e = Assert.Throws<RuleViolation>(() => Quote(6, new DateOnly(2002, 12, 4)));
        Assert.Equal("patents.fee-after-grace", e.Rule);
        Assert.Equal(new DateOnly(2002, 6, 3), e.Args["due"]);
    }

    [Fact]
    public void Reduction_85_leaves_15_percent_and_the_surcharge_stays_on_the_full_fee_reference_s3()
    {
        // Month 3 late: 10 % of the full 1,200 = 120; the fee is 15 % of 1,200 = 180.
        var q = Quote(6, new DateOnly(2002, 8, 10), Reduction.Single85);
        Assert.Equal(Cny.FromYuan(180), q.Fee);
        Assert.Equal(Cny.FromYuan(120), q.Surcharge);
        Assert.Equal(Cny.FromYuan(300), q.Total);
    }

    [Fact]
    public void Reduction_70_for_joint_owners_pays_30_percent_reference_s3() =>
        Assert.Equal(Cny.FromYuan(360), Quote(6, new DateOnly(2002, 6, 1), Reduction.Joint70).Fee);

    [Fact]
    public void Reduction_covers_ten_years_counted_from_the_grant_year_reference_s3()
    {
        // Granted in patent year 2: the ten years are years 2-11 (fees due after 2018-08-01 use the ten-year window).
        var book = Book;
        var filed = new DateOnly(2012, 6, 3);
        var granted = new DateOnly(2013, 9, 1);
        Assert.Equal(85, AnnualFeeRules.ReductionPercent(book, Reduction.Single85, false, 2, 11, new DateOnly(2022, 6, 3)));
        Assert.Equal(0, AnnualFeeRules.ReductionPercent(book, Reduction.Single85, false, 2, 12, new DateOnly(2023, 6, 3)));
        Assert.Equal(Cny.FromYuan(4000), AnnualFeeRules.Quote(book, Calendar, PatentType.Invention, filed, granted, 12, new DateOnly(2023, 6, 3), Reduction.Single85).Fee);
    }

    [Fact]
    public void Before_2018_08_01_the_window_was_six_years_reference_s3() =>
        Assert.Equal(0, AnnualFeeRules.ReductionPercent(Book, Reduction.Single85, false, 2, 8, new DateOnly(2018, 6, 3)));

    [Fact]
    public void Open_licence_takes_15_percent_and_only_the_most_favourable_reduction_applies_PL_art_51()
    {
        var due = new DateOnly(2025, 6, 3);
        Assert.Equal(15, AnnualFeeRules.ReductionPercent(Book, Reduction.None, true, 2, 5, due));
        Assert.Equal(85, AnnualFeeRules.ReductionPercent(Book, Reduction.Single85, true, 2, 5, due));
        Assert.Equal(15, AnnualFeeRules.ReductionPercent(Book, Reduction.Single85, true, 2, 15, due));
    }

    [Theory]
    // PL art. 42: invention 20, utility model 10, design 15 when filed on or after 2021-06-01, else 10.
    [InlineData(PatentType.Invention, "2010-01-01", 20)]
    [InlineData(PatentType.UtilityModel, "2010-01-01", 10)]
    [InlineData(PatentType.Design, "2021-05-31", 10)]
    [InlineData(PatentType.Design, "2021-06-01", 15)]
    public void Terms_follow_PL_art_42(PatentType type, string filed, int years) =>
        Assert.Equal(years, AnnualFeeRules.TermYears(Book, type, DateOnly.Parse(filed, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void A_year_past_the_term_is_refused_PL_art_42()
    {
        var e = Assert.Throws<RuleViolation>(() => AnnualFeeRules.Quote(Book, Calendar, PatentType.Design, new DateOnly(2012, 1, 5), new DateOnly(2012, 8, 1), 11, new DateOnly(2022, 1, 5), Reduction.None));
        Assert.Equal("patents.year-past-term", e.Rule);
    }

    [Fact]
    public void Design_years_11_to_15_cost_3000_CNIPA_2022_announcement() =>
        Assert.Equal(Cny.FromYuan(3000), AnnualFeeRules.Quote(Book, Calendar, PatentType.Design, new DateOnly(2021, 7, 1), new DateOnly(2022, 1, 10), 11, new DateOnly(2031, 7, 1), Reduction.None).Fee);

    [Fact]
    public void A_year_before_the_grant_year_is_refused_PL_art_43()
    {
        var e = Assert.Throws<RuleViolation>(() => Quote(1, new DateOnly(1997, 6, 3)));
        Assert.Equal("patents.year-before-grant", e.Rule);
    }

    [Fact]
    public void A_grant_before_the_filing_is_refused()
    {
        var e = Assert.Throws<RuleViolation>(() => AnnualFeeRules.Quote(Book, Calendar, PatentType.Invention, Filed, Filed.AddDays(-1), 1, Filed, Reduction.None));
        Assert.Equal("patents.grant-before-filing", e.Rule);
    }

    [Theory]
    // Reference §1 schedule: invention 900/1,200/2,000/4,000/6,000/8,000; utility model and design 600/900/1,200/2,000.
    [InlineData(PatentType.Invention, 3, 900)]
    [InlineData(PatentType.Invention, 9, 2000)]
    [InlineData(PatentType.Invention, 15, 6000)]
    [InlineData(PatentType.Invention, 20, 8000)]
    [InlineData(PatentType.UtilityModel, 5, 900)]
    [InlineData(PatentType.UtilityModel, 10, 2000)]
    public void Full_fees_follow_the_schedule_reference_s1(PatentType type, int year, int yuan) =>
        Assert.Equal(Cny.FromYuan(yuan), AnnualFeeRules.FullFee(Book, type, year, new DateOnly(2024, 1, 1)));

    [Fact]
    public void PCT_national_phase_is_30_months_or_31_at_EP_reference_s7()
    {
        var priority = new DateOnly(2023, 1, 15);
        Assert.Equal(new DateOnly(2025, 7, 15), PctRules.EntryDeadline(Book, "CN", priority));
        Assert.Equal(new DateOnly(2025, 8, 15), PctRules.EntryDeadline(Book, "EP", priority));
        Assert.Equal(new DateOnly(2025, 7, 15), PctRules.EntryDeadline(Book, "ZZ", priority));
    }

    [Fact]
    public void Memory_tagged_values_are_data_with_their_source_shown()
    {
        var us = Book.Find("pct.months.US", new DateOnly(2024, 1, 1))!;
        Assert.Equal(RuleTag.Memory, us.Tag);
        Assert.False(string.IsNullOrWhiteSpace(us.Source));
    }

    [Fact]
    public void A_local_rules_file_corrects_a_memory_value_without_a_release()
    {
        var file = Path.GetTempFileName();
        File.WriteAllText(file, "key,years,valid_from,value,tag,source\npct.months.US,,,30,V,\"WIPO time-limits table, checked\"\n");
        try
        {
            var book = new RuleBook(RuleBook.Merge(RuleBook.Shipped.All, file));
            var us = book.Find("pct.months.US", new DateOnly(2024, 1, 1))!;
            Assert.Equal(RuleTag.Verified, us.Tag);
            Assert.Equal(RuleBook.Shipped.All.Count, book.All.Count);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void The_forecast_adds_each_unpaid_year_s_fee_on_its_due_date_year_reference_s1_s2()
    {
        // Invention filed 2019-06-10, granted 2022-03-01 (grant year 3, registration by 2022-05-01), paid through year 5, 85 % reduction.
        var filed = new DateOnly(2019, 6, 10);
        var granted = new DateOnly(2022, 3, 1);
        var full = new long[5];
        var fee = new long[5];
        var count = new int[5];

        FeeService.AddForecast(Book, Calendar, PatentType.Invention, filed, granted, 5, Reduction.Single85, false, 2025, 5, full, fee, count);

        // Year 6 fell due in 2024 (outside); years 7..11 fall due on 2025..2029-06-10: 2025 year 7 (2,000), 2028 year 10 (4,000, pays 15 %).
        Assert.Equal([1, 1, 1, 1, 1], count);
        Assert.Equal(200_000, full[0]);
        Assert.Equal(AnnualFeeRules.Quote(Book, Calendar, PatentType.Invention, filed, granted, 7, new DateOnly(2025, 6, 10), Reduction.Single85).Fee.Fen, fee[0]);
        Assert.Equal(400_000, full[3]);
        Assert.Equal(60_000, fee[3]);
    }

    [Fact]
    public void A_due_date_on_the_National_Day_holiday_moves_to_the_next_working_day_IR_art_5()
    {
        // Filing 2019-10-01: the year-7 fee falls due on 2025-10-01, inside the 2025 National Day holiday (1-8 October),
        // so the last day to pay without surcharge is Thursday 2025-10-09; paid then, no surcharge.
        var q = AnnualFeeRules.Quote(Book, Calendar, PatentType.Invention, new DateOnly(2019, 10, 1), new DateOnly(2022, 3, 1), 7, new DateOnly(2025, 10, 9), Reduction.None);

        Assert.Equal(new DateOnly(2025, 10, 1), q.NominalDueOn);
        Assert.Equal(new DateOnly(2025, 10, 9), q.DueOn);
        Assert.Equal(0, q.LateMonths);
        Assert.Equal(Cny.Zero, q.Surcharge);
        Assert.Equal(Cny.FromYuan(2000), q.Fee);
    }

    [Fact]
    public void The_grace_period_ending_on_a_Sunday_ends_on_Monday_in_the_sixth_month_band_IR_art_5_and_115()
    {
        // Filing 2019-08-01: year 7 due Friday 2025-08-01; six months later is Sunday 2026-02-01, so the grace period ends
        // Monday 2026-02-02. Paid that Monday: the sixth month's 25 % of the full fee (2,000), not a seventh band.
        var filed = new DateOnly(2019, 8, 1);
        var granted = new DateOnly(2022, 3, 1);
        var q = AnnualFeeRules.Quote(Book, Calendar, PatentType.Invention, filed, granted, 7, new DateOnly(2026, 2, 2), Reduction.Single85);

        Assert.Equal(new DateOnly(2026, 2, 2), q.GraceEndsOn);
        Assert.Equal(6, q.LateMonths);
        Assert.Equal(Cny.FromYuan(500), q.Surcharge);
        Assert.Equal(Cny.FromYuan(300), q.Fee);
        var e = Assert.Throws<RuleViolation>(() => AnnualFeeRules.Quote(Book, Calendar, PatentType.Invention, filed, granted, 7, new DateOnly(2026, 2, 3), Reduction.Single85));
        Assert.Equal("patents.fee-after-grace", e.Rule);
    }

    [Fact]
    public void Band_edges_are_counted_from_the_nominal_due_date_reference_s2_unconfirmed_roll_over()
    {
        // Filing 2019-10-01, due 2025-10-01 rolled to 2025-10-09: paid 2025-11-10 is in the second month begun after
        // 1 October (5 %); whether band edges roll is unconfirmed, so they do not.
        var q = AnnualFeeRules.Quote(Book, Calendar, PatentType.Invention, new DateOnly(2019, 10, 1), new DateOnly(2022, 3, 1), 7, new DateOnly(2025, 11, 10), Reduction.None);

        Assert.Equal(2, q.LateMonths);
        Assert.Equal(Cny.FromYuan(100), q.Surcharge);
    }
}
