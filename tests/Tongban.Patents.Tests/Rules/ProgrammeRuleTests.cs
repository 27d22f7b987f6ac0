using Tongban.Patents.Inventors;
using Tongban.Patents.Portfolio;
using Tongban.Patents.Programmes;

namespace Tongban.Patents.Tests.Rules;

/// <summary>Seed 03's programme rules and the ID number check of inventors' particulars.</summary>
public sealed class ProgrammeRuleTests
{
    [Fact]
    public void The_award_is_evaluated_once_every_three_years_seed_03()
    {
        Assert.True(ProgrammeRules.AwardCycle([2022], 2025).IsAllowed);
        var refused = ProgrammeRules.AwardCycle([2022, 2025], 2027);
        Assert.Equal("patents.award-cycle", refused.Rule);
    }

    [Fact]
    public void Each_award_project_gets_at_most_100000_yuan_a_subsidy_no_more_than_asked_seed_03()
    {
        Assert.Equal("patents.award-cap", ProgrammeRules.Cap(ProgrammeKind.Award, 100_000_01, 4_000_000_00).Rule);
        Assert.True(ProgrammeRules.Cap(ProgrammeKind.Award, 100_000_00, 4_000_000_00).IsAllowed);
        Assert.Equal("patents.amount-over-request", ProgrammeRules.Amount(ProgrammeKind.Subsidy, 2_600_00, 3_000_00, 2_500_00, 10_000_00).Rule);
        Assert.Equal("patents.programme-budget", ProgrammeRules.Amount(ProgrammeKind.Award, 80_000_00, 100_000_00, 0, 50_000_00).Rule);
        Assert.True(ProgrammeRules.Amount(ProgrammeKind.Award, 80_000_00, 100_000_00, 0, 80_000_00).IsAllowed);
    }

    [Fact]
    public void Subsidies_follow_the_grant_not_the_application_seed_03_2012_revision()
    {
        Assert.Equal("patents.subsidy-before-grant", ProgrammeRules.AfterGrant(LegalStatus.Pending, null, new DateOnly(2025, 9, 1)).Rule);
        Assert.Equal("patents.subsidy-before-grant", ProgrammeRules.AfterGrant(LegalStatus.Granted, new DateOnly(2025, 9, 2), new DateOnly(2025, 9, 1)).Rule);
        Assert.Equal("patents.subsidy-before-grant", ProgrammeRules.AfterGrant(LegalStatus.Lapsed, new DateOnly(2020, 1, 1), new DateOnly(2025, 9, 1)).Rule);
        Assert.True(ProgrammeRules.AfterGrant(LegalStatus.Granted, new DateOnly(2025, 9, 1), new DateOnly(2025, 9, 1)).IsAllowed);
    }

    [Theory]
    [InlineData("11010519491231002X", true)] // the standard's own example
    [InlineData("11010519491231002Y", false)]
    [InlineData("1101051949123100", false)]
    public void Resident_id_numbers_carry_their_check_character_GB_11643_1999(string id, bool valid) =>
        Assert.Equal(valid, InventorService.IdNumberValid(id));
}
