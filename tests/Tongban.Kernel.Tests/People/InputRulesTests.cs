using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.People;
using Tongban.Kernel.Reports;

namespace Tongban.Kernel.Tests.People;

/// <summary>Issue 22's pure rules: the common-password list (3), text limits, names and codes (12, 14), paging (15), CSV formulas (11).</summary>
public sealed class InputRulesTests
{
    [Theory]
    [InlineData("Password12", true)]
    [InlineData("P@ssw0rd2026", true)]
    [InlineData("Qwerty123456", true)]
    [InlineData("Welcome2026!", true)]
    [InlineData("Admin-Demo-2025", false)]
    [InlineData("Harden-Tester-2026", false)]
    public void A_password_whose_stem_is_on_the_shipped_list_is_common_issue22_3(string password, bool common) =>
        Assert.Equal(common, CommonPasswords.IsCommon(password));

    [Theory]
    [InlineData("fullName", "李\u202E娜", "text.hidden-character")]
    [InlineData("fullName", "李\u0000娜", "text.hidden-character")]
    [InlineData("fullName", "李\r\n娜", "text.hidden-character")]
    [InlineData("fullName", "李\u200B娜", "text.hidden-character")]
    [InlineData("assetCode", "../../evil", "text.code-characters")]
    [InlineData("assetCode", "ZC-1\"", "text.code-characters")]
    [InlineData("address", null, null)]
    [InlineData("assetCode", "ZC-2025/0001", null)]
    [InlineData("description", "第一行\r\n第二行", null)]
    public void Names_carry_no_hidden_characters_and_codes_keep_to_their_set_issue22_14(string field, string? value, string? rule)
    {
        var refused = Record.Exception(() => TextRules.Check(field, value, TextRules.KindOf(field))) as RuleViolation;
        Assert.Equal(rule, refused?.Rule);
        Assert.Equal(rule is null ? null : field, refused?.Field);
    }

    [Fact]
    public void Every_text_kind_has_one_limit_from_the_kernel_table_issue22_12()
    {
        Assert.Equal((200, 64, 500, 4000), (TextRules.Limit(TextKind.Name), TextRules.Limit(TextKind.Code), TextRules.Limit(TextKind.Address), TextRules.Limit(TextKind.FreeText)));
        var refused = Assert.Throws<RuleViolation>(() => TextRules.Check("address", new string('路', 1_000_000), TextKind.Address));
        Assert.Equal(("address", "text.too-long"), (refused.Field, refused.Rule));
    }

    [Fact]
    public void The_last_page_number_does_not_wrap_to_the_first_page_issue22_15()
    {
        Assert.Equal(0, Paging.Offset(1, 50));
        Assert.Equal(("page", "paging.too-far"), Refusal(() => Paging.Offset(int.MaxValue, 500)));
        Assert.Equal(("pageSize", "paging.page-size"), Refusal(() => Paging.Offset(1, 501)));
    }

    [Theory]
    [InlineData("=cmd|' /C calc'!A0")]
    [InlineData("+1+1")]
    [InlineData("@SUM(A1:A2)")]
    [InlineData("=HYPERLINK(\"http://x\",\"y\")")]
    public void Export_fields_that_start_like_a_formula_are_defused_issue22_11(string payload) =>
        Assert.StartsWith("'", ReportExport.CsvField(payload).TrimStart('"'), StringComparison.Ordinal);

    private static (string, string) Refusal(Action act)
    {
        var refused = Assert.Throws<RuleViolation>(act);
        return (refused.Field, refused.Rule);
    }
}
