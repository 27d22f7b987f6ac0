using System.Globalization;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;

namespace Tongban.Epidemic.Management;

/// <summary>Beijing local times as "yyyy-MM-ddTHH:mm", the form the CLI and the lists use.</summary>
public static class Iso
{
    public const string Format = "yyyy-MM-dd'T'HH:mm";

    public static string Local(DateTime utc) =>
        DateTime.SpecifyKind(utc, DateTimeKind.Utc).Add(ChinaTime.Offset).ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Reads a Beijing local time ("2022-10-30T08:00", seconds optional) as UTC.</summary>
    public static DateTime ParseLocal(string text, string field)
    {
        string[] formats = [Format, "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd HH:mm", "yyyy-MM-dd HH:mm:ss"];
        if (!DateTime.TryParseExact(text.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            throw new RuleViolation(field, "epidemic.time.unreadable", $"'{text}' is not a time of the form 2022-10-30T08:00 (Beijing time).", ("text", text));
        }

        return DateTime.SpecifyKind(local - ChinaTime.Offset, DateTimeKind.Utc);
    }
}
