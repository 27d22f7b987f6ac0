using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Clinic.FollowUp;
using Tongban.Clinic.Patients;
using Tongban.Clinic.Scores;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Modules;

namespace Tongban.Clinic.Cli;

/// <summary>
/// <c>tongban clinic ...</c>: <c>score</c> (no database), and over the database <c>patients</c>, <c>register</c>,
/// <c>enrol</c>, <c>done</c>, <c>due</c>, <c>remind</c>, <c>intervals</c> and <c>interval</c>.
/// </summary>
internal static class ClinicCommands
{
    private static readonly CultureInfo C = CultureInfo.InvariantCulture;

    public static IEnumerable<Command> All(CliContext cli) =>
        [Score(), Patients(cli), Register(cli), Enrol(cli), Done(cli), Due(cli), Remind(cli), Intervals(cli), Interval(cli)];

    /// <summary>
    /// <c>score --bilirubin UMOL_L --albumin G_L --inr RATIO --creatinine UMOL_L --ascites none|mild|moderate
    /// --encephalopathy none|1-2|3-4 [--sodium MMOL_L] [--dialysis]</c>: <c>child_pugh POINTS CLASS</c>, <c>meld N</c>
    /// and, with sodium, <c>meld_na N</c>; a value beyond the hard limits exits 1 naming the field.
    /// </summary>
    internal static Command Score()
    {
        var bilirubin = new Option<decimal>("--bilirubin") { Description = "Total bilirubin, µmol/L", Required = true };
        var albumin = new Option<decimal>("--albumin") { Description = "Albumin, g/L", Required = true };
        var inr = new Option<decimal>("--inr") { Description = "INR", Required = true };
        var creatinine = new Option<decimal>("--creatinine") { Description = "Creatinine, µmol/L", Required = true };
        var ascites = new Option<string>("--ascites") { Description = "none, mild or moderate", Required = true };
        var encephalopathy = new Option<string>("--encephalopathy") { Description = "none, 1-2 or 3-4", Required = true };
        var sodium = new Option<decimal?>("--sodium") { Description = "Sodium, mmol/L (adds MELD-Na)" };
        var dialysis = new Option<bool>("--dialysis") { Description = "Dialysis twice or more in the past week (creatinine counts as 4.0 mg/dL)" };
        var command = new Command("score", "Child-Pugh and MELD (MELD-Na with sodium) from labs in SI units") { bilirubin, albumin, inr, creatinine, ascites, encephalopathy, sodium, dialysis };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var body = new ScoreBody(parse.GetValue(bilirubin), parse.GetValue(albumin), parse.GetValue(inr), parse.GetValue(creatinine), parse.GetValue(ascites)!, parse.GetValue(encephalopathy)!, parse.GetValue(sodium), parse.GetValue(dialysis));
            var r = LiverScores.Compute(ClinicEndpoints.ToScore(body), LabLimits.Default);
            await writer.WriteLineAsync(string.Create(C, $"child_pugh {r.ChildPughPoints} {r.ChildPughClass}"));
            await writer.WriteLineAsync(string.Create(C, $"meld {r.Meld}"));
            if (r.MeldNa is { } na)
            {
                await writer.WriteLineAsync(string.Create(C, $"meld_na {na}"));
            }
        }));
        return command;
    }

    private static DateOnly ParseDate(string? text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", C, DateTimeStyles.None, out var d)
            ? d
            : throw new RuleViolation(field, "clinic.date-format", $"'{text}' is not a date (yyyy-MM-dd).", ("value", text));

    private static string Day(DateOnly? d) => d is { } x ? x.ToString("yyyy-MM-dd", C) : "-";

    private static Command Patients(CliContext cli)
    {
        var search = new Option<string?>("--search") { Description = "Part of a name or phone number" };
        var doctor = new Option<string?>("--doctor") { Description = "The responsible doctor's user name" };
        var command = new Command("patients", "Patients of your teams: ID NAME SEX AGE ID_NUMBER(masked) PHONE DOCTOR LAST_CONTACT") { search, doctor };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            foreach (var p in await cli.Open(parse).GetRequiredService<PatientService>().ListAsync(parse.GetValue(search), parse.GetValue(doctor), 2000, ct))
            {
                await writer.WriteLineAsync(string.Create(C, $"{p.Id} {p.Name} {p.Sex} {p.Age} {p.IdNumberMasked} {p.Phone} {p.Doctor} {Day(p.LastContactOn)}"));
            }
        }));
        return command;
    }

    private static Command Register(CliContext cli)
    {
        var team = new Option<Guid>("--team") { Description = "The team (org id)", Required = true };
        var name = new Option<string>("--name") { Required = true };
        var sex = new Option<string>("--sex") { Description = "male or female", Required = true };
        var born = new Option<string>("--birth-date") { Description = "yyyy-MM-dd", Required = true };
        var id = new Option<string>("--id-number") { Description = "18-character resident ID number", Required = true };
        var phone = new Option<string>("--phone") { Required = true };
        var division = new Option<string>("--division") { Description = "Six-digit division code of the address", Required = true };
        var doctor = new Option<string?>("--doctor") { Description = "Responsible doctor (default: you)" };
        var command = new Command("register", "Register a patient with a team") { team, name, sex, born, id, phone, division, doctor };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var input = new NewPatient(parse.GetValue(team), parse.GetValue(name)!, ClinicEndpoints.Parse<Sex>(parse.GetValue(sex), "--sex", "clinic.sex"), ParseDate(parse.GetValue(born), "--birth-date"),
                parse.GetValue(id)!, parse.GetValue(phone)!, parse.GetValue(division)!, parse.GetValue(doctor));
            var created = await cli.Open(parse).GetRequiredService<PatientService>().RegisterAsync(input, ct);
            await writer.WriteLineAsync($"patient {created}");
        }));
        return command;
    }

    private static Command Enrol(CliContext cli)
    {
        var patient = new Option<Guid>("--patient") { Required = true };
        var programme = new Option<string>("--programme") { Description = "ChbAntiviral, ChbUntreated, CirrhosisSurveillance, Mafld, AutoimmuneHepatitis or AfterTace", Required = true };
        var on = new Option<string>("--on") { Description = "Enrolment date (yyyy-MM-dd)", Required = true };
        var command = new Command("enrol", "Enrol a patient in a programme; its items become due") { patient, programme, on };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var id = await cli.Open(parse).GetRequiredService<PatientService>().EnrolAsync(
                parse.GetValue(patient), ClinicEndpoints.Parse<Programme>(parse.GetValue(programme), "--programme", "clinic.programme-unknown"), ParseDate(parse.GetValue(on), "--on"), null, ct);
            await writer.WriteLineAsync($"enrolment {id}");
        }));
        return command;
    }

    private static Command Done(CliContext cli)
    {
        var patient = new Option<Guid>("--patient") { Required = true };
        var items = new Option<string>("--items") { Description = "Comma-separated items (LiverPanel,HbvDna,AfpUltrasound,...)", Required = true };
        var on = new Option<string>("--on") { Description = "Date done (yyyy-MM-dd)", Required = true };
        var command = new Command("done", "Record follow-up items done; their next due dates move on") { patient, items, on };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var list = parse.GetValue(items)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(i => ClinicEndpoints.Parse<FollowUpItem>(i, "--items", "clinic.item-unknown")).ToList();
            await cli.Open(parse).GetRequiredService<FollowUpService>().RecordDoneAsync(parse.GetValue(patient), list, ParseDate(parse.GetValue(on), "--on"), ct);
            await writer.WriteLineAsync($"done {list.Count}");
        }));
        return command;
    }

    private static Command Due(CliContext cli)
    {
        var team = new Option<Guid?>("--team") { Description = "One team (org id)" };
        var doctor = new Option<string?>("--doctor") { Description = "One doctor's patients" };
        var overdue = new Option<bool>("--overdue") { Description = "Only overdue items" };
        var asOf = new Option<string?>("--as-of") { Description = "yyyy-MM-dd (default today)" };
        var command = new Command("due", "Due and overdue items, most overdue first: DAYS_OVERDUE DUE NAME PHONE DOCTOR PROGRAMME ITEM LAST_CONTACT") { team, doctor, overdue, asOf };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var filter = new DueFilter(parse.GetValue(team), parse.GetValue(doctor), parse.GetValue(overdue), 30, 5000);
            var day = parse.GetValue(asOf) is { } a ? ParseDate(a, "--as-of") : (DateOnly?)null;
            foreach (var r in await cli.Open(parse).GetRequiredService<FollowUpService>().DueAsync(filter, day, ct))
            {
                await writer.WriteLineAsync(string.Create(C, $"{r.DaysOverdue} {Day(r.NextDueOn)} {r.Name} {r.Phone} {r.Doctor} {r.Programme} {r.Item} {Day(r.LastContactOn)}"));
            }
        }));
        return command;
    }

    private static Command Remind(CliContext cli)
    {
        var patient = new Option<Guid>("--patient") { Required = true };
        var channel = new Option<string>("--channel") { Description = "Call or Message", Required = true };
        var outcome = new Option<string>("--outcome") { Description = "Reached, WillCome, NoAnswer, WrongNumber, Declined or MessageSent", Required = true };
        var note = new Option<string?>("--note");
        var command = new Command("remind", "Record a reminder call or message and its outcome") { patient, channel, outcome, note };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            await cli.Open(parse).GetRequiredService<FollowUpService>().RecordReminderAsync(
                parse.GetValue(patient),
                ClinicEndpoints.Parse<ReminderChannel>(parse.GetValue(channel), "--channel", "clinic.channel-unknown"),
                ClinicEndpoints.Parse<ReminderOutcome>(parse.GetValue(outcome), "--outcome", "clinic.outcome-unknown"),
                parse.GetValue(note),
                ct);
            await writer.WriteLineAsync("recorded");
        }));
        return command;
    }

    private static Command Intervals(CliContext cli)
    {
        var command = new Command("intervals", "Follow-up intervals: PROGRAMME ITEM MONTHS VALID_FROM IN_FORCE SOURCE");
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            foreach (var i in await cli.Open(parse).GetRequiredService<FollowUpService>().IntervalsAsync(ct))
            {
                await writer.WriteLineAsync(string.Create(C, $"{i.Programme} {i.Item} {i.IntervalMonths} {Day(i.ValidFrom)} {(i.InForce ? "in-force" : "-")} {i.Source}"));
            }
        }));
        return command;
    }

    private static Command Interval(CliContext cli)
    {
        var programme = new Option<string>("--programme") { Required = true };
        var item = new Option<string>("--item") { Required = true };
        var months = new Option<int>("--months") { Required = true };
        var from = new Option<string>("--from") { Description = "Valid from (yyyy-MM-dd)", Required = true };
        var source = new Option<string>("--source") { Description = "Where the interval comes from", Required = true };
        var command = new Command("interval", "Set a programme item's interval from a date, with its source") { programme, item, months, from, source };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            await cli.Open(parse).GetRequiredService<FollowUpService>().SetIntervalAsync(
                ClinicEndpoints.Parse<Programme>(parse.GetValue(programme), "--programme", "clinic.programme-unknown"),
                ClinicEndpoints.Parse<FollowUpItem>(parse.GetValue(item), "--item", "clinic.item-unknown"),
                parse.GetValue(months),
                ParseDate(parse.GetValue(from), "--from"),
                parse.GetValue(source)!,
                ct);
            await writer.WriteLineAsync("interval set");
        }));
        return command;
    }
}
