using System.Globalization;
using Tongban.Kernel.Errors;

namespace Tongban.Patents.Pages;

/// <summary>Dates typed on the module's forms (yyyy-MM-dd).</summary>
internal static class PageDates
{
    public static DateOnly Parse(string? text, string field) =>
        DateOnly.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
            ? d
            : throw new RuleViolation(field, "patents.date-format", $"'{text}' is not a date (yyyy-MM-dd).", ("text", text));

    public static DateOnly? Optional(string? text, string field) => string.IsNullOrWhiteSpace(text) ? null : Parse(text, field);

    public static string Show(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "—";

    public static bool Chinese => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";
}
