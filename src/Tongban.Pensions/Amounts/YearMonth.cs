using System.Globalization;
using System.Text.RegularExpressions;
using Tongban.Kernel.Errors;

namespace Tongban.Pensions.Amounts;

/// <summary>A calendar month (contribution month, as-of month), written "YYYY-MM".</summary>
public readonly partial record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    /// <summary>The first month from which the personal account holds credited storage and the subsidy runs (Notice art. 7).</summary>
    public static readonly YearMonth January1998 = new(1998, 1);

    /// <summary>Months since year 0, so that differences and ordering are plain integer arithmetic.</summary>
    public int Index => (Year * 12) + Month - 1;

    public static YearMonth FromIndex(int index) => new(index / 12, (index % 12) + 1);

    public static YearMonth Of(DateOnly date) => new(date.Year, date.Month);

    public YearMonth AddMonths(int months) => FromIndex(Index + months);

    /// <summary>Reads "YYYY-MM" (1900-01 to 2999-12); anything else is <c>pensions.month-format</c> on <paramref name="field"/>.</summary>
    public static YearMonth Parse(string? text, string field)
    {
        var match = Pattern().Match(text?.Trim() ?? string.Empty);
        if (!match.Success)
        {
            throw new RuleViolation(field, "pensions.month-format", $"\"{text}\" is not a month; write it as YYYY-MM, e.g. 2020-01.", ("text", text));
        }

        var year = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        RuleViolation.ThrowIf(month is < 1 or > 12 || year < 1900, field, "pensions.month-format", $"\"{text}\" is not a month; write it as YYYY-MM, e.g. 2020-01.", ("text", text));
        return new YearMonth(year, month);
    }

    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    public static bool operator <(YearMonth a, YearMonth b) => a.Index < b.Index;

    public static bool operator >(YearMonth a, YearMonth b) => a.Index > b.Index;

    public static bool operator <=(YearMonth a, YearMonth b) => a.Index <= b.Index;

    public static bool operator >=(YearMonth a, YearMonth b) => a.Index >= b.Index;

    public override string ToString() => $"{Year:D4}-{Month:D2}";

    [GeneratedRegex(@"^([0-9]{4})-([0-9]{2})$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
