using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;

namespace Tongban.Kernel.Tests.Money;

public sealed class CnyTests
{
    [Theory]
    [InlineData("1.005", 101)]
    [InlineData("1.004", 100)]
    [InlineData("-1.005", -101)]  // half away from zero, not banker's rounding
    [InlineData("0.125", 13)]
    [InlineData("2.675", 268)]
    [InlineData("1234.56", 123456)]
    public void From_yuan_rounds_half_away_from_zero_to_the_fen(string yuan, long fen)
    {
        Assert.Equal(new Cny(fen), Cny.FromYuan(decimal.Parse(yuan, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Theory]
    [InlineData("1234.56", 123456)]
    [InlineData("1,234.56", 123456)]
    [InlineData("¥1234.56", 123456)]
    [InlineData("￥1,234.5", 123450)]
    [InlineData(" 12 ", 1200)]
    [InlineData("-12.30", -1230)]
    [InlineData("¥-12.30", -1230)]
    [InlineData("1,000,000", 100000000)]
    [InlineData("1.500", 150)]  // trailing zeros lose nothing
    public void Parse_accepts_plain_grouped_and_yuan_sign_amounts(string text, long fen)
    {
        Assert.Equal(new Cny(fen), Cny.Parse(text));
    }

    [Theory]
    [InlineData("1.005")]
    [InlineData("0.001")]
    public void Parse_refuses_more_than_two_decimals_rather_than_round_input(string text)
    {
        var e = Assert.Throws<RuleViolation>(() => Cny.Parse(text, "price"));
        Assert.Equal("price", e.Field);
        Assert.Equal("money.too-many-decimals", e.Rule);
    }

    [Theory]
    [InlineData("")]
    [InlineData("abc")]
    [InlineData("12,34.5")]
    [InlineData("1.2.3")]
    [InlineData("--5")]
    [InlineData("-¥-5")]
    [InlineData("1e5")]
    [InlineData(".5")]
    [InlineData("5.")]
    [InlineData("١٢")]
    public void Parse_refuses_what_is_not_an_amount(string text)
    {
        var e = Assert.Throws<RuleViolation>(() => Cny.Parse(text));
        Assert.Equal("amount", e.Field);
        Assert.Equal("money.not-a-number", e.Rule);
    }

    [Fact]
    public void Parse_refuses_amounts_beyond_the_range()
    {
        var e = Assert.Throws<RuleViolation>(() => Cny.Parse("999999999999999999999"));
        Assert.Equal("money.out-of-range", e.Rule);
    }

    [Fact]
    public void Try_parse_reports_success_and_failure()
    {
        Assert.True(Cny.TryParse("1,234.56", out var ok));
        Assert.Equal(new Cny(123456), ok);
        Assert.False(Cny.TryParse("1.234", out var bad));
        Assert.Equal(Cny.Zero, bad);
        Assert.False(Cny.TryParse(null, out _));
    }

    [Theory]
    [InlineData(123456, "1,234.56")]
    [InlineData(0, "0.00")]
    [InlineData(5, "0.05")]
    [InlineData(-123456789, "-1,234,567.89")]
    [InlineData(100000000000, "1,000,000,000.00")]
    public void To_string_is_invariant_with_thousands_separators_and_two_decimals(long fen, string expected)
    {
        Assert.Equal(expected, new Cny(fen).ToString());
    }

    [Fact]
    public void Yuan_is_exact()
    {
        Assert.Equal(1234.56m, new Cny(123456).Yuan);
    }

    [Fact]
    public void Addition_and_subtraction_are_exact_and_checked()
    {
        Assert.Equal(new Cny(30), new Cny(10) + new Cny(20));
        Assert.Equal(new Cny(-10), new Cny(10) - new Cny(20));
        Assert.Throws<OverflowException>(() => new Cny(long.MaxValue) + new Cny(1));
        Assert.Throws<OverflowException>(() => new Cny(long.MinValue) - new Cny(1));
    }

    [Theory]
    [InlineData(100, "0.125", 13)]       // 12.5 fen -> 13
    [InlineData(1000, "0.0125", 13)]
    [InlineData(-1000, "0.0125", -13)]
    [InlineData(123456, "0.12", 14815)]  // 14814.72
    [InlineData(333, "3", 999)]
    public void Multiply_rounds_half_away_from_zero_to_the_fen(long fen, string factor, long expected)
    {
        Assert.Equal(new Cny(expected), new Cny(fen).Multiply(decimal.Parse(factor, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Sum_adds_all_amounts()
    {
        Assert.Equal(new Cny(600), Cny.Sum([new Cny(100), new Cny(200), new Cny(300)]));
        Assert.Equal(Cny.Zero, Cny.Sum([]));
    }

    [Theory]
    [InlineData(10000, 3, new long[] { 3333, 3333, 3334 })]
    [InlineData(100, 12, new long[] { 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 12 })]
    [InlineData(5, 1, new long[] { 5 })]
    [InlineData(2, 3, new long[] { 0, 0, 2 })]
    [InlineData(-10000, 3, new long[] { -3333, -3333, -3334 })]
    public void Split_parts_add_up_exactly_and_the_last_part_absorbs_the_remainder(long total, int periods, long[] expected)
    {
        var parts = new Cny(total).Split(periods);

        Assert.Equal(expected.Select(f => new Cny(f)), parts);
        Assert.Equal(new Cny(total), Cny.Sum(parts));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Split_over_fewer_than_one_period_is_refused(int periods)
    {
        var e = Assert.Throws<RuleViolation>(() => new Cny(100).Split(periods));
        Assert.Equal("periods", e.Field);
    }

    [Fact]
    public void Amounts_compare_by_value()
    {
        Assert.True(new Cny(1) < new Cny(2));
        Assert.True(new Cny(2) >= new Cny(2));
        Assert.Equal(-1, new Cny(-5).CompareTo(Cny.Zero));
        Assert.Equal([new Cny(1), new Cny(2), new Cny(3)], new[] { new Cny(3), new Cny(1), new Cny(2) }.Order());
        Assert.Equal(Cny.Zero, default);
    }
}
