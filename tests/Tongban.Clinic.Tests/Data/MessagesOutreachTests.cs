using Microsoft.Extensions.DependencyInjection;
using Tongban.Clinic.Demo;
using Tongban.Clinic.Messages;
using Tongban.Clinic.Outreach;
using Tongban.Clinic.Patients;
using Tongban.Kernel.Errors;
using Tongban.Testing;

namespace Tongban.Clinic.Tests.Data;

/// <summary>Issue 14 items 6 and 7 on both providers; the fixture's clock starts 2025-09-26 09:00 China time.</summary>
public sealed class MessagesOutreachTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    [Fact]
    public void The_median_reply_time_is_the_middle_one_or_the_mean_of_the_two_middle_ones()
    {
        Assert.Null(MessageRules.MedianHours([]));
        Assert.Equal(2.0, MessageRules.MedianHours([60, 120, 600]));
        Assert.Equal(1.5, MessageRules.MedianHours([60, 120, 30, 600]));
    }

    /// <summary>
    /// Issue 14 item 6 (seed 01: patients leave messages every day and "he will reply one by one"): a message entered by
    /// the nurse lands in the patient's doctor's inbox with how long it has waited; the reply records the time; the
    /// median reply time per doctor.
    /// </summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_doctor_replies_to_each_message_and_the_median_reply_time_is_kept_item6(string provider)
    {
        await using var world = await ClinicWorld.CreateAsync(provider);
        Guid patient;
        await using (var doctor = world.As("dr.zhou", (ClinicPermissions.DoctorRole, world.Cancer)))
        {
            patient = await doctor.ServiceProvider.GetRequiredService<PatientService>().RegisterAsync(
                ClinicWorld.Patient(world.Cancer, "肖奶奶", ClinicDemo.IdNumber("420117", new DateOnly(1945, 2, 3), 11, Sex.Female), new DateOnly(1945, 2, 3), Sex.Female, "dr.zhou"));
        }

        Guid first;
        await using (var nurse = world.As("nurse.sun", (ClinicPermissions.NurseRole, world.Department)))
        {
            var messages = nurse.ServiceProvider.GetRequiredService<MessageService>();
            first = await messages.ReceiveAsync(patient, "刘主任，最近胃口不好，要不要复查？");
            world.Db.Clock.Advance(TimeSpan.FromHours(1));
            await messages.ReceiveAsync(patient, "药快吃完了");
            Assert.Equal("clinic.message-text", (await Assert.ThrowsAsync<RuleViolation>(() => messages.ReceiveAsync(patient, " "))).Rule);
            world.Db.Clock.Advance(TimeSpan.FromHours(2));
        }

        await using var zhou = world.As("dr.zhou", (ClinicPermissions.DoctorRole, world.Cancer));
        var inbox = zhou.ServiceProvider.GetRequiredService<MessageService>();
        var waiting = await inbox.InboxAsync("dr.zhou", unansweredOnly: true);
        Assert.Equal([180, 120], waiting.Select(m => m.WaitedMinutes));

        await inbox.ReplyAsync(first, "下周一来复查肝功能和超声。");
        Assert.Equal("clinic.message-replied", (await Assert.ThrowsAsync<RuleViolation>(() => inbox.ReplyAsync(first, "again"))).Rule);

        var stat = Assert.Single(await inbox.StatsAsync());
        Assert.Equal(("dr.zhou", 2, 1, 1, (double?)3.0), (stat.Doctor, stat.Messages, stat.Replied, stat.Unanswered, stat.MedianReplyHours));
        Assert.Single(await inbox.InboxAsync("dr.zhou", unansweredOnly: true));
    }

    /// <summary>Issue 14 item 7 (seed 01: in two years, free clinics and talks for 2,000+ people, 40+ salons and trainings, 1,000+ primary staff trained).</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task The_outreach_report_gives_the_counts_the_text_quotes_item7(string provider)
    {
        await using var world = await ClinicWorld.CreateAsync(provider);
        await using var director = world.As("dr.liu", (ClinicPermissions.DirectorRole, world.Department));
        var outreach = director.ServiceProvider.GetRequiredService<OutreachService>();
        await outreach.RecordAsync(world.Department, OutreachKind.FreeClinic, new DateOnly(2024, 5, 11), "新洲区某村", 120, 0, null);
        await outreach.RecordAsync(world.Department, OutreachKind.HealthTalk, new DateOnly(2025, 3, 2), "社区卫生服务中心", 80, 0, null);
        await outreach.RecordAsync(world.Department, OutreachKind.Training, new DateOnly(2025, 6, 20), "县人民医院", 0, 45, null);
        await outreach.RecordAsync(world.Department, OutreachKind.Salon, new DateOnly(2025, 7, 8), "医院学术厅", 0, 30, null);
        Assert.Equal("clinic.date-future", (await Assert.ThrowsAsync<RuleViolation>(() => outreach.RecordAsync(world.Department, OutreachKind.Salon, new DateOnly(2025, 12, 1), "x", 0, 1, null))).Rule);

        var report = await outreach.ReportAsync(new DateOnly(2024, 1, 1), new DateOnly(2025, 12, 31));
        Assert.Equal((4, 2, 200, 2, 75), (report.Events, report.FreeClinicsAndTalks, report.PeopleReached, report.SalonsAndTrainings, report.StaffTrained));
        Assert.Equal([2024, 2025], report.Years.Select(y => y.Year));
    }
}
