using System.Globalization;
using Tongban.Kernel.Errors;

namespace Tongban.Clinic.Patients;

/// <summary>The registry's rules: the resident ID number, its mask in lists, phone and division code.</summary>
public static class PatientRules
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckChars = "10X98765432";

    /// <summary>
    /// GB 11643-1999 (citizen identification number) §8: 17 digits and an ISO 7064 MOD 11-2 check character; the
    /// birth date sits at positions 7-14. Refuses a malformed number or one whose birth date differs from the one entered.
    /// </summary>
    public static string IdNumber(string? text, DateOnly birthDate)
    {
        var id = text?.Trim().ToUpperInvariant() ?? "";
        RuleViolation.ThrowIf(id.Length != 18 || !id[..17].All(char.IsAsciiDigit), "idNumber", "clinic.id-number-format", "An ID number has 17 digits and a check character.");
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (id[i] - '0') * Weights[i];
        }

        RuleViolation.ThrowIf(id[17] != CheckChars[sum % 11], "idNumber", "clinic.id-number-check", "The ID number's check character does not match (GB 11643).");
        RuleViolation.ThrowIf(
            !DateOnly.TryParseExact(id[6..14], "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var born) || born != birthDate,
            "birthDate",
            "clinic.id-number-birth",
            "The birth date differs from the one in the ID number.");
        return id;
    }

    /// <summary>Lists show an ID number as its first six and last four characters (issue 14 item 1).</summary>
    public static string Mask(string idNumber) =>
        idNumber.Length < 10 ? new string('*', idNumber.Length) : idNumber[..6] + new string('*', idNumber.Length - 10) + idNumber[^4..];

    public static string Phone(string? text)
    {
        var p = text?.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal) ?? "";
        RuleViolation.ThrowIf(p.Length is < 7 or > 15 || !p.All(char.IsAsciiDigit), "phone", "clinic.phone", "A phone number has 7 to 15 digits.");
        return p;
    }

    public static string DivisionCode(string? text)
    {
        var d = text?.Trim() ?? "";
        RuleViolation.ThrowIf(d.Length != 6 || !d.All(char.IsAsciiDigit), "divisionCode", "clinic.division-code", "A division code has six digits.");
        return d;
    }

    public static string Name(string? text)
    {
        var n = text?.Trim() ?? "";
        RuleViolation.ThrowIf(n.Length is 0 or > 50, "name", "clinic.patient-name", "A patient's name is 1 to 50 characters.");
        return n;
    }

    public static void BirthDate(DateOnly birthDate, DateOnly today) =>
        RuleViolation.ThrowIf(birthDate > today || birthDate < today.AddYears(-130), "birthDate", "clinic.birth-date", "The birth date is in the future or more than 130 years ago.");

    public static int Age(DateOnly birthDate, DateOnly on) =>
        on.Year - birthDate.Year - (on < birthDate.AddYears(on.Year - birthDate.Year) ? 1 : 0);
}
