using Tongban.Kernel.Errors;

namespace Tongban.Epidemic.Management;

public enum TestOutcome
{
    Pending = 0,
    Negative = 1,
    Positive = 2,
}

/// <summary>A nucleic acid test as the rules see it: when sampled, and the result once known.</summary>
public sealed record TestSample(DateTime SampledUtc, TestOutcome Outcome, DateTime? ResultUtc)
{
    /// <summary>Whether the result is known at <paramref name="atUtc"/>.</summary>
    public bool KnownAt(DateTime atUtc) => Outcome != TestOutcome.Pending && ResultUtc is { } r && r <= atUtc;

    // Spec, bad input: "a test result before its sample time" is refused.
    public void Validate()
    {
        if (ResultUtc is { } r && r < SampledUtc)
        {
            throw new RuleViolation(
                "resultAt",
                "epidemic.test.result-before-sample",
                $"The result time {Iso.Local(r)} is before the sample time {Iso.Local(SampledUtc)}.", ("r", Iso.Local(r)), ("sampled", Iso.Local(SampledUtc)));
        }

        RuleViolation.ThrowIf(
            Outcome != TestOutcome.Pending && ResultUtc is null,
            "resultAt",
            "epidemic.test.result-time-missing",
            "A negative or positive result needs the time it was reported.");
    }
}
