namespace Tongban.Kernel.Errors;

/// <summary>
/// A refusal that names the field and the rule it broke. Every kernel and module refusal is one of
/// these, so the API can answer with a problem document and the CLI with exit code 1. The message
/// is the English developer text (logs, and the fallback); users read the rule's text from the
/// text catalogue in their language, filled from <see cref="Args"/>.
/// </summary>
public sealed class RuleViolation : Exception
{
    public RuleViolation(string field, string rule, string message, params (string Name, object? Value)[] args)
        : base(message)
    {
        Field = field;
        Rule = rule;
        Args = args.ToDictionary(a => a.Name, a => a.Value, StringComparer.Ordinal);
    }

    /// <summary>The input field (or "row 4, column amount") that is wrong.</summary>
    public string Field { get; }

    /// <summary>A stable rule code such as <c>calendar.year-missing</c> or <c>matters.wrong-actor</c>.</summary>
    public string Rule { get; }

    /// <summary>Named values the rule's texts use as <c>{name}</c> (value, limit, article, ...).</summary>
    public IReadOnlyDictionary<string, object?> Args { get; }

    public static void ThrowIf(bool condition, string field, string rule, string message, params (string Name, object? Value)[] args)
    {
        if (condition)
        {
            throw new RuleViolation(field, rule, message, args);
        }
    }

    /// <summary>The one way to say "not found (or not yours)": the value, or a refusal naming the field.</summary>
    public static T Found<T>(T? value, string field, string rule, string message, params (string Name, object? Value)[] args)
        where T : class =>
        value ?? throw new RuleViolation(field, rule, message, args);
}
