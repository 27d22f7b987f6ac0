using Tongban.Epidemic.Management;
using Tongban.Epidemic.Policy;

namespace Tongban.Epidemic.Certificates;

/// <summary>A certificate check's answer: valid or not, the rule behind it and a sentence in each language.</summary>
public sealed record CertificateVerdict(bool Valid, string Rule, string ReasonZh, string ReasonEn, DateTime? ValidUntilUtc, DateTime? SampledUtc);

public static class CertificateCheck
{
    /// <summary>
    /// Seed 04, public places: entry checks "negative nucleic acid certificates within 72 hours" — a
    /// negative result known at <paramref name="atUtc"/> for a sample taken no more than the validity
    /// before it, with no later positive result.
    /// </summary>
    public static CertificateVerdict Check(IReadOnlyCollection<TestSample> tests, DateTime atUtc, EpidemicPolicy policy)
    {
        foreach (var t in tests)
        {
            t.Validate();
        }

        var hours = policy.CertificateValidityHours;
        var known = tests.Where(t => t.SampledUtc <= atUtc && t.KnownAt(atUtc)).OrderByDescending(t => t.SampledUtc).ToList();
        var latest = known.FirstOrDefault();
        if (latest is { Outcome: TestOutcome.Positive })
        {
            return new CertificateVerdict(
                false,
                "epidemic.certificate.positive",
                $"最近一次核酸检测（{Iso.Local(latest.SampledUtc)}采样）结果为阳性。",
                $"The latest test (sampled {Iso.Local(latest.SampledUtc)}) is positive.",
                null,
                latest.SampledUtc);
        }

        var negative = known.FirstOrDefault(t => t.Outcome == TestOutcome.Negative);
        if (negative is not null && negative.SampledUtc >= atUtc.AddHours(-hours))
        {
            var until = negative.SampledUtc.AddHours(hours);
            return new CertificateVerdict(
                true,
                "epidemic.certificate.valid",
                $"{hours}小时内核酸检测阴性（{Iso.Local(negative.SampledUtc)}采样），有效至{Iso.Local(until)}。",
                $"Negative test sampled {Iso.Local(negative.SampledUtc)}, within {hours} hours; valid until {Iso.Local(until)}.",
                until,
                negative.SampledUtc);
        }

        if (negative is not null)
        {
            return new CertificateVerdict(
                false,
                "epidemic.certificate.expired",
                $"最近一次阴性结果于{Iso.Local(negative.SampledUtc)}采样，已超过{hours}小时。",
                $"The latest negative test was sampled {Iso.Local(negative.SampledUtc)}, more than {hours} hours ago.",
                null,
                negative.SampledUtc);
        }

        var pending = tests.Where(t => t.SampledUtc <= atUtc && !t.KnownAt(atUtc)).OrderByDescending(t => t.SampledUtc).FirstOrDefault();
        return pending is not null
            ? new CertificateVerdict(
                false,
                "epidemic.certificate.pending",
                $"{Iso.Local(pending.SampledUtc)}采样的核酸检测结果尚未出具。",
                $"The result of the test sampled {Iso.Local(pending.SampledUtc)} is not out yet.",
                null,
                pending.SampledUtc)
            : new CertificateVerdict(
                false,
                "epidemic.certificate.no-test",
                "无核酸检测记录。",
                "No test is recorded.",
                null,
                null);
    }
}
