using Tongban.Patents.Portfolio;

namespace Tongban.Patents.Tests.Rules;

public sealed class ApplicationNumberTests
{
    [Theory]
    // Published numbers: CN 110823978 A (201911050262.8), CN 112415790 B (202011167667.2), design ZL 2016 3 0402585.X, and ZC 0006-2003's example.
    [InlineData("201911050262.8")]
    [InlineData("202011167667.2")]
    [InlineData("201630402585.X")]
    [InlineData("200310102344.5")]
    [InlineData("CN 201911050262.8")]
    public void Published_numbers_pass_the_ZC_0006_2003_check_digit(string number) =>
        Assert.True(ApplicationNumberRules.Valid(number).IsAllowed);

    [Fact]
    public void Check_digit_is_the_weighted_sum_modulo_11_with_10_written_X_ZC_0006_2003()
    {
        Assert.Equal('8', ApplicationNumberRules.CheckDigit("201911050262"));
        Assert.Equal('X', ApplicationNumberRules.CheckDigit("201630402585"));
    }

    [Fact]
    public void A_wrong_check_digit_is_refused_naming_the_expected_one()
    {
        var r = ApplicationNumberRules.Valid("201911050262.7");
        Assert.Equal("patents.application-number-check", r.Rule);
        Assert.Contains(r.Args, a => a.Name == "expected" && (char)a.Value! == '8');
    }

    [Theory]
    [InlineData("20191105026.8")]
    [InlineData("abc")]
    [InlineData("201951050262.8")]
    public void A_malformed_number_or_unknown_type_digit_is_refused(string number) =>
        Assert.Equal("patents.application-number-format", ApplicationNumberRules.Valid(number).Rule);

    [Fact]
    public void The_type_digit_must_match_the_type_ZC_0006_2003_s3()
    {
        Assert.Equal(PatentType.Design, ApplicationNumberRules.TypeOf("201630402585X"));
        Assert.Equal("patents.application-number-type", ApplicationNumberRules.FitsType("201630402585X", PatentType.Invention).Rule);
    }
}
