using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;

namespace Tongban.Kernel.Tests.Orgs;

public sealed class OrgRulesTests
{
    [Theory]
    [InlineData("110000")] // Beijing, the first province-level code of GB/T 2260
    [InlineData("330102")] // a county-level code in Zhejiang
    [InlineData("820000")] // Macao, the last province-level code
    [InlineData("910000")] // the military period's code
    public void Division_code_of_six_digits_with_a_province_prefix_is_accepted_gbt2260(string code) =>
        Assert.True(OrgRules.DivisionCode(code).IsAllowed);

    [Theory]
    [InlineData("", "orgs.division-code-required")]
    [InlineData(null, "orgs.division-code-required")]
    [InlineData("33010", "orgs.division-code-shape")]
    [InlineData("3301022", "orgs.division-code-shape")]
    [InlineData("33O102", "orgs.division-code-shape")]
    [InlineData("３３０１０２", "orgs.division-code-shape")]
    [InlineData("100000", "orgs.division-code-province")]
    [InlineData("830000", "orgs.division-code-province")]
    [InlineData("900000", "orgs.division-code-province")]
    [InlineData("910100", "orgs.division-code-province")]
    public void Division_code_that_is_not_gbt2260_shaped_is_refused(string? code, string rule)
    {
        var result = OrgRules.DivisionCode(code);
        Assert.False(result.IsAllowed);
        Assert.Equal(rule, result.Rule);
    }

    [Theory]
    [InlineData(OrgLevel.County, OrgLevel.County)]
    [InlineData(OrgLevel.Township, OrgLevel.County)]
    [InlineData(OrgLevel.Province, OrgLevel.Central)]
    public void A_node_may_sit_at_or_below_its_parents_level(OrgLevel level, OrgLevel parent) =>
        Assert.True(OrgRules.LevelUnderParent(level, parent).IsAllowed);

    [Fact]
    public void A_province_cannot_sit_under_a_county()
    {
        var result = OrgRules.LevelUnderParent(OrgLevel.Province, OrgLevel.County);
        Assert.Equal("orgs.level-above-parent", result.Rule);
    }

    [Fact]
    public void An_undefined_level_is_refused_even_for_a_root() =>
        Assert.Equal("orgs.level-unknown", OrgRules.LevelUnderParent((OrgLevel)9, null).Rule);

    [Fact]
    public void An_undefined_kind_is_refused() =>
        Assert.Equal("orgs.kind-unknown", OrgRules.Kind((OrgKind)999).Rule);

    [Theory]
    [InlineData(null, "orgs.name-required")]
    [InlineData("   ", "orgs.name-required")]
    public void A_blank_name_is_refused(string? name, string rule) =>
        Assert.Equal(rule, OrgRules.Name(name, "Chinese").Rule);

    [Fact]
    public void A_name_over_200_characters_is_refused()
    {
        Assert.True(OrgRules.Name(new string('局', 200), "Chinese").IsAllowed);
        Assert.Equal("orgs.name-too-long", OrgRules.Name(new string('局', 201), "Chinese").Rule);
    }

    [Fact]
    public void Validate_names_the_field_of_the_first_broken_rule()
    {
        var input = new NewOrg(null, OrgLevel.County, OrgKind.School, "某小学", "A school", "12345");
        var error = Assert.Throws<RuleViolation>(() => OrgRules.Validate(input, OrgLevel.County, "row 3, "));
        Assert.Equal("row 3, divisionCode", error.Field);
        Assert.Equal("orgs.division-code-shape", error.Rule);
    }
}
