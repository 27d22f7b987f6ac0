namespace Tongban.Kernel.Errors;

/// <summary>The answer of a pure rule: allowed, or refused with a rule code, reason and the values its texts use.</summary>
public sealed record RuleResult(bool IsAllowed, string? Rule, string? Reason)
{
    public static readonly RuleResult Allowed = new(true, null, null);

    public IReadOnlyList<(string Name, object? Value)> Args { get; init; } = [];

    public static RuleResult Refused(string rule, string reason, params (string Name, object? Value)[] args) => new(false, rule, reason) { Args = args };

    /// <summary>Turns a refusal into a <see cref="RuleViolation"/> naming <paramref name="field"/>.</summary>
    public void ThrowIfRefused(string field)
    {
        if (!IsAllowed)
        {
            throw new RuleViolation(field, Rule!, Reason!, [.. Args]);
        }
    }
}
