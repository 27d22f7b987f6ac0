using Tongban.Juvenile.Rules;
using Tongban.Kernel.Errors;

namespace Tongban.Juvenile.Tests.Rules;

public sealed class RecordsAndStatisticsTests
{
    [Fact]
    public void Art51_a_psychological_evaluation_without_consent_is_refused()
    {
        ReportRules.Check(RecidivismRecordKind.PsychologicalEvaluation, ActorKind.Procuratorate, true, true);
        var v = Assert.Throws<RuleViolation>(() => ReportRules.Check(RecidivismRecordKind.PsychologicalEvaluation, ActorKind.Procuratorate, true, false));
        Assert.Equal("juvenile.report.no-consent", v.Rule);
        Assert.Contains("Art. 51", v.Message);
        Assert.Throws<RuleViolation>(() => ReportRules.Check(RecidivismRecordKind.PsychologicalEvaluation, ActorKind.Court, false, true));
    }

    [Fact]
    public void Art52_guarantors_are_designated_by_judicial_organs_only()
    {
        ReportRules.Check(RecidivismRecordKind.GuarantorDesignation, ActorKind.PublicSecurity, false, false);
        Assert.Throws<RuleViolation>(() => ReportRules.Check(RecidivismRecordKind.GuarantorDesignation, ActorKind.School, false, false));
    }

    [Fact]
    public void Art3_statistics_suppress_cells_under_five()
    {
        Assert.Null(StatisticsRules.Publish(0));
        Assert.Null(StatisticsRules.Publish(4));
        Assert.Equal(5, StatisticsRules.Publish(5));
        Assert.Equal("12-13", StatisticsRules.AgeBand(13));
        Assert.Equal("16-17", StatisticsRules.AgeBand(17));
    }

    [Fact]
    public void Art59_an_inquiry_needs_a_legal_reference_and_a_purpose()
    {
        SealRules.CheckInquiry(InquiryBasis.JudicialCaseHandling, "(2025)浙0106刑初123号", "review of prior record for sentencing");
        Assert.Equal("legalReference", Assert.Throws<RuleViolation>(() => SealRules.CheckInquiry(InquiryBasis.JudicialCaseHandling, "", "review of prior record")).Field);
        Assert.Equal("purpose", Assert.Throws<RuleViolation>(() => SealRules.CheckInquiry(InquiryBasis.StateProvisions, "Civil Servant Law art. 26", "")).Field);
        Assert.True(SealRules.MayInquire(ActorKind.Court, InquiryBasis.JudicialCaseHandling));
        Assert.False(SealRules.MayInquire(ActorKind.School, InquiryBasis.JudicialCaseHandling));
    }
}
