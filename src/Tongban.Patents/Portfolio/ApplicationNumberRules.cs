using Tongban.Kernel.Errors;

namespace Tongban.Patents.Portfolio;

/// <summary>
/// CNIPA application numbers under the standard ZC 0006-2003 《专利申请号标准》: since 2003-10-01 twelve digits
/// (filing year, type digit, seven-digit serial) and a check digit after a point, e.g. 201911050262.8; before
/// that eight digits (two-digit year, type digit, five-digit serial) and the check digit.
/// </summary>
internal static class ApplicationNumberRules
{
    // ZC 0006-2003 §4: the check digit is the sum of the digits weighted 2,3,4,5,6,7,8,9,2,3,4,5 modulo 11; 10 is written X.
    public static char CheckDigit(ReadOnlySpan<char> digits)
    {
        var sum = 0;
        for (var i = 0; i < digits.Length; i++)
        {
            sum += (digits[i] - '0') * (2 + (i % 8));
        }

        var check = sum % 11;
        return check == 10 ? 'X' : (char)('0' + check);
    }

    /// <summary>The number without "CN"/"ZL", spaces and the point: digits and the check character.</summary>
    public static string Normalize(string? text)
    {
        var s = (text ?? "").Trim().ToUpperInvariant();
        if (s.StartsWith("CN", StringComparison.Ordinal) || s.StartsWith("ZL", StringComparison.Ordinal))
        {
            s = s[2..];
        }

        return new string(s.Where(c => c is not (' ' or '.')).ToArray());
    }

    /// <summary>The number as printed: 12 digits, a point and the check character.</summary>
    public static string Display(string normalized) => normalized.Length > 1 ? $"{normalized[..^1]}.{normalized[^1]}" : normalized;

    // ZC 0006-2003 §3: digit 5 of a 12-digit number is the type: 1 invention, 2 utility model, 3 design, 8 PCT invention, 9 PCT utility model.
    public static PatentType? TypeOf(string normalized) => normalized.Length == 13
        ? normalized[4] switch
        {
            '1' or '8' => PatentType.Invention,
            '2' or '9' => PatentType.UtilityModel,
            '3' => PatentType.Design,
            _ => null,
        }
        : normalized.Length == 9
            ? normalized[2] switch { '1' => PatentType.Invention, '2' => PatentType.UtilityModel, '3' => PatentType.Design, _ => null }
            : null;

    public static RuleResult Valid(string? text)
    {
        var n = Normalize(text);
        var body = n.Length > 0 ? n[..^1] : "";
        if (n.Length is not (13 or 9) || !body.All(char.IsAsciiDigit) || !(char.IsAsciiDigit(n[^1]) || n[^1] == 'X') || TypeOf(n) is null)
        {
            return RuleResult.Refused("patents.application-number-format", $"'{text}' is not a CN application number (12 digits, a point and a check digit, e.g. 201911050262.8).", ("number", text));
        }

        var expected = CheckDigit(body);
        return expected == n[^1]
            ? RuleResult.Allowed
            : RuleResult.Refused("patents.application-number-check", $"The check digit of {text} should be {expected} (ZC 0006-2003).", ("number", text), ("expected", expected));
    }

    /// <summary>The type digit must agree with the patent type entered.</summary>
    public static RuleResult FitsType(string normalized, PatentType type) =>
        TypeOf(normalized) == type
            ? RuleResult.Allowed
            : RuleResult.Refused("patents.application-number-type", $"The type digit of {Display(normalized)} does not match the type {type}.", ("number", Display(normalized)));
}
