using Microsoft.Extensions.DependencyInjection;
using Tongban.Clinic.Demo;
using Tongban.Clinic.FollowUp;
using Tongban.Clinic.Formulary;
using Tongban.Clinic.Fund;
using Tongban.Clinic.Patients;
using Tongban.Clinic.Scores;
using Tongban.Clinic.Visits;
using Tongban.Kernel.Errors;
using Tongban.Testing;

namespace Tongban.Clinic.Tests.Data;

/// <summary>Issue 14 items 2-5 and 10 on both providers; the fixture's today is 2025-09-26.</summary>
public sealed class VisitOrderFundTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static readonly DateOnly Born = new(1945, 2, 3);

    private static async Task<Guid> PatientAsync(ClinicWorld world, AsyncServiceScope scope, int n, Sex sex = Sex.Female) =>
        await scope.ServiceProvider.GetRequiredService<PatientService>().RegisterAsync(ClinicWorld.Patient(world.Cancer, "肖奶奶", ClinicDemo.IdNumber("420117", Born, n, sex), Born, sex));

    /// <summary>
    /// Issue 14 items 2-3, reference 4: a visit with the score inputs stores Child-Pugh and MELD with their formula
    /// versions; the items done move their next due dates; HBV DNA below the limit is kept as "&lt; 20", never 0.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_visit_with_labs_stores_the_scores_with_their_versions_item3(string provider)
    {
        await using var world = await ClinicWorld.CreateAsync(provider);
        await using var doctor = world.As("dr.zhou", (ClinicPermissions.DoctorRole, world.Cancer));
        var id = await PatientAsync(world, doctor, 1);
        await doctor.ServiceProvider.GetRequiredService<PatientService>().EnrolAsync(id, Programme.CirrhosisSurveillance, new DateOnly(2025, 1, 1), null);
        var visits = doctor.ServiceProvider.GetRequiredService<VisitService>();

        await visits.RecordAsync(new NewVisit(
            id,
            new DateOnly(2025, 9, 20),
            new Dictionary<Analyte, decimal> { [Analyte.TotalBilirubin] = 51.3m, [Analyte.Albumin] = 30m, [Analyte.Inr] = 2.0m, [Analyte.Creatinine] = 176.8m, [Analyte.Sodium] = 130m, [Analyte.Alt] = 42m, [Analyte.Afp] = 8.5m },
            HbvDnaBelowLimit: true,
            HbvDnaLowerLimit: 20m,
            Ascites: Ascites.Mild,
            Encephalopathy: Encephalopathy.None,
            ItemsDone: [FollowUpItem.AfpUltrasound, FollowUpItem.LiverPanel]));

        var visit = Assert.Single(await visits.VisitsAsync(id, "随访复诊 / Follow-up visit"));
        Assert.Equal((9, ChildPughClass.B, 25, 28), (visit.ChildPughPoints!.Value, visit.ChildPughClass!.Value, visit.Meld!.Value, visit.MeldNa!.Value));
        Assert.Equal("child-pugh-si-cn;meld-unos-2001;meld-na-optn-2016", visit.ScoreVersions);
        Assert.True(visit.HbvDnaBelowLimit);
        Assert.Equal(20m, visit.Labs[Analyte.HbvDna]);

        var record = await doctor.ServiceProvider.GetRequiredService<PatientService>().ReadAsync(id, "随访复诊 / Follow-up visit");
        Assert.Equal(new DateOnly(2026, 3, 20), record.Due.Single(d => d.Item == FollowUpItem.AfpUltrasound).NextDueOn);

        var trends = await visits.TrendsAsync(id, "随访复诊 / Follow-up visit");
        var alt = trends.Single(t => t.Analyte == Analyte.Alt);
        Assert.Equal((7m, 40m), (alt.BandLow!.Value, alt.BandHigh!.Value)); // WS/T 404 female ALT 7-40 U/L (reference 3)
        Assert.Equal([(new DateOnly(2025, 9, 20), 1.3m, true)], trends.Single(t => t.Analyte == Analyte.HbvDna).Points);
    }

    /// <summary>Reference section 3: beyond the hard limits refused naming field and limit; beyond the soft limits kept only once confirmed.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Impossible_labs_are_refused_and_unusual_ones_need_confirmation_item2(string provider)
    {
        await using var world = await ClinicWorld.CreateAsync(provider);
        await using var doctor = world.As("dr.zhou", (ClinicPermissions.DoctorRole, world.Cancer));
        var id = await PatientAsync(world, doctor, 2);
        var visits = doctor.ServiceProvider.GetRequiredService<VisitService>();
        var on = new DateOnly(2025, 9, 20);

        var hard = await Assert.ThrowsAsync<RuleViolation>(() => visits.RecordAsync(new NewVisit(id, on, new Dictionary<Analyte, decimal> { [Analyte.Albumin] = 3.5m })));
        Assert.Equal(("albumin", "clinic.lab-below-hard", "5"), (hard.Field, hard.Rule, hard.Args["limit"]));
        var soft = await Assert.ThrowsAsync<RuleViolation>(() => visits.RecordAsync(new NewVisit(id, on, new Dictionary<Analyte, decimal> { [Analyte.Alt] = 1500m })));
        Assert.Equal(("alt", "clinic.lab-confirm"), (soft.Field, soft.Rule));
        Assert.Equal("clinic.hbv-dna-limit", (await Assert.ThrowsAsync<RuleViolation>(() => visits.RecordAsync(new NewVisit(id, on, new Dictionary<Analyte, decimal>(), HbvDnaBelowLimit: true)))).Rule);
        Assert.Empty(await visits.VisitsAsync(id, "随访复诊 / Follow-up visit"));

        await visits.RecordAsync(new NewVisit(id, on, new Dictionary<Analyte, decimal> { [Analyte.Alt] = 1500m }, Confirmed: [Analyte.Alt]));
        Assert.Equal(1500m, Assert.Single(await visits.VisitsAsync(id, "随访复诊 / Follow-up visit")).Labs[Analyte.Alt]);
    }

    /// <summary>
    /// Issue 14 item 4 and reference 2a-2c: ordering originator entecavir for 30 days offers NVBP entecavir at 0.18 a day
    /// (saving (12.00 - 0.18) × 30 = 354.60); with lamivudine resistance entecavir is blocked and TDF (0.20) is offered;
    /// keeping the dearer drug needs a reason; the savings report counts the switch.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_cheapest_equivalent_is_offered_and_the_months_savings_are_reported_item4(string provider)
    {
        await using var world = await ClinicWorld.CreateAsync(provider);
        await using var doctor = world.As("dr.zhou", (ClinicPermissions.DoctorRole, world.Cancer));
        var id = await PatientAsync(world, doctor, 3);
        var orders = doctor.ServiceProvider.GetRequiredService<OrderService>();

        var offer = await orders.OfferAsync(id, "ETV-BRAND", 30, Contraindication.None);
        Assert.Equal(("ETV-NVBP", 35_460L), (offer.Cheapest.Code, offer.SavingFen));
        Assert.Equal((36_000L, 540L), (offer.AskedCostFen, offer.CheapestCostFen));
        Assert.Equal((3_600L, 54L), (offer.AskedOutOfPocketFen, offer.CheapestOutOfPocketFen)); // 乙类, 10 % self-pay in Hubei (reference 2b [M])
        Assert.Equal("TDF-NVBP", (await orders.OfferAsync(id, "ETV-BRAND", 30, Contraindication.LamivudineResistance)).Cheapest.Code);
        Assert.Equal("ETV-NVBP", (await orders.OfferAsync(id, "TDF-BRAND", 30, Contraindication.LowEgfr)).Cheapest.Code);

        Assert.Equal("clinic.reason-required", (await Assert.ThrowsAsync<RuleViolation>(() => orders.PlaceAsync(new NewDrugOrder(id, "ETV-BRAND", 30, TakeCheapest: false)))).Rule);
        Assert.Equal("clinic.order-days", (await Assert.ThrowsAsync<RuleViolation>(() => orders.PlaceAsync(new NewDrugOrder(id, "ETV-BRAND", 0, TakeCheapest: true)))).Rule);
        Assert.Equal("clinic.drug-outside-formulary", (await Assert.ThrowsAsync<RuleViolation>(() => orders.PlaceAsync(new NewDrugOrder(id, "XYZ", 30, TakeCheapest: true)))).Rule);
        Assert.Equal("clinic.reason-required", (await Assert.ThrowsAsync<RuleViolation>(() => orders.PlaceAsync(new NewDrugOrder(id, "", 30, false, OffFormularyName: "某中药", OffFormularyDailyCost: 5m)))).Rule);
        Assert.Empty(await orders.SavingsAsync(202509, 202509, SavingsBy.Doctor));

        await orders.PlaceAsync(new NewDrugOrder(id, "ETV-BRAND", 30, TakeCheapest: true));
        await orders.PlaceAsync(new NewDrugOrder(id, "PPC-BR", 28, TakeCheapest: false, Reason: KeepReason.PatientChoice));
        await orders.PlaceAsync(new NewDrugOrder(id, "", 14, false, KeepReason.Intolerance, OffFormularyName: "某中药", OffFormularyDailyCost: 5m));

        var row = Assert.Single(await orders.SavingsAsync(202509, 202509, SavingsBy.Doctor));
        Assert.Equal((202509, "dr.zhou", 2, 1, 50.0m, 35_460L), (row.Month, row.Key, row.Orders, row.Switched, row.SwitchRate, row.SavingFen));
        Assert.Equal("clinic.reason-required", (await Assert.ThrowsAsync<RuleViolation>(() => orders.OrderExaminationAsync(id, "CT", null))).Rule);
        await orders.OrderExaminationAsync(id, "CT", KeepReason.PatientChoice);
        await orders.OrderExaminationAsync(id, "AFP", null);
    }

    /// <summary>
    /// Issue 14 item 5 (seed 01: 600 yuan of medicine for an 80-year-old patient): help out needs a second approver above
    /// the threshold, and the balance never goes negative.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_fund_never_goes_negative_and_large_help_needs_a_second_approver_item5(string provider)
    {
        await using var world = await ClinicWorld.CreateAsync(provider);
        await using var director = world.As("dr.liu", (ClinicPermissions.DirectorRole, world.Department));
        var id = await PatientAsync(world, director, 4);
        var fund = director.ServiceProvider.GetRequiredService<FundService>();
        await fund.OpenAsync(world.Department, 50_000);
        await fund.GiftAsync(world.Department, 100_000, "科室医生捐款");

        Assert.Equal("clinic.fund-second-approver", (await Assert.ThrowsAsync<RuleViolation>(() => fund.HelpAsync(world.Department, id, 60_000, "药费", null))).Rule);
        Assert.Equal("clinic.fund-second-approver", (await Assert.ThrowsAsync<RuleViolation>(() => fund.HelpAsync(world.Department, id, 60_000, "药费", "dr.liu"))).Rule);
        await fund.HelpAsync(world.Department, id, 60_000, "药费", "dr.zhou");
        var refused = await Assert.ThrowsAsync<RuleViolation>(() => fund.HelpAsync(world.Department, id, 40_001, "药费", "dr.zhou"));
        Assert.Equal(("amount", "clinic.fund-balance"), (refused.Field, refused.Rule));

        var view = await fund.ViewAsync(world.Department);
        Assert.Equal(40_000L, view.BalanceFen);
        Assert.Equal([new FundYear(2025, 100_000, 60_000, 1)], view.Years);
        Assert.Equal("dr.zhou", view.Movements.Single(m => m.Kind == MovementKind.Help).SecondApprover);
    }
}
