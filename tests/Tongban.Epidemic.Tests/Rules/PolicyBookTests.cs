using Tongban.Epidemic.Policy;
using Tongban.Kernel.Errors;

namespace Tongban.Epidemic.Tests.Rules;

public sealed class PolicyBookTests
{
    [Fact]
    public void The_latest_policy_not_after_the_date_applies()
    {
        var later = EpidemicPolicy.Seed04 with { EffectiveFrom = new DateOnly(2022, 12, 7), CertificateValidityHours = 48 };
        var book = new PolicyBook([later, EpidemicPolicy.Seed04]);
        Assert.Equal(72, book.On(new DateOnly(2022, 12, 6)).CertificateValidityHours);
        Assert.Equal(48, book.On(new DateOnly(2022, 12, 7)).CertificateValidityHours);
    }

    [Fact]
    public void A_date_before_every_policy_is_refused()
    {
        var v = Assert.Throws<RuleViolation>(() => PolicyBook.Default.On(new DateOnly(2021, 12, 31)));
        Assert.Equal("epidemic.policy.none-in-force", v.Rule);
    }

    [Fact]
    public void A_second_test_gap_not_shorter_than_its_limit_is_refused()
    {
        var bad = EpidemicPolicy.Seed04 with { ArrivalSecondTestGapHours = 72 };
        var v = Assert.Throws<RuleViolation>(() => new PolicyBook([bad]));
        Assert.Equal(nameof(EpidemicPolicy.ArrivalSecondTestGapHours), v.Field);
        Assert.Equal("epidemic.policy.window-empty", v.Rule);
    }

    [Fact]
    public void A_test_day_outside_the_home_isolation_period_is_refused()
    {
        var bad = EpidemicPolicy.Seed04 with { HomeIsolationTestDays = [1, 8] };
        var v = Assert.Throws<RuleViolation>(() => bad.Validate());
        Assert.Equal("epidemic.policy.test-day-outside-period", v.Rule);
    }

    [Fact]
    public void Two_policies_on_one_date_are_refused()
    {
        var v = Assert.Throws<RuleViolation>(() => new PolicyBook([EpidemicPolicy.Seed04, EpidemicPolicy.Seed04 with { ArrivalRestrictionDays = 5 }]));
        Assert.Equal("epidemic.policy.duplicate-date", v.Rule);
    }
}
