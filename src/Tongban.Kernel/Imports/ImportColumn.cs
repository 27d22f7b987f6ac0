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
        : s.Any(char.IsWhiteSpace) ? Parsed<string>.Invalid("import.code-format", "A code may not contain spaces.")
        : Parsed<string>.Valid(s);

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

    public static Func<string, Parsed<DateOnly>> Date() => s =>
        DateOnly.TryParseExact(s, ["yyyy-MM-dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? Parsed<DateOnly>.Valid(d)
            : Parsed<DateOnly>.Invalid("import.date", "Not a date (yyyy-MM-dd).");

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
        return s =>
        {
            var name = names.FirstOrDefault(n => string.Equals(n, s, StringComparison.OrdinalIgnoreCase));
            return name is not null
                ? Parsed<TEnum>.Valid(System.Enum.Parse<TEnum>(name))
                : Parsed<TEnum>.Invalid(rule, $"Unknown {typeof(TEnum).Name} '{s}'; one of: {string.Join(", ", names)}.");
        };
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
