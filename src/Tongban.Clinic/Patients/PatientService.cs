using Microsoft.EntityFrameworkCore;
using Tongban.Clinic.FollowUp;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;

namespace Tongban.Clinic.Patients;

public sealed record NewPatient(Guid TeamOrgId, string Name, Sex Sex, DateOnly BirthDate, string IdNumber, string Phone, string DivisionCode, string? Doctor);

/// <summary>A line of the registry: the ID number masked.</summary>
public sealed record PatientRow(Guid Id, Guid TeamOrgId, string Name, Sex Sex, int Age, string IdNumberMasked, string Phone, string Doctor, DateOnly? LastContactOn);

public sealed record EnrolmentView(Guid Id, Programme Programme, string Doctor, DateOnly EnrolledOn, DateOnly? EndedOn);

public sealed record DueView(Guid Id, Programme Programme, FollowUpItem Item, int IntervalMonths, DateOnly? LastDoneOn, DateOnly NextDueOn, int DaysOverdue);

public sealed record ReminderView(DateOnly On, ReminderChannel Channel, ReminderOutcome Outcome, string By, string Note);

/// <summary>One patient's record as the patient page shows it (its read is audited with the purpose stated).</summary>
public sealed record PatientRecord(
    Guid Id,
    Guid TeamOrgId,
    string Name,
    Sex Sex,
    DateOnly BirthDate,
    int Age,
    string IdNumber,
    string Phone,
    string DivisionCode,
    string Doctor,
    DateOnly RegisteredOn,
    DateOnly? LastContactOn,
    IReadOnlyList<EnrolmentView> Enrolments,
    IReadOnlyList<DueView> Due,
    IReadOnlyList<ReminderView> Reminders);

public sealed record TeamView(Guid OrgId, string NameZh, string NameEn);

