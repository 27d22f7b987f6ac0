using Tongban.Kernel.Money;

namespace Tongban.Kernel.Tests.Money;

/// <summary>《支付结算办法》(银发〔1997〕393号) 附一《正确填写票据和结算凭证的基本规定》.</summary>
public sealed class CnyCapitalWordsTests
{
    [Theory]
    [InlineData("1234.56", "壹仟贰佰叁拾肆元伍角陆分")]
    [InlineData("1000.00", "壹仟元整")]                  // 到元为止的，元之后应写整
    [InlineData("1409.50", "壹仟肆佰零玖元伍角")]        // zero rule (一), the rules' own example; 整 after 角 may be omitted
    [InlineData("6007.14", "陆仟零柒元壹角肆分")]        // zero rule (二): several zeros, one 零 (the rules' own example)
    [InlineData("16409.02", "壹万陆仟肆佰零玖元零贰分")] // zero rule (四): 角 is 0, 分 is not (the rules' own example)
    [InlineData("325.04", "叁佰贰拾伍元零肆分")]         // zero rule (四), the rules' own example
    [InlineData("105.02", "壹佰零伍元零贰分")]
    [InlineData("1680.32", "壹仟陆佰捌拾元叁角贰分")]    // zero rule (三): optional 零 after 元 not written
    [InlineData("107000.53", "壹拾万柒仟元伍角叁分")]    // zero rule (三): optional 零 at the 万 place not written
    [InlineData("100000000.00", "壹亿元整")]
    public void Capital_words_follow_PBOC_bill_filling_rules(string amount, string expected)
    {
        Assert.Equal(expected, Cny.Parse(amount).ToCapitalWords());
    }

    [Theory]
    [InlineData("0.05", "伍分")]                // under one yuan: no 零元
    [InlineData("0.50", "伍角")]
    [InlineData("0.56", "伍角陆分")]
    [InlineData("0", "零元整")]
    [InlineData("10.00", "壹拾元整")]           // leading 拾 written 壹拾, as in the rules' 壹拾万
    [InlineData("15.00", "壹拾伍元整")]
    [InlineData("110.00", "壹佰壹拾元整")]
    [InlineData("100010.00", "壹拾万零壹拾元整")]
    [InlineData("1000000.00", "壹佰万元整")]
    [InlineData("1000700.00", "壹佰万零柒佰元整")]
    [InlineData("10001000.00", "壹仟万壹仟元整")]      // zero rule (三): 万 place 0, 千 place not: 零 left out
    [InlineData("100010000.00", "壹亿零壹万元整")]
    [InlineData("110000000.00", "壹亿壹仟万元整")]
    [InlineData("100000001.00", "壹亿零壹元整")]
    [InlineData("1000000000000.00", "壹万亿元整")]
    [InlineData("123456789012.34", "壹仟贰佰叁拾肆亿伍仟陆佰柒拾捌万玖仟零壹拾贰元叁角肆分")]
    public void Capital_words_handle_zeros_tens_and_large_units(string amount, string expected)
    {
        Assert.Equal(expected, Cny.Parse(amount).ToCapitalWords());
    }

    [Theory]
    [InlineData("-1234.56", "负壹仟贰佰叁拾肆元伍角陆分")]
    [InlineData("-0.05", "负伍分")]
    [InlineData("-100.00", "负壹佰元整")]
    public void Negative_amounts_are_prefixed_with_fu(string amount, string expected)
    {
        Assert.Equal(expected, Cny.Parse(amount).ToCapitalWords());
    }

    [Fact]
    public void Smallest_possible_amount_still_has_words()
    {
        // -92,233,720,368,547,758.08 yuan: 亿 groups nest (9,2233,7203 亿).
        Assert.Equal("负玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零捌分", new Cny(long.MinValue).ToCapitalWords());
    }
}
