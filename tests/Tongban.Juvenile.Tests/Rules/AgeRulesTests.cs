using Tongban.Juvenile.Rules;
using Tongban.Kernel.Errors;

namespace Tongban.Juvenile.Tests.Rules;

public sealed class AgeRulesTests
{
    [Fact]
    public void Fa_shi_2006_1_art2_a_full_year_counts_from_the_day_after_the_birthday()
    {
        var birth = new DateOnly(2008, 3, 15);
        Assert.Equal(16, AgeRules.AgeOn(birth, new DateOnly(2025, 3, 14)));
        Assert.Equal(16, AgeRules.AgeOn(birth, new DateOnly(2025, 3, 15))); // the 17th birthday itself
        Assert.Equal(17, AgeRules.AgeOn(birth, new DateOnly(2025, 3, 16)));
    }

    [Theory]
    [InlineData(14, OffenceTier.EightGrave)]
    [InlineData(16, OffenceTier.Ordinary)]
    [InlineData(12, OffenceTier.HomicideOrCruelInjury)]
    public void Fa_shi_2006_1_art2_on_the_birthday_of_a_criminal_law_art17_age_the_minor_is_still_below_it(int years, OffenceTier tier)
    {
        var birth = new DateOnly(2010, 7, 1);
        var birthday = birth.AddYears(years);
        Assert.True(AgeRules.BelowCriminalAge(AgeRules.AgeOn(birth, birthday), tier));
        Assert.False(AgeRules.BelowCriminalAge(AgeRules.AgeOn(birth, birthday.AddDays(1)), tier));
    }

    [Fact]
    public void A_record_whose_subject_is_18_on_the_event_date_is_refused_as_outside_this_law()
    {
        var birth = new DateOnly(2007, 6, 1);
        Assert.Equal(17, AgeRules.CheckMinorOn(birth, new DateOnly(2025, 5, 31)));
        Assert.Equal(17, AgeRules.CheckMinorOn(birth, new DateOnly(2025, 6, 1))); // 法释〔2006〕1号 art. 2: still 17 on the 18th birthday
        var v = Assert.Throws<RuleViolation>(() => AgeRules.CheckMinorOn(birth, new DateOnly(2025, 6, 2)));
        Assert.Equal("juvenile.age.adult", v.Rule);
        Assert.Equal("eventDate", v.Field);
    }

    [Fact]
    public void An_event_before_birth_is_refused()
    {
        var v = Assert.Throws<RuleViolation>(() => AgeRules.CheckMinorOn(new DateOnly(2015, 1, 1), new DateOnly(2014, 12, 31)));
        Assert.Equal("juvenile.age.before-birth", v.Rule);
    }

    [Theory]
    [InlineData(15, OffenceTier.Ordinary, true)] // Criminal Law art. 17 para. 1: responsible from 16
    [InlineData(16, OffenceTier.Ordinary, false)]
    [InlineData(13, OffenceTier.EightGrave, true)] // para. 2: from 14 for the eight grave crimes
    [InlineData(14, OffenceTier.EightGrave, false)]
    [InlineData(11, OffenceTier.HomicideOrCruelInjury, true)] // para. 3: from 12
    [InlineData(12, OffenceTier.HomicideOrCruelInjury, false)]
    public void Art45_covers_only_minors_below_the_age_of_criminal_responsibility(int age, OffenceTier tier, bool below)
    {
        Assert.Equal(below, AgeRules.BelowCriminalAge(age, tier));
        if (!below)
        {
            Assert.Equal("juvenile.age.criminally-responsible", Assert.Throws<RuleViolation>(() => AgeRules.CheckCriminalActAge(age, tier)).Rule);
        }
    }
}
