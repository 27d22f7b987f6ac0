using Tongban.Epidemic.Certificates;
using Tongban.Epidemic.Management;
using Tongban.Epidemic.Policy;
using Tongban.Kernel.Errors;
using static Tongban.Epidemic.Tests.Rules.Times;

namespace Tongban.Epidemic.Tests.Rules;

public sealed class CertificateCheckTests
{
    private static readonly EpidemicPolicy Policy = EpidemicPolicy.Seed04;
    private static readonly TestSample Negative = new(Bj("2022-10-28T09:00"), TestOutcome.Negative, Bj("2022-10-28T21:00"));

    [Fact]
    public void A_negative_test_sampled_within_72_hours_is_valid_seed04_public_places()
    {
        var v = CertificateCheck.Check([Negative], Bj("2022-10-31T09:00"), Policy);
        Assert.True(v.Valid);
        Assert.Equal(Bj("2022-10-31T09:00"), v.ValidUntilUtc);
    }

    [Fact]
    public void A_negative_test_sampled_more_than_72_hours_ago_is_not_valid_seed04_public_places()
    {
        var v = CertificateCheck.Check([Negative], Bj("2022-10-31T09:01"), Policy);
        Assert.False(v.Valid);
        Assert.Equal("epidemic.certificate.expired", v.Rule);
    }

    [Fact]
    public void A_result_not_yet_out_at_the_check_does_not_count()
    {
        var v = CertificateCheck.Check([Negative], Bj("2022-10-28T20:59"), Policy);
        Assert.False(v.Valid);
        Assert.Equal("epidemic.certificate.pending", v.Rule);
    }

    [Fact]
    public void A_later_positive_result_voids_an_earlier_negative()
    {
        var positive = new TestSample(Bj("2022-10-29T09:00"), TestOutcome.Positive, Bj("2022-10-29T20:00"));
        var v = CertificateCheck.Check([Negative, positive], Bj("2022-10-30T09:00"), Policy);
        Assert.False(v.Valid);
        Assert.Equal("epidemic.certificate.positive", v.Rule);
    }

    [Fact]
    public void No_test_at_all_is_not_valid()
    {
        Assert.Equal("epidemic.certificate.no-test", CertificateCheck.Check([], Bj("2022-10-30T09:00"), Policy).Rule);
    }

    [Fact]
    public void A_result_before_its_sample_time_is_refused()
    {
        var bad = new TestSample(Bj("2022-10-28T09:00"), TestOutcome.Negative, Bj("2022-10-28T08:00"));
        var v = Assert.Throws<RuleViolation>(() => CertificateCheck.Check([bad], Bj("2022-10-30T09:00"), Policy));
        Assert.Equal("epidemic.test.result-before-sample", v.Rule);
    }
}
