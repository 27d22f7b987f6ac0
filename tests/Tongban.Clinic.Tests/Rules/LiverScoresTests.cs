using Tongban.Clinic.Scores;
using Tongban.Kernel.Errors;

namespace Tongban.Clinic.Tests.Rules;

/// <summary>Reference section 4: Child-Pugh (4a) and MELD / MELD-Na (4b) on worked cases.</summary>
public sealed class LiverScoresTests
{
    [Theory]
    [InlineData(34.1, 1)]
    [InlineData(34.2, 2)]
    [InlineData(51.3, 2)]
    [InlineData(51.4, 3)]
    public void Bilirubin_points_at_the_reference_4a_cut_offs(double umolL, int points) =>
        Assert.Equal(points, LiverScores.BilirubinPoints((decimal)umolL));

    [Theory]
    [InlineData(35.1, 1)]
    [InlineData(35, 2)]
    [InlineData(28, 2)]
    [InlineData(27.9, 3)]
    public void Albumin_points_at_the_reference_4a_cut_offs(double gL, int points) =>
        Assert.Equal(points, LiverScores.AlbuminPoints((decimal)gL));

    [Theory]
    [InlineData(1.69, 1)]
    [InlineData(1.7, 2)]
    [InlineData(2.3, 2)]
    [InlineData(2.31, 3)]
    public void Inr_points_at_the_reference_4a_cut_offs(double inr, int points) =>
        Assert.Equal(points, LiverScores.InrPoints((decimal)inr));

    /// <summary>Reference 4a: class A 5-6, B 7-9, C 10-15.</summary>
    [Fact]
    public void Child_pugh_classes_by_the_sum_reference_4a()
    {
        Assert.Equal((5, ChildPughClass.A), LiverScores.ChildPugh(20m, 40m, 1.0m, Ascites.None, Encephalopathy.None));
        Assert.Equal((6, ChildPughClass.A), LiverScores.ChildPugh(40m, 40m, 1.0m, Ascites.None, Encephalopathy.None));
        Assert.Equal((7, ChildPughClass.B), LiverScores.ChildPugh(40m, 30m, 1.0m, Ascites.None, Encephalopathy.None));
        Assert.Equal((9, ChildPughClass.B), LiverScores.ChildPugh(40m, 30m, 1.8m, Ascites.Mild, Encephalopathy.None));
        Assert.Equal((10, ChildPughClass.C), LiverScores.ChildPugh(40m, 30m, 1.8m, Ascites.Mild, Encephalopathy.Grade1To2));
        Assert.Equal((15, ChildPughClass.C), LiverScores.ChildPugh(60m, 25m, 2.5m, Ascites.Moderate, Encephalopathy.Grade3To4));
    }

    /// <summary>Reference 4b: every value below 1.0 mg/dL counts as 1.0, so normal labs give MELD(i) 0.643, rounded 0.6, MELD 6 (the floor).</summary>
    [Fact]
    public void Normal_labs_give_the_floor_of_six_reference_4b() =>
        Assert.Equal(6, LiverScores.Meld(10m, 0.9m, 60m, dialysis: false));

    /// <summary>
    /// Reference 4b worked case: bilirubin 51.3 µmol/L = 3 mg/dL, creatinine 176.8 µmol/L = 2 mg/dL, INR 2:
    /// 0.957 ln 2 + 0.378 ln 3 + 1.120 ln 2 + 0.643 = 2.498, rounded to the tenth 2.5, MELD 25.
    /// </summary>
    [Fact]
    public void Meld_of_the_worked_case_is_25_reference_4b() =>
        Assert.Equal(25, LiverScores.Meld(51.3m, 2.0m, 176.8m, dialysis: false));

    /// <summary>Reference 4b: creatinine above 4.0 mg/dL, or dialysis, counts as 4.0.</summary>
    [Fact]
    public void Creatinine_is_capped_at_4_and_dialysis_counts_as_4_reference_4b()
    {
        var capped = LiverScores.Meld(51.3m, 2.0m, 4.0m * 88.4m, dialysis: false);
        Assert.Equal(capped, LiverScores.Meld(51.3m, 2.0m, 900m, dialysis: false));
        Assert.Equal(capped, LiverScores.Meld(51.3m, 2.0m, 80m, dialysis: true));

        // 0.957 ln 4 + 0.378 ln 3 + 1.120 ln 2 + 0.643 = 3.159 -> 3.2 -> 32.
        Assert.Equal(32, capped);
    }

    /// <summary>Reference 4b: the score is capped at 40.</summary>
    [Fact]
    public void Meld_is_capped_at_40_reference_4b() =>
        Assert.Equal(40, LiverScores.Meld(800m, 8m, 900m, dialysis: false));

    /// <summary>
    /// Reference 4b (OPTN 2016): MELD 25 with sodium 130: 25 + 1.32 × 7 - 0.033 × 25 × 7 = 28.465, MELD-Na 28; sodium is
    /// bounded to 125-137, and a MELD of 11 or less is kept.
    /// </summary>
    [Fact]
    public void Meld_na_of_the_worked_case_reference_4b()
    {
        Assert.Equal(28, LiverScores.MeldNa(25, 130m));
        Assert.Equal(LiverScores.MeldNa(25, 125m), LiverScores.MeldNa(25, 110m));
        Assert.Equal(25, LiverScores.MeldNa(25, 140m));
        Assert.Equal(11, LiverScores.MeldNa(11, 120m));
    }

    /// <summary>Reference section 3: a value beyond the hard limits is refused naming the field and the limit.</summary>
    [Fact]
    public void A_value_beyond_the_hard_limits_is_refused_naming_field_and_limit_reference_3()
    {
        var e = Assert.Throws<RuleViolation>(() => LiverScores.Compute(new ScoreInput(20m, 3.5m, 1.0m, 80m, Ascites.None, Encephalopathy.None), LabLimits.Default));
        Assert.Equal("albumin", e.Field);
        Assert.Equal("clinic.lab-below-hard", e.Rule);
        Assert.Equal("5", e.Args["limit"]);

        var inr = Assert.Throws<RuleViolation>(() => LiverScores.Compute(new ScoreInput(20m, 35m, 25m, 80m, Ascites.None, Encephalopathy.None), LabLimits.Default));
        Assert.Equal("inr", inr.Field);
    }

    /// <summary>Reference section 3: beyond the soft limits a value needs confirmation; the reference range is per sex.</summary>
    [Fact]
    public void Soft_limits_ask_for_confirmation_and_ranges_differ_by_sex_reference_3()
    {
        Assert.True(LabLimits.Default.NeedsConfirmation(Analyte.Alt, 1500m));
        Assert.False(LabLimits.Default.NeedsConfirmation(Analyte.Alt, 800m));
        Assert.True(LabLimits.Default.NeedsConfirmation(Analyte.Albumin, 12m));
        Assert.Equal(50m, LabLimits.Default.For(Analyte.Alt, Patients.Sex.Male).RangeHigh);
        Assert.Equal(40m, LabLimits.Default.For(Analyte.Alt, Patients.Sex.Female).RangeHigh);
    }
}
