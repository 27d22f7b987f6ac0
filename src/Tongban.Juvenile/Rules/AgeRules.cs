using Tongban.Kernel.Errors;

namespace Tongban.Juvenile.Rules;

/// <summary>Which tier of Criminal Law art. 17 an act falls in, for the age of criminal responsibility.</summary>
public enum OffenceTier
{
    /// <summary>Any other crime: criminal responsibility from 16 (Criminal Law art. 17 para. 1).</summary>
    Ordinary,

    /// <summary>The eight grave crimes (homicide, grievous injury, rape, robbery, drug trafficking, arson, explosion, poisoning): from 14 (art. 17 para. 2).</summary>
    EightGrave,

    /// <summary>Intentional homicide, or intentional injury causing death or grievous injury by especially cruel means: from 12 with the SPP's approval (art. 17 para. 3).</summary>
    HomicideOrCruelInjury,
}

/// <summary>Ages on an event date, and the bounds of this law (minors: under 18).</summary>
public static class AgeRules
{
    /// <summary>Minors are those under 18; a person of 18 is outside this law.</summary>
    public const int AdultAge = 18;

    /// <summary>
    /// Full years of age (周岁) on <paramref name="on"/>. 法释〔2006〕1号 art. 2: a full year is counted
    /// from the day after the birthday, so on the 14th, 16th or 18th birthday itself the person is not yet that age.
    /// </summary>
    public static int AgeOn(DateOnly birth, DateOnly on)
    {
        var age = on.Year - birth.Year;
        if (on <= birth.AddYears(age))
        {
            age--;
        }

        return age;
    }

    /// <summary>Art. 2 and the law's title: records concern minors; a subject 18 or over on the event date is refused.</summary>
    public static int CheckMinorOn(DateOnly birth, DateOnly eventDate, string field = "eventDate")
    {
        RuleViolation.ThrowIf(eventDate < birth, field, "juvenile.age.before-birth", $"The event date {eventDate:yyyy-MM-dd} is before the birth date {birth:yyyy-MM-dd}.", ("eventDate", eventDate), ("birth", birth));
        var age = AgeOn(birth, eventDate);
        RuleViolation.ThrowIf(
            age >= AdultAge,
            field,
            "juvenile.age.adult",
            $"The subject was {age} on {eventDate:yyyy-MM-dd}; the Law on the Prevention of Juvenile Delinquency (art. 2) covers minors under {AdultAge} only.", ("age", age), ("eventDate", eventDate), ("adultAge", AdultAge));
        return age;
    }

    /// <summary>
    /// Art. 45 (and Criminal Law art. 17): whether a minor of <paramref name="age"/> is below the age of
    /// criminal responsibility for an act of <paramref name="tier"/>.
    /// </summary>
    public static bool BelowCriminalAge(int age, OffenceTier tier) => tier switch
    {
        OffenceTier.HomicideOrCruelInjury => age < 12,
        OffenceTier.EightGrave => age < 14,
        _ => age < 16,
    };

    /// <summary>Art. 45: an act under the Criminal Law is recorded here only when the minor was below the age of responsibility.</summary>
    public static void CheckCriminalActAge(int age, OffenceTier tier) =>
        RuleViolation.ThrowIf(
            !BelowCriminalAge(age, tier),
            "offenceTier",
            "juvenile.age.criminally-responsible",
            $"At {age} the minor is criminally responsible for a {tier} offence (Criminal Law art. 17); art. 45 covers only minors below the age of criminal responsibility.", ("age", age), ("tier", tier));
}
