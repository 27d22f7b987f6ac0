using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Clinic.Demo;
using Tongban.Clinic.FollowUp;
using Tongban.Clinic.Patients;
using Tongban.Kernel.Errors;
using Tongban.Testing;

namespace Tongban.Clinic.Tests.Data;

/// <summary>Issue 14 items 1 and 8 on both providers; the fixture's today is 2025-09-26.</summary>
public sealed class FollowUpTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private static readonly DateOnly Born = new(1960, 5, 4);

    private static string Id(int n, Sex sex = Sex.Male) => ClinicDemo.IdNumber("420117", Born, n, sex);

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_doctor_sees_the_patients_of_their_team_and_lists_mask_the_id_number_item8(string provider)
    {
        await using var world = await ClinicWorld.CreateAsync(provider);
        await using (var director = world.As("dr.liu", (ClinicPermissions.DirectorRole, world.Department)))
        {
            var patients = director.ServiceProvider.GetRequiredService<PatientService>();
            await patients.RegisterAsync(ClinicWorld.Patient(world.Cancer, "肖奶奶", Id(1, Sex.Female), Born, Sex.Female));
            await patients.RegisterAsync(ClinicWorld.Patient(world.Fatty, "王先生", Id(2), Born, doctor: "dr.wu"));
        }

        await using var cancerDoctor = world.As("dr.zhou", (ClinicPermissions.DoctorRole, world.Cancer));
        var rows = await cancerDoctor.ServiceProvider.GetRequiredService<PatientService>().ListAsync(null, null);

        var row = Assert.Single(rows);
        Assert.Equal("肖奶奶", row.Name);
        Assert.Equal("420117********" + Id(1, Sex.Female)[^4..], row.IdNumberMasked);
        Assert.DoesNotContain(Id(1, Sex.Female), row.IdNumberMasked, StringComparison.Ordinal);
    }

    /// <summary>
    /// Issue 21 / issue 14 item 8: a user with a read role (nurse) in one team and a doctor's role in another treats only
    /// in the second: registering in the first is refused at the record's org, and nothing is written.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_split_grant_treats_only_where_the_doctor_role_is_held(string provider)
    {
        await using var world = await ClinicWorld.CreateAsync(provider);
        await using var split = world.As("dr.split", (ClinicPermissions.NurseRole, world.Cancer), (ClinicPermissions.DoctorRole, world.Fatty));
        var patients = split.ServiceProvider.GetRequiredService<PatientService>();

        var refused = await Assert.ThrowsAsync<RuleViolation>(() => patients.RegisterAsync(ClinicWorld.Patient(world.Cancer, "甲", Id(3), Born)));
        Assert.Equal("clinic.not-permitted", refused.Rule);
        var id = await patients.RegisterAsync(ClinicWorld.Patient(world.Fatty, "乙", Id(4), Born));

        Assert.Equal([id], (await patients.ListAsync(null, null)).Select(p => p.Id));
    }

    /// <summary>Issue 14 item 8: every read of a patient record is audited with its purpose; no purpose, no read.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Every_read_of_a_patient_record_is_audited_with_its_purpose_item8(string provider)
    {
        await using var world = await ClinicWorld.CreateAsync(provider);
        await using var doctor = world.As("dr.zhou", (ClinicPermissions.DoctorRole, world.Cancer));
        var patients = doctor.ServiceProvider.GetRequiredService<PatientService>();
        var id = await patients.RegisterAsync(ClinicWorld.Patient(world.Cancer, "肖奶奶", Id(5, Sex.Female), Born, Sex.Female));

        Assert.Equal("audit.purpose-required", (await Assert.ThrowsAsync<RuleViolation>(() => patients.ReadAsync(id, ""))).Rule);
        var record = await patients.ReadAsync(id, "随访复诊 / Follow-up visit");

        Assert.Equal(Id(5, Sex.Female), record.IdNumber);
        var db = doctor.ServiceProvider.GetRequiredService<ClinicDb>();
        var entry = await db.AuditEntries.IgnoreQueryFilters().SingleAsync(a => a.Action == "read" && a.SubjectId == id.ToString());
        Assert.Equal("随访复诊 / Follow-up visit", entry.Purpose);
    }

    /// <summary>
    /// Issue 14 item 1, reference 1b: enrolled in cirrhosis surveillance, each item is due on enrolment; done on a day it
    /// moves to the day plus its interval; the overdue list puts the longest overdue first with days overdue, last
    /// contact and phone; a doctor's list holds only their patients.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_overdue_list_puts_the_longest_overdue_first_per_team_and_doctor_item1(string provider)
    {
        await using var world = await ClinicWorld.CreateAsync(provider);
        await using var director = world.As("dr.liu", (ClinicPermissions.DirectorRole, world.Department));
        var patients = director.ServiceProvider.GetRequiredService<PatientService>();
        var followUp = director.ServiceProvider.GetRequiredService<FollowUpService>();
        var xiao = await patients.RegisterAsync(ClinicWorld.Patient(world.Cancer, "肖奶奶", Id(6, Sex.Female), Born, Sex.Female, "dr.zhou"));
        var wang = await patients.RegisterAsync(ClinicWorld.Patient(world.Cancer, "王先生", Id(7), Born, doctor: "dr.sun"));
        await patients.EnrolAsync(xiao, Programme.CirrhosisSurveillance, new DateOnly(2024, 9, 1), null);
        await patients.EnrolAsync(wang, Programme.CirrhosisSurveillance, new DateOnly(2025, 1, 10), null);

        // Xiao had ultrasound + AFP on 2025-01-20: due 2025-07-20, 68 days overdue on 2025-09-26.
        await followUp.RecordDoneAsync(xiao, [FollowUpItem.AfpUltrasound, FollowUpItem.LiverPanel, FollowUpItem.ContrastImaging, FollowUpItem.Gastroscopy], new DateOnly(2025, 1, 20));
        await followUp.RecordDoneAsync(wang, [FollowUpItem.AfpUltrasound, FollowUpItem.LiverPanel, FollowUpItem.ContrastImaging, FollowUpItem.Gastroscopy], new DateOnly(2025, 5, 1));

        var overdue = await followUp.DueAsync(new DueFilter(OverdueOnly: true));
        Assert.Equal([("肖奶奶", FollowUpItem.LiverPanel, 68), ("肖奶奶", FollowUpItem.AfpUltrasound, 68)], overdue.Select(r => (r.Name, r.Item, r.DaysOverdue)).Order());
        Assert.All(overdue, r => Assert.Equal((new DateOnly(2025, 1, 20), "13800138000"), (r.LastContactOn!.Value, r.Phone)));

        var due = await followUp.DueAsync(new DueFilter(WithinDays: 60));
        Assert.Equal(["肖奶奶", "肖奶奶", "王先生", "王先生"], due.Select(r => r.Name));
        Assert.Equal(new DateOnly(2025, 11, 1), due[2].NextDueOn);

        Assert.Empty(await followUp.DueAsync(new DueFilter(Doctor: "dr.sun", OverdueOnly: true)));
        Assert.Empty(await followUp.DueAsync(new DueFilter(TeamOrgId: world.Fatty)));
    }

    /// <summary>Issue 14 item 1: a reminder attempt is recorded with channel and outcome; reaching the patient is a contact.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_nurse_records_reminder_calls_and_their_outcome_item1(string provider)
    {
        await using var world = await ClinicWorld.CreateAsync(provider);
        Guid id;
        await using (var doctor = world.As("dr.zhou", (ClinicPermissions.DoctorRole, world.Cancer)))
        {
            id = await doctor.ServiceProvider.GetRequiredService<PatientService>().RegisterAsync(ClinicWorld.Patient(world.Cancer, "肖奶奶", Id(8, Sex.Female), Born, Sex.Female));
        }

        await using var nurse = world.As("nurse.sun", (ClinicPermissions.NurseRole, world.Department));
        var followUp = nurse.ServiceProvider.GetRequiredService<FollowUpService>();
        await followUp.RecordReminderAsync(id, ReminderChannel.Call, ReminderOutcome.NoAnswer, null);
        await followUp.RecordReminderAsync(id, ReminderChannel.Call, ReminderOutcome.WillCome, "comes Monday");
        Assert.Equal("clinic.outcome-channel", (await Assert.ThrowsAsync<RuleViolation>(() => followUp.RecordReminderAsync(id, ReminderChannel.Message, ReminderOutcome.Reached, null))).Rule);

        var record = await nurse.ServiceProvider.GetRequiredService<PatientService>().ReadAsync(id, "电话提醒复诊 / Reminder call");
        Assert.Equal([ReminderOutcome.WillCome, ReminderOutcome.NoAnswer], record.Reminders.Select(r => r.Outcome).Order());
        Assert.Equal(new DateOnly(2025, 9, 26), record.LastContactOn);
        Assert.Equal("clinic.not-permitted", (await Assert.ThrowsAsync<RuleViolation>(() => nurse.ServiceProvider.GetRequiredService<PatientService>().EnrolAsync(id, Programme.AfterTace, new DateOnly(2025, 9, 1), null))).Rule);
    }

    /// <summary>Reference section 1 [M]: the interval is dated data; a shorter one from today moves running items' next due date.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_new_interval_moves_the_next_due_dates_of_running_enrolments_reference_1(string provider)
    {
        await using var world = await ClinicWorld.CreateAsync(provider);
        await using var director = world.As("dr.liu", (ClinicPermissions.DirectorRole, world.Department));
        var patients = director.ServiceProvider.GetRequiredService<PatientService>();
        var followUp = director.ServiceProvider.GetRequiredService<FollowUpService>();
        var id = await patients.RegisterAsync(ClinicWorld.Patient(world.Cancer, "肖奶奶", Id(9, Sex.Female), Born, Sex.Female));
        await patients.EnrolAsync(id, Programme.CirrhosisSurveillance, new DateOnly(2025, 1, 1), null);
        await followUp.RecordDoneAsync(id, [FollowUpItem.AfpUltrasound], new DateOnly(2025, 8, 1));

        await followUp.SetIntervalAsync(Programme.CirrhosisSurveillance, FollowUpItem.AfpUltrasound, 3, new DateOnly(2025, 9, 1), "reference 1b [M]: extremely high risk, US + AFP every 3 months");

        var record = await patients.ReadAsync(id, "随访复诊 / Follow-up visit");
        Assert.Equal(new DateOnly(2025, 11, 1), record.Due.Single(d => d.Item == FollowUpItem.AfpUltrasound).NextDueOn);
        var intervals = await followUp.IntervalsAsync();
        Assert.Contains(intervals, i => i.Item == FollowUpItem.AfpUltrasound && i.Programme == Programme.CirrhosisSurveillance && i.IntervalMonths == 3 && i.InForce);
        Assert.Contains(intervals, i => i.Item == FollowUpItem.AfpUltrasound && i.Programme == Programme.CirrhosisSurveillance && i.IntervalMonths == 6 && !i.InForce);

        await using var doctor = world.As("dr.zhou", (ClinicPermissions.DoctorRole, world.Cancer));
        Assert.Equal("clinic.not-permitted", (await Assert.ThrowsAsync<RuleViolation>(() => doctor.ServiceProvider.GetRequiredService<FollowUpService>().SetIntervalAsync(Programme.Mafld, FollowUpItem.LiverPanel, 6, new DateOnly(2025, 9, 1), "x"))).Rule);
    }

    /// <summary>Issue 14 item 10: bad input is refused naming the rule, and nothing is written.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task Bad_patient_input_is_refused_and_nothing_is_written_item10(string provider)
    {
        await using var world = await ClinicWorld.CreateAsync(provider);
        await using var doctor = world.As("dr.zhou", (ClinicPermissions.DoctorRole, world.Cancer));
        var patients = doctor.ServiceProvider.GetRequiredService<PatientService>();
        var bad = ClinicWorld.Patient(world.Cancer, "甲", Id(10), Born) with { IdNumber = Id(10)[..17] + "0" };
        if (bad.IdNumber == Id(10))
        {
            bad = bad with { IdNumber = Id(10)[..17] + "1" };
        }

        Assert.Equal("clinic.id-number-check", (await Assert.ThrowsAsync<RuleViolation>(() => patients.RegisterAsync(bad))).Rule);
        Assert.Equal("phone", (await Assert.ThrowsAsync<RuleViolation>(() => patients.RegisterAsync(ClinicWorld.Patient(world.Cancer, "甲", Id(10), Born) with { Phone = "12" }))).Field);
        await patients.RegisterAsync(ClinicWorld.Patient(world.Cancer, "甲", Id(10), Born));
        Assert.Equal("clinic.patient-exists", (await Assert.ThrowsAsync<RuleViolation>(() => patients.RegisterAsync(ClinicWorld.Patient(world.Cancer, "乙", Id(10), Born)))).Rule);
        Assert.Single(await patients.ListAsync(null, null));
    }
}
