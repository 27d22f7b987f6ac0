namespace Tongban.Kernel.Errors;

/// <summary>
/// A refusal that names the field and the rule it broke. Every kernel and module refusal is one of
/// these, so the API can answer with a problem document and the CLI with exit code 1.
/// </summary>
public sealed class RuleViolation : Exception
{
    public RuleViolation(string field, string rule, string message)
        : base(message)
    {
        Field = field;
        Rule = rule;
    }

    /// <summary>The input field (or "row 4, column amount") that is wrong.</summary>
    public string Field { get; }

    /// <summary>A stable rule code such as <c>calendar.year-missing</c> or <c>matters.wrong-actor</c>.</summary>
    public string Rule { get; }

    public static void ThrowIf(bool condition, string field, string rule, string message)
    {
        if (condition)
        {
            throw new RuleViolation(field, rule, message);
        }
    }
}
