using Tongban.Assets.Cards;
using Tongban.Assets.Use;
using Tongban.Kernel.Orgs;

namespace Tongban.Assets.Tests.Rules;

public sealed class UseRulesTests
{
    [Fact]
    public void Administrative_unit_may_not_guarantee_seed09_use()
    {
        var r = UseRules.MayGuarantee(UnitKind.AdministrativeUnit);
        Assert.False(r.IsAllowed);
        Assert.Equal("assets.use.guarantee", r.Rule);
    }

    [Fact]
    public void Administrative_unit_may_not_invest_outward_seed09_use()
    {
        Assert.Equal("assets.use.outward-investment", UseRules.MayUse(UnitKind.AdministrativeUnit, UseKind.OutwardInvestment, AssetStatus.InUse).Rule);
    }

    [Fact]
    public void Public_institution_may_invest_outward_seed09_use() =>
        Assert.True(UseRules.MayUse(UnitKind.PublicInstitution, UseKind.OutwardInvestment, AssetStatus.Idle).IsAllowed);

    [Fact]
    public void Both_kinds_may_lend_and_lease_seed09_use()
    {
        Assert.True(UseRules.MayUse(UnitKind.AdministrativeUnit, UseKind.Leasing, AssetStatus.InUse).IsAllowed);
        Assert.True(UseRules.MayUse(UnitKind.PublicInstitution, UseKind.Lending, AssetStatus.InUse).IsAllowed);
    }

    [Fact]
    public void A_disposed_or_lent_asset_cannot_be_put_to_another_use()
    {
        Assert.Equal("assets.use.disposed", UseRules.MayUse(UnitKind.PublicInstitution, UseKind.Lending, AssetStatus.Disposed).Rule);
        Assert.Equal("assets.use.busy", UseRules.MayUse(UnitKind.PublicInstitution, UseKind.Leasing, AssetStatus.LentOut).Rule);
    }

    [Fact]
    public void Lending_needs_a_due_date_after_check_out_and_within_a_year()
    {
        var d = new DateOnly(2025, 3, 1);
        Assert.Equal("assets.lending.due", UseRules.CheckLendingDue(d, d).Rule);
        Assert.Equal("assets.lending.too-long", UseRules.CheckLendingDue(d, d.AddYears(1).AddDays(1)).Rule);
        Assert.True(UseRules.CheckLendingDue(d, d.AddDays(30)).IsAllowed);
    }

    [Fact]
    public void Administrative_unit_rent_is_turned_over_to_the_treasury_two_lines_seed09_use()
    {
        Assert.Equal(IncomeHandling.TurnedOverToTreasury, TwoLines.Required(UnitKind.AdministrativeUnit, IncomeKind.Rent));
        Assert.Equal("assets.income.two-lines", TwoLines.Check(UnitKind.AdministrativeUnit, IncomeKind.LendingFee, IncomeHandling.IntoUnitBudget).Rule);
    }

    [Fact]
    public void Public_institution_use_income_enters_the_unit_budget_seed09_use() =>
        Assert.Equal(IncomeHandling.IntoUnitBudget, TwoLines.Required(UnitKind.PublicInstitution, IncomeKind.Rent));

    [Fact]
    public void Disposal_proceeds_are_two_lines_for_every_unit_seed09_disposal()
    {
        Assert.Equal(IncomeHandling.TurnedOverToTreasury, TwoLines.Required(UnitKind.PublicInstitution, IncomeKind.DisposalProceeds));
        Assert.Equal(IncomeHandling.TurnedOverToTreasury, TwoLines.Required(UnitKind.AdministrativeUnit, IncomeKind.DisposalProceeds));
    }

    [Fact]
    public void Income_left_unassigned_to_two_lines_is_refused() =>
        Assert.Equal("assets.income.unassigned", TwoLines.Check(UnitKind.PublicInstitution, IncomeKind.Rent, null).Rule);

    [Theory]
    [InlineData(OrgKind.AdministrativeUnit, UnitKind.AdministrativeUnit)]
    [InlineData(OrgKind.CompetentDepartment, UnitKind.AdministrativeUnit)]
    [InlineData(OrgKind.Hospital, UnitKind.PublicInstitution)]
    [InlineData(OrgKind.School, UnitKind.PublicInstitution)]
    [InlineData(OrgKind.Enterprise, UnitKind.NotCovered)]
    public void Org_kinds_map_to_the_two_ministerial_orders(OrgKind kind, UnitKind unit) => Assert.Equal(unit, UnitKinds.Of(kind));
}
