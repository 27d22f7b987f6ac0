using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;

namespace Tongban.Clinic.Outreach;

/// <summary>Seed 01's outreach: free clinics, health talks, academic salons and trainings of primary-care staff.</summary>
public enum OutreachKind
{
    FreeClinic = 1,
    HealthTalk = 2,
    Salon = 3,
    Training = 4,
}

public sealed class OutreachEvent : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public OutreachKind Kind { get; set; }

    public DateOnly On { get; set; }

    public string Place { get; set; } = "";

    /// <summary>People seen or reached (free clinics, talks).</summary>
    public int PeopleReached { get; set; }

    /// <summary>Primary-care staff trained (salons, trainings).</summary>
    public int StaffTrained { get; set; }

    public string Note { get; set; } = "";
}

/// <summary>The counts the text quotes for a period: "more than 2,000 people", "more than 40 salons and trainings", "more than 1,000 primary staff".</summary>
public sealed record OutreachReport(DateOnly From, DateOnly To, int Events, int FreeClinicsAndTalks, int PeopleReached, int SalonsAndTrainings, int StaffTrained, IReadOnlyList<OutreachYear> Years);

public sealed record OutreachYear(int Year, int Events, int PeopleReached, int SalonsAndTrainings, int StaffTrained);

public sealed record OutreachView(Guid Id, Guid OrgId, OutreachKind Kind, DateOnly On, string Place, int PeopleReached, int StaffTrained, string Note);

internal sealed class OutreachService(ClinicDb db, ClinicAccess access, TimeProvider clock)
{
    public async Task<Guid> RecordAsync(Guid orgId, OutreachKind kind, DateOnly on, string place, int peopleReached, int staffTrained, string? note, CancellationToken ct = default)
    {
        await access.EnsureAsync(ClinicPermissions.Treat, orgId, ct);
        RuleViolation.ThrowIf(!Enum.IsDefined(kind), "kind", "clinic.outreach-kind", "Unknown kind of event.");
        RuleViolation.ThrowIf(on > Kernel.Calendar.ChinaTime.Today(clock), "on", "clinic.date-future", "The date is after today.");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(place) || place.Trim().Length > 200, "place", "clinic.outreach-place", "Name the place (at most 200 characters).");
        RuleViolation.ThrowIf(peopleReached is < 0 or > 100_000 || staffTrained is < 0 or > 100_000, "peopleReached", "clinic.outreach-count", "Counts are 0 to 100,000.");
        var e = new OutreachEvent { Id = Guid.CreateVersion7(), OrgId = orgId, Kind = kind, On = on, Place = place.Trim(), PeopleReached = peopleReached, StaffTrained = staffTrained, Note = note?.Trim() ?? "" };
        db.Outreach.Add(e);
        await db.SaveChangesAsync(ct);
        return e.Id;
    }

    public async Task<IReadOnlyList<OutreachView>> ListAsync(DateOnly from, DateOnly to, CancellationToken ct = default) =>
        await db.Outreach.AsNoTracking().Where(e => e.On >= from && e.On <= to).OrderByDescending(e => e.On)
            .Select(e => new OutreachView(e.Id, e.OrgId, e.Kind, e.On, e.Place, e.PeopleReached, e.StaffTrained, e.Note)).ToListAsync(ct);

    /// <summary>Issue 14 item 7: the period's counts in the text's terms, and per year.</summary>
    public async Task<OutreachReport> ReportAsync(DateOnly from, DateOnly to, CancellationToken ct = default)
    {
        RuleViolation.ThrowIf(from > to, "from", "clinic.period", "The period starts after it ends.");
        var rows = await db.Outreach.AsNoTracking().Where(e => e.On >= from && e.On <= to).Select(e => new { e.Kind, e.On, e.PeopleReached, e.StaffTrained }).ToListAsync(ct);
        static bool Teaching(OutreachKind k) => k is OutreachKind.Salon or OutreachKind.Training;
        return new OutreachReport(
            from,
            to,
            rows.Count,
            rows.Count(r => !Teaching(r.Kind)),
            rows.Sum(r => r.PeopleReached),
            rows.Count(r => Teaching(r.Kind)),
            rows.Sum(r => r.StaffTrained),
            rows.GroupBy(r => r.On.Year).OrderBy(g => g.Key).Select(g => new OutreachYear(g.Key, g.Count(), g.Sum(r => r.PeopleReached), g.Count(r => Teaching(r.Kind)), g.Sum(r => r.StaffTrained))).ToList());
    }
}
