using Tongban.Epidemic.Cases;
using Tongban.Kernel.Calendar;

namespace Tongban.Epidemic.Demo;

/// <summary>Enters seed 04's listed cases through the registry, in the text's order.</summary>
public static class Seed04Demo
{
    /// <summary>Seed 04: "26 cases were cured and discharged" on 2022-10-30.</summary>
    public const int CuredDischarged = 26;

    /// <summary>Seed 04: "11 cases were asymptomatic infected" released from medical observation on 2022-10-30.</summary>
    public const int ReleasedFromObservation = 11;

    public static async Task<IReadOnlyList<EpidemicCase>> SeedAsync(CaseRegistry registry, CancellationToken ct)
    {
        var saved = new List<EpidemicCase>();
        var reported = ChinaTime.StartOfDayUtc(Seed04Cases.Date).AddHours(1);
        foreach (var (code, c) in Seed04Cases.All)
        {
            reported = reported.AddMinutes(20);
            saved.Add(await registry.RegisterAsync(ToInput(code, c, reported), ct));
        }

        return saved;
    }

    public static CaseInput ToInput(string? districtCode, Bulletin.BulletinCase c, DateTime reportedUtc) =>
        new(
            c.Class,
            c.Origin,
            c.FoundBy,
            districtCode ?? BeijingDistricts.City.Code,
            c.DiagnosisDate,
            reportedUtc,
            c.ConvertedFromAsymptomatic,
            AddressZh: c.AddressZh,
            AddressEn: c.AddressEn,
            NationalityZh: c.NationalityZh,
            NationalityEn: c.NationalityEn,
            OriginZh: c.OriginZh,
            OriginEn: c.OriginEn,
            PortZh: c.PortZh,
            PortEn: c.PortEn,
            ArrivalDate: c.ArrivalDate,
            TransferredOn: c.Transferred ? c.DiagnosisDate : null,
            InvestigatedOn: c.Investigated ? c.DiagnosisDate : null,
            ControlMeasuresOn: c.ControlMeasures ? c.DiagnosisDate : null);
}