/// <summary>The patient registry and enrolments in programmes.</summary>
internal sealed class PatientService(ClinicDb db, ClinicAccess access, KernelDb kernel, SensitiveRecordAccess sensitive, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<IReadOnlyList<TeamView>> TeamsAsync(CancellationToken ct = default)
    {
        var ids = await db.Teams.AsNoTracking().Select(t => t.OrgId).ToListAsync(ct);
        return await kernel.Orgs.AsNoTracking().Where(o => ids.Contains(o.Id)).OrderBy(o => o.NameZh).Select(o => new TeamView(o.Id, o.NameZh, o.NameEn)).ToListAsync(ct);
    }

    /// <summary>Registers an org of the tree as a team of the department (the director, at that org).</summary>
    public async Task RegisterTeamAsync(Guid orgId, CancellationToken ct = default)
    {
        await access.EnsureAsync(ClinicPermissions.EditSchedules, orgId, ct);
        RuleViolation.ThrowIf(!await kernel.Orgs.AnyAsync(o => o.Id == orgId, ct), "orgId", "clinic.team-unknown", "No such organisation.");
        if (!await db.Teams.AnyAsync(t => t.OrgId == orgId, ct))
        {
            db.Teams.Add(new Team { OrgId = orgId });
            await db.SaveChangesAsync(ct);
        }
    }

    public async Task<Guid> RegisterAsync(NewPatient input, CancellationToken ct = default)
    {
        await access.EnsureAsync(ClinicPermissions.Treat, input.TeamOrgId, ct);
        RuleViolation.ThrowIf(!await db.Teams.AnyAsync(t => t.OrgId == input.TeamOrgId, ct), "teamOrgId", "clinic.team-unknown", "No such team.");
        RuleViolation.ThrowIf(!Enum.IsDefined(input.Sex), "sex", "clinic.sex", "Sex is male or female.");
        PatientRules.BirthDate(input.BirthDate, Today);
        var patient = new Patient
        {
            Id = Guid.CreateVersion7(),
            OrgId = input.TeamOrgId,
            Name = PatientRules.Name(input.Name),
            Sex = input.Sex,
            BirthDate = input.BirthDate,
            IdNumber = PatientRules.IdNumber(input.IdNumber, input.BirthDate),
            Phone = PatientRules.Phone(input.Phone),
            DivisionCode = PatientRules.DivisionCode(input.DivisionCode),
            Doctor = string.IsNullOrWhiteSpace(input.Doctor) ? access.Me : input.Doctor.Trim(),
            RegisteredOn = Today,
        };

        // The ID number is unique across the department, patients of other teams included, so the index is the check.
        RuleViolation.ThrowIf(await db.Patients.IgnoreQueryFilters().AnyAsync(p => p.IdNumber == patient.IdNumber, ct), "idNumber", "clinic.patient-exists", "A patient with this ID number is registered.");
        db.Patients.Add(patient);
        await db.SaveChangesAsync(ct);
        return patient.Id;
    }

    public async Task<IReadOnlyList<PatientRow>> ListAsync(string? search, string? doctor, int take = 200, CancellationToken ct = default)
    {
        var today = Today;
        var q = db.Patients.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            q = q.Where(p => p.Name.Contains(s) || p.Phone.Contains(s));
        }

        if (!string.IsNullOrWhiteSpace(doctor))
        {
            var d = doctor.Trim();
            q = q.Where(p => p.Doctor == d);
        }

        var rows = await q.OrderBy(p => p.Name).Take(Math.Clamp(take, 1, 2000)).ToListAsync(ct);
        await sensitive.RecordListAsync(db, nameof(Patient), $"search={search};doctor={doctor}", rows.Count, null, null, ct);
        return rows.Select(p => new PatientRow(p.Id, p.OrgId, p.Name, p.Sex, PatientRules.Age(p.BirthDate, today), PatientRules.Mask(p.IdNumber), p.Phone, p.Doctor, p.LastContactOn)).ToList();
    }

    internal async Task<Patient> FindAsync(Guid id, CancellationToken ct) =>
        RuleViolation.Found(await db.Patients.SingleOrDefaultAsync(p => p.Id == id, ct), "patientId", "clinic.patient-unknown", "No such patient in your teams.");

    /// <summary>One patient's record: the read is written to the audit chain with its purpose (issue 14 item 8).</summary>
    public async Task<PatientRecord> ReadAsync(Guid id, string purpose, CancellationToken ct = default)
    {
        var today = Today;
        var p = RuleViolation.Found(await sensitive.ReadAsync<Patient>(db, x => x.Id == id, purpose, ct), "patientId", "clinic.patient-unknown", "No such patient in your teams.");
        var enrolments = await db.Enrolments.AsNoTracking().Where(e => e.PatientId == id).OrderBy(e => e.EnrolledOn).ToListAsync(ct);
        var due = await db.DueItems.AsNoTracking().Where(d => d.PatientId == id).OrderBy(d => d.NextDueOn).ToListAsync(ct);
        var reminders = await db.Reminders.AsNoTracking().Where(r => r.PatientId == id).OrderByDescending(r => r.On).Take(50).ToListAsync(ct);
        return new PatientRecord(
            p.Id, p.OrgId, p.Name, p.Sex, p.BirthDate, PatientRules.Age(p.BirthDate, today), p.IdNumber, p.Phone, p.DivisionCode, p.Doctor, p.RegisteredOn, p.LastContactOn,
            enrolments.Select(e => new EnrolmentView(e.Id, e.Programme, e.Doctor, e.EnrolledOn, e.EndedOn)).ToList(),
            due.Select(d => new DueView(d.Id, d.Programme, d.Item, d.IntervalMonths, d.LastDoneOn, d.NextDueOn, FollowUpRules.DaysOverdue(d.NextDueOn, today))).ToList(),
            reminders.Select(r => new ReminderView(r.On, r.Channel, r.Outcome, r.By, r.Note)).ToList());
    }

    /// <summary>Enrols a patient with their team in a programme; the programme's items in force today become due items.</summary>
    public async Task<Guid> EnrolAsync(Guid patientId, Programme programme, DateOnly enrolledOn, string? doctor, CancellationToken ct = default)
    {
        RuleViolation.ThrowIf(!Enum.IsDefined(programme), "programme", "clinic.programme-unknown", "Unknown programme.");
        var patient = await FindAsync(patientId, ct);
        await access.EnsureAsync(ClinicPermissions.Treat, patient.OrgId, ct);
        RuleViolation.ThrowIf(enrolledOn > Today, "enrolledOn", "clinic.date-future", "The date is after today.");
        RuleViolation.ThrowIf(enrolledOn < patient.BirthDate, "enrolledOn", "clinic.date-before-birth", "The date is before the patient's birth.");
        RuleViolation.ThrowIf(
            await db.Enrolments.AnyAsync(e => e.PatientId == patientId && e.Programme == programme && e.EndedOn == null, ct),
            "programme",
            "clinic.already-enrolled",
            "The patient is already enrolled in this programme.");
        var intervals = FollowUpRules.InForce(await db.Intervals.AsNoTracking().Where(i => i.Programme == programme).ToListAsync(ct), programme, enrolledOn);
        var enrolment = new Enrolment
        {
            Id = Guid.CreateVersion7(),
            OrgId = patient.OrgId,
            PatientId = patientId,
            Programme = programme,
            Doctor = string.IsNullOrWhiteSpace(doctor) ? patient.Doctor : doctor.Trim(),
            EnrolledOn = enrolledOn,
        };
        db.Enrolments.Add(enrolment);
        db.DueItems.AddRange(intervals.Select(i => new DueItem
        {
            Id = Guid.CreateVersion7(),
            OrgId = patient.OrgId,
            EnrolmentId = enrolment.Id,
            PatientId = patientId,
            Programme = programme,
            Item = i.Item,
            Doctor = enrolment.Doctor,
            IntervalMonths = i.IntervalMonths,
            NextDueOn = FollowUpRules.NextDue(enrolledOn, null, i.IntervalMonths),
        }));
        await db.SaveChangesAsync(ct);
        return enrolment.Id;
    }

    public async Task EndEnrolmentAsync(Guid enrolmentId, DateOnly endedOn, CancellationToken ct = default)
    {
        var e = RuleViolation.Found(await db.Enrolments.SingleOrDefaultAsync(x => x.Id == enrolmentId, ct), "enrolmentId", "clinic.enrolment-unknown", "No such enrolment in your teams.");
        await access.EnsureAsync(ClinicPermissions.Treat, e.OrgId, ct);
        RuleViolation.ThrowIf(endedOn < e.EnrolledOn || endedOn > Today, "endedOn", "clinic.end-date", "The end date lies between enrolment and today.");
        e.EndedOn = endedOn;
        db.DueItems.RemoveRange(await db.DueItems.Where(d => d.EnrolmentId == enrolmentId).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
    }
}
