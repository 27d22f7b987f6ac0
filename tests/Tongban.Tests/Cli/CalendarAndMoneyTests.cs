namespace Tongban.Tests.Cli;

public sealed class CalendarAndMoneyTests
{
    // State Council General Office notice on 2025 holidays: National Day and Mid-Autumn 10-01..10-08 off,
    // Sunday 09-28 and Saturday 10-11 worked.
    [Fact]
    public async Task Add_workdays_across_National_Day_2025_prints_only_the_ISO_date()
    {
        var run = await CliRunner.RunAsync("calendar", "add-workdays", "2025-09-26", "15");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2025-10-23\n", run.Out.Replace("\r", "", StringComparison.Ordinal));
        Assert.Equal("", run.Err);
    }

    [Theory]
    [InlineData("2025-10-11", "adjusted-workday")]
    [InlineData("2025-10-01", "holiday")]
    [InlineData("2025-10-12", "weekend")]
    [InlineData("2025-09-26", "workday")]
    public async Task Calendar_day_prints_the_kind_of_day_per_the_2025_notice(string date, string expected)
    {
        var run = await CliRunner.RunAsync("calendar", "day", date);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal(expected, run.Out.TrimEnd());
    }

    [Fact]
    public async Task Calendar_day_beyond_the_provisional_range_is_refused_not_guessed()
    {
        var run = await CliRunner.RunAsync("calendar", "day", "2101-05-01");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Out);
        Assert.StartsWith("error: date: ", run.Err, StringComparison.Ordinal);
        Assert.Contains("[calendar.year-missing]", run.Err, StringComparison.Ordinal);
    }

    // 全国年节及纪念日放假办法 (2024) art. 2: Labour Day 1-2 May; 2031 has no notice, so the answer is provisional.
    [Fact]
    public async Task Calendar_day_in_a_year_without_a_notice_answers_on_stdout_and_says_provisional_on_stderr_issue13()
    {
        var run = await CliRunner.RunAsync("calendar", "day", "2031-05-01");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("holiday", run.Out.TrimEnd());
        Assert.StartsWith("provisional: 2031 ", run.Err, StringComparison.Ordinal);
    }

    // A 15-working-day step filed on 15 December 2026 runs into January 2027, which has no notice yet:
    // the derived days off are 1 January (art. 2), so the 15th working day is 6 January.
    [Fact]
    public async Task Add_workdays_into_a_year_without_a_notice_prints_the_date_and_a_provisional_line_issue13()
    {
        var run = await CliRunner.RunAsync("calendar", "add-workdays", "2026-12-15", "15");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("2027-01-06\n", run.Out.Replace("\r", "", StringComparison.Ordinal));
        Assert.Contains("provisional: 2027", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_years_lists_the_notice_years_and_the_provisional_range_issue13()
    {
        var run = await CliRunner.RunAsync("calendar", "years");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("notice: 2020, 2021, 2022, 2023, 2024, 2025, 2026", run.Lines[0]);
        Assert.StartsWith("provisional: every other year from 1901 to 2100", run.Lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Calendar_day_with_a_non_ISO_date_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync("calendar", "day", "11/10/2025");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not an ISO date", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Money_words_prints_the_capital_numerals()
    {
        var run = await CliRunner.RunAsync("money", "words", "1234.56");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("壹仟贰佰叁拾肆元伍角陆分", run.Out.TrimEnd());
    }

    [Fact]
    public async Task Money_words_with_three_decimals_is_refused_naming_the_rule()
    {
        var run = await CliRunner.RunAsync("money", "words", "12.345");

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: amount: ", run.Err, StringComparison.Ordinal);
        Assert.EndsWith("[money.too-many-decimals]", run.Err.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_reads_in_chinese_with_lang_zh_CN_keeping_field_and_rule()
    {
        var run = await CliRunner.RunAsync("money", "words", "12.345", "--lang", "zh-CN");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: amount: “12.345”的小数超过两位；金额以分（0.01 元）为单位。 [money.too-many-decimals]", run.Err.TrimEnd());
    }

    [Fact]
    public async Task A_refusal_reads_in_english_with_lang_en()
    {
        var run = await CliRunner.RunAsync("money", "words", "12.345", "--lang", "en");

        Assert.Equal("error: amount: \"12.345\" has more than two decimals; amounts are whole fen (0.01 yuan). [money.too-many-decimals]", run.Err.TrimEnd());
    }
}
