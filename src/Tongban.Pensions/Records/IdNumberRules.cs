using System.Globalization;
using Tongban.Kernel.Errors;

namespace Tongban.Pensions.Records;

/// <summary>The citizen identity number (GB 11643-1999): 17 digits and a check character.</summary>
internal static class IdNumberRules
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    /// <summary>GB 11643-1999: 18 characters, a valid birth date at 7-14, and the ISO 7064 MOD 11-2 check character.</summary>
    public static RuleResult Valid(string? idNumber)
    {
        if (idNumber is not { Length: 18 } || !idNumber[..17].All(char.IsAsciiDigit))
        {
            return RuleResult.Refused("pensions.id-number-format", "An identity number has 17 digits and a check character (18 in all).");
        }

        if (!DateOnly.TryParseExact(idNumber[6..14], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            return RuleResult.Refused("pensions.id-number-format", "The identity number's birth date (characters 7-14) is not a date.");
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (idNumber[i] - '0') * Weights[i];
        }

        return char.ToUpperInvariant(idNumber[17]) == CheckCharacters[sum % 11]
            ? RuleResult.Allowed
            : RuleResult.Refused("pensions.id-number-check", "The identity number's check character does not match (GB 11643).");
    }

    /// <summary>The 18th character that makes 17 digits a valid number (used to build demo and test numbers).</summary>
    public static char CheckCharacter(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }

    public static DateOnly BirthDate(string idNumber) =>
        DateOnly.ParseExact(idNumber[6..14], "yyyyMMdd", CultureInfo.InvariantCulture);
}
