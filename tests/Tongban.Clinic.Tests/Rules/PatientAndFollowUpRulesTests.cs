using Tongban.Clinic.Demo;
using Tongban.Clinic.FollowUp;
using Tongban.Clinic.Patients;
using Tongban.Kernel.Errors;

namespace Tongban.Clinic.Tests.Rules;

public sealed class PatientAndFollowUpRulesTests
{
    private const string Valid = "11010519491231002X"; // the standard's own example number (GB 11643-1999)

    [Fact]
    public void A_resident_id_number_is_checked_by_its_mod_11_2_character_gb11643()
    {
        Assert.Equal(Valid, PatientRules.IdNumber(Valid.ToLowerInvariant(), new DateOnly(1949, 12, 31)));
        Assert.Equal("clinic.id-number-check", Assert.Throws<RuleViolation>(() => PatientRules.IdNumber("110105194912310021", new DateOnly(1949, 12, 31))).Rule);
        Assert.Equal("clinic.id-number-format", Assert.Throws<RuleViolation>(() => PatientRules.IdNumber("1101051949", new DateOnly(1949, 12, 31))).Rule);
        var birth = Assert.Throws<RuleViolation>(() => PatientRules.IdNumber(Valid, new DateOnly(1950, 1, 1)));
        Assert.Equal(("birthDate", "clinic.id-number-birth"), (birth.Field, birth.Rule));
    }

    /// <summary>Issue 14 item 1: lists show the ID number masked.</summary>
    [Fact]
    public void Lists_mask_the_id_number_to_its_first_six_and_last_four() =>
        Assert.Equal("110105********002X", PatientRules.Mask(Valid));

    [Fact]
    public void The_demo_makes_valid_id_numbers_whose_sequence_digit_gives_the_sex()
    {
        var born = new DateOnly(1946, 3, 5);
        var male = ClinicDemo.IdNumber("420117", born, 7, Sex.Male);
        Assert.Equal(male, PatientRules.IdNumber(male, born));
        Assert.Equal(1, (male[16] - '0') % 2);
        Assert.Equal(0, (ClinicDemo.IdNumber("420117", born, 7, Sex.Female)[16] - '0') % 2);
    }

    /// <summary>Reference section 1: the next due date is the last one done plus the interval; never done, due on enrolment.</summary>
    [Fact]
    public void Next_due_is_the_last_done_plus_the_interval_reference_1()
    {
        var enrolled = new DateOnly(2025, 3, 1);
        Assert.Equal(enrolled, FollowUpRules.NextDue(enrolled, null, 6));
        Assert.Equal(new DateOnly(2025, 10, 15), FollowUpRules.NextDue(enrolled, new DateOnly(2025, 4, 15), 6));
        Assert.Equal(new DateOnly(2026, 2, 28), FollowUpRules.NextDue(enrolled, new DateOnly(2025, 8, 31), 6));
        Assert.Equal(10, FollowUpRules.DaysOverdue(new DateOnly(2025, 9, 16), new DateOnly(2025, 9, 26)));
        Assert.Equal(0, FollowUpRules.DaysOverdue(new DateOnly(2025, 10, 16), new DateOnly(2025, 9, 26)));
    }

    /// <summary>Reference 1b: cirrhosis surveillance is ultrasound + AFP every 6 months; the latest row valid on the day is in force.</summary>
    [Fact]
    public void The_interval_in_force_is_the_latest_valid_on_the_day_reference_1b()
    {
        var shipped = FollowUpRules.Shipped.Select(s => new FollowUpInterval { Id = Guid.NewGuid(), Programme = s.Programme, Item = s.Item, IntervalMonths = s.Months, ValidFrom = FollowUpRules.ShippedFrom, Source = s.Source }).ToList();
        var surveillance = FollowUpRules.InForce(shipped, Programme.CirrhosisSurveillance, new DateOnly(2025, 1, 1));
        Assert.Equal(6, surveillance.Single(i => i.Item == FollowUpItem.AfpUltrasound).IntervalMonths);

        shipped.Add(new FollowUpInterval { Id = Guid.NewGuid(), Programme = Programme.CirrhosisSurveillance, Item = FollowUpItem.AfpUltrasound, IntervalMonths = 3, ValidFrom = new DateOnly(2025, 6, 1), Source = "reference 1b: extremely high risk, every 3 months" });
        Assert.Equal(6, FollowUpRules.InForce(shipped, Programme.CirrhosisSurveillance, new DateOnly(2025, 5, 31)).Single(i => i.Item == FollowUpItem.AfpUltrasound).IntervalMonths);
        Assert.Equal(3, FollowUpRules.InForce(shipped, Programme.CirrhosisSurveillance, new DateOnly(2025, 6, 1)).Single(i => i.Item == FollowUpItem.AfpUltrasound).IntervalMonths);
    }

    [Fact]
    public void Every_programme_ships_intervals_with_a_source()
    {
        Assert.All(Enum.GetValues<Programme>(), p => Assert.Contains(FollowUpRules.Shipped, s => s.Programme == p));
        Assert.All(FollowUpRules.Shipped, s => Assert.StartsWith("reference 1", s.Source, StringComparison.Ordinal));
        Assert.Throws<RuleViolation>(() => FollowUpRules.Interval(0));
    }
}
