using System.Globalization;
using System.Text.RegularExpressions;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;

namespace Tongban.Kernel.Imports;

/// <summary>
/// A column an import file must have. The header may name it by <see cref="Name"/> or by either
/// title; every declared column must be present, and no other.
/// </summary>
public class ImportColumn
{
    public ImportColumn(string name, string titleZh, string titleEn, bool required)
    {
        Name = name;
        TitleZh = titleZh;
        TitleEn = titleEn;
        Required = required;
    }

    /// <summary>The header name, e.g. "division_code"; error reports name the column by it.</summary>
    public string Name { get; }

    public string TitleZh { get; }

    public string TitleEn { get; }

    /// <summary>Whether an empty cell is an error ("import.required").</summary>
    public bool Required { get; }

    public bool Matches(string header)
    {
        var h = header.Trim();
        return string.Equals(h, Name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(h, TitleZh, StringComparison.Ordinal)
            || string.Equals(h, TitleEn, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>A column whose cells parse to a <typeparamref name="T"/> or to a rule they break.</summary>
public sealed class ImportColumn<T> : ImportColumn
{
    private readonly Func<string, Parsed<T>> _parse;

    public ImportColumn(string name, string titleZh, string titleEn, bool required, Func<string, Parsed<T>> parse)
        : base(name, titleZh, titleEn, required)
    {
        _parse = parse;
    }

    /// <summary>Parses a non-empty, trimmed cell.</summary>
    public Parsed<T> Parse(string text) => _parse(text);
}

/// <summary>The outcome of parsing one cell: a value, or the rule it breaks and why.</summary>
public readonly record struct Parsed<T>(bool IsValid, T? Value, string Rule, string Message)
{
    public static Parsed<T> Valid(T value) => new(true, value, "", "");

    public static Parsed<T> Invalid(string rule, string message) => new(false, default, rule, message);
}

/// <summary>Cell parsers for the common column types. Each refusal carries a stable rule code.</summary>
public static class ImportParsers
{
    public static Func<string, Parsed<string>> Text(int maxLength) => s => s.Length <= maxLength
        ? Parsed<string>.Valid(s)
        : Parsed<string>.Invalid("import.too-long", $"At most {maxLength} characters, not {s.Length}.");

    /// <summary>A key without spaces, such as an org code.</summary>
    public static Func<string, Parsed<string>> Code(int maxLength) => s =>
        s.Length > maxLength ? Parsed<string>.Invalid("import.too-long", $"At most {maxLength} characters, not {s.Length}.")
        : HasWhiteSpace(s) ? Parsed<string>.Invalid("import.code-format", "A code may not contain spaces.")
        : Parsed<string>.Valid(s);

    private static bool HasWhiteSpace(string s)
    {
        foreach (var c in s)
        {
            if (char.IsWhiteSpace(c))
            {
                return true;
            }
        }

        return false;
    }

    public static Func<string, Parsed<long>> Integer(long min = long.MinValue, long max = long.MaxValue) => s =>
        !long.TryParse(s, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var v) ? Parsed<long>.Invalid("import.integer", "Not a whole number.")
        : v < min || v > max ? Parsed<long>.Invalid("import.range", $"Must be between {min} and {max}.")
        : Parsed<long>.Valid(v);

    public static Func<string, Parsed<decimal>> Decimal() => s =>
        decimal.TryParse(s, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v)
            ? Parsed<decimal>.Valid(v)
            : Parsed<decimal>.Invalid("import.decimal", "Not a number (use a point for decimals, no thousands separators).");

    /// <summary>An amount in yuan ("1,234.56", "¥12.3") as whole fen, by the kernel's money rules (<see cref="Cny.Parse"/>).</summary>
    public static Func<string, Parsed<long>> MoneyFen() => s =>
    {
        try
        {
            return Parsed<long>.Valid(Cny.Parse(s).Fen);
        }
        catch (RuleViolation e)
        {
            return Parsed<long>.Invalid(e.Rule, e.Message);
        }
    };

    /// <summary>
    /// A date as yyyy-MM-dd, yyyy-M-d or yyyy/M/d, read by hand: DateOnly.TryParseExact with a list of formats
    /// compares culture strings for every cell and was half of an import's parsing time.
    /// </summary>
    public static Func<string, Parsed<DateOnly>> Date() => ParseDate;

    private static Parsed<DateOnly> ParseDate(string s)
    {
        var span = s.AsSpan();
        if (span.Length is >= 8 and <= 10 && (span[4] == '-' || span[4] == '/'))
        {
            var rest = span[5..];
            var second = rest.IndexOf(span[4]);
            if (second is 1 or 2 && rest.Length - second - 1 is 1 or 2
                && int.TryParse(span[..4], NumberStyles.None, CultureInfo.InvariantCulture, out var year)
                && int.TryParse(rest[..second], NumberStyles.None, CultureInfo.InvariantCulture, out var month)
                && int.TryParse(rest[(second + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                && year >= 1 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                return Parsed<DateOnly>.Valid(new DateOnly(year, month, day));
            }
        }

        return Parsed<DateOnly>.Invalid("import.date", "Not a date (yyyy-MM-dd).");
    }

    public static Func<string, Parsed<bool>> Boolean() => s => s.ToLowerInvariant() switch
    {
        "true" or "yes" or "1" or "是" => Parsed<bool>.Valid(true),
        "false" or "no" or "0" or "否" => Parsed<bool>.Valid(false),
        _ => Parsed<bool>.Invalid("import.boolean", "Not yes/no (true, false, 是, 否)."),
    };

    /// <summary>An enum member by its name (case-insensitive); numbers are refused.</summary>
    public static Func<string, Parsed<TEnum>> Enum<TEnum>(string rule)
        where TEnum : struct, Enum
    {
        var names = System.Enum.GetNames<TEnum>();
        var members = new Dictionary<string, TEnum>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
        {
            members.TryAdd(name, System.Enum.Parse<TEnum>(name));
        }

        return s => members.TryGetValue(s, out var member)
            ? Parsed<TEnum>.Valid(member)
            : Parsed<TEnum>.Invalid(rule, $"Unknown {typeof(TEnum).Name} '{s}'; one of: {string.Join(", ", names)}.");
    }

    public static Func<string, Parsed<string>> Pattern(Regex pattern, string rule, string message) => s =>
        pattern.IsMatch(s) ? Parsed<string>.Valid(s) : Parsed<string>.Invalid(rule, message);

    /// <summary>Any further check on a parsed value.</summary>
    public static Func<string, Parsed<T>> Where<T>(this Func<string, Parsed<T>> parse, Func<T, bool> ok, string rule, string message) => s =>
    {
        var p = parse(s);
        return p.IsValid && !ok(p.Value!) ? Parsed<T>.Invalid(rule, message) : p;
    };
}
