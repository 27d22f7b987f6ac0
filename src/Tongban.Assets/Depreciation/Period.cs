using System.Globalization;
using Tongban.Kernel.Errors;

namespace Tongban.Assets.Depreciation;

/// <summary>An accounting month as one integer (year * 12 + month - 1), so SQL on either provider can count months by subtraction.</summary>
public readonly record struct Period(int Index) : IComparable<Period>
{
    public int Year => Index / 12;

    public int Month => (Index % 12) + 1;

    public static Period Of(int year, int month) => new((year * 12) + month - 1);

    public static Period Of(DateOnly date) => Of(date.Year, date.Month);

    public static Period Parse(string? text, string field = "period")
    {
        if (text is not null && DateOnly.TryParseExact(text.Trim() + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return Of(d);
        }

        throw new RuleViolation(field, "assets.period.unreadable", $"'{text}' is not a month of the form 2025-03.", ("text", text));
    }

    public Period Plus(int months) => new(Index + months);

    public int MonthsSince(Period earlier) => Index - earlier.Index;

    public DateOnly FirstDay => new(Year, Month, 1);

    public int CompareTo(Period other) => Index.CompareTo(other.Index);

    public static bool operator <(Period a, Period b) => a.Index < b.Index;

    public static bool operator >(Period a, Period b) => a.Index > b.Index;

    public static bool operator <=(Period a, Period b) => a.Index <= b.Index;

    public static bool operator >=(Period a, Period b) => a.Index >= b.Index;

    public override string ToString() => $"{Year:0000}-{Month:00}";
}
