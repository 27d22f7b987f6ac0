namespace Tongban.Kernel.Errors;

/// <summary>The answer of a pure rule: allowed, or refused with a rule code and reason.</summary>
public sealed record RuleResult(bool IsAllowed, string? Rule, string? Reason)
{
    public static readonly RuleResult Allowed = new(true, null, null);

    public static RuleResult Refused(string rule, string reason) => new(false, rule, reason);

    /// <summary>Turns a refusal into a <see cref="RuleViolation"/> naming <paramref name="field"/>.</summary>
    public void ThrowIfRefused(string field)
    {
        if (!IsAllowed)
        {
            throw new RuleViolation(field, Rule!, Reason!);
        }
    }
}
