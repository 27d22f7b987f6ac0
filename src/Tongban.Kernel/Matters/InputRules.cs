using System.Globalization;
using Tongban.Kernel.Errors;

namespace Tongban.Kernel.Matters;

/// <summary>Checks the inputs given with a transition against what the transition asks for.</summary>
public static class InputRules
{
    /// <summary>
    /// Throws a <see cref="RuleViolation"/> naming the first input that is missing
    /// (matters.input-missing), malformed or not asked for (matters.input-invalid).
    /// </summary>
    public static void Check(IReadOnlyList<WorkflowInput> asked, IReadOnlyDictionary<string, string> given)
    {
        var unknown = given.Keys.Where(k => asked.All(a => a.Name != k)).Order(StringComparer.Ordinal).FirstOrDefault();
        RuleViolation.ThrowIf(unknown is not null, unknown ?? "", "matters.input-invalid", $"'{unknown}' is not an input of this step.", ("unknown", unknown));

        foreach (var input in asked)
        {
            var value = given.GetValueOrDefault(input.Name);
            if (string.IsNullOrWhiteSpace(value))
            {
                RuleViolation.ThrowIf(input.Required, input.Name, "matters.input-missing", $"'{input.LabelEn}' ({input.LabelZh}, {input.Name}) is required.", ("input", input.LabelEn), ("input2", input.LabelZh), ("input3", input.Name));
                continue;
            }

            var problem = Problem(input, value.Trim());
            RuleViolation.ThrowIf(problem is not null, input.Name, "matters.input-invalid", $"'{input.LabelEn}' ({input.Name}): {problem}", ("input", input.LabelEn), ("input2", input.Name), ("problem", problem));
        }
    }

    /// <summary>Why <paramref name="value"/> is not a valid <paramref name="input"/>, or null.</summary>
    public static string? Problem(WorkflowInput input, string value) => input.Kind switch
    {
        InputKind.Text => null,
        InputKind.Number => decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out _)
            ? null
            : $"'{value}' is not a number.",
        InputKind.Money => !decimal.TryParse(value, NumberStyles.AllowDecimalPoint | NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out var yuan)
            ? $"'{value}' is not an amount in yuan."
            : decimal.Round(yuan, 2) != yuan ? $"'{value}' has more than two decimals (fen)." : null,
        InputKind.Date => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            ? null
            : $"'{value}' is not a date (yyyy-MM-dd).",
        InputKind.Choice => input.Choices.Contains(value, StringComparer.Ordinal)
            ? null
            : $"'{value}' is not one of {string.Join(", ", input.Choices)}.",
        _ => $"unknown input kind {input.Kind}.",
    };
}
