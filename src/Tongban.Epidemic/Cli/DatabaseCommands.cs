using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Epidemic.Bulletin;
using Tongban.Epidemic.Management;
using Tongban.Epidemic.People;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Modules;

namespace Tongban.Epidemic.Cli;

/// <summary>The verbs that work on the database: bulletin, due lists, certificate check (imports: the kernel's `tongban import`).</summary>
internal static class DatabaseCommands
{
    public static Command Bulletin(CliContext cli)
    {
        var date = new Option<string>("--date") { Description = "The bulletin's date (2022-10-30)", Required = true };
        var area = new Option<string?>("--area") { Description = "Division code of the city or a district (default: everything)" };
        var lang = new Option<string>("--lang") { Description = "zh, en or both", DefaultValueFactory = _ => "both" };
        var command = new Command("bulletin", "The day's bulletin generated from the records (seed 04 structure)") { date, area, lang };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async output =>
        {
            var day = ParseDate(parse.GetValue(date)!);
            var language = parse.GetValue(lang)!;
            RuleViolation.ThrowIf(language is not ("zh" or "en" or "both"), "lang", "epidemic.cli.lang", $"'{language}' is not zh, en or both.", ("language", language));
            var services = cli.Open(parse);
            var b = await services.GetRequiredService<BulletinService>().BuildAsync(day, parse.GetValue(area), ct);
            if (language != "en")
            {
                await output.WriteAsync(b.Zh);
            }

            if (language == "both")
            {
                await output.WriteLineAsync();
            }

            if (language != "zh")
            {
                await output.WriteAsync(b.En);
            }
        }));
        return command;
    }

    public static Command Due(CliContext cli)
    {
        var overdue = new Option<bool>("--overdue") { Description = "List overdue people instead of today's due tests" };
        var purpose = new Option<string>("--purpose") { Description = "Why the list is read (audited)", DefaultValueFactory = _ => "community follow-up" };
        var take = new Option<int>("--take") { Description = "At most this many lines", DefaultValueFactory = _ => 200 };
        var command = new Command("due", "Tests due today, or overdue, for the people under management") { overdue, purpose, take };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async output =>
        {
            var services = cli.Open(parse);
            var rows = await services.GetRequiredService<FollowUp>().DueAsync(
                parse.GetValue(overdue) ? DueFilter.Overdue : DueFilter.Today, parse.GetValue(purpose)!, parse.GetValue(take), ct);
            foreach (var r in rows)
            {
                await output.WriteLineAsync($"{Iso.Local(r.ByUtc)} {Snake(r.Due.ToString())} {Snake(r.Kind.ToString())} {r.Name} {r.Phone}".TrimEnd());
            }
        }));
        return command;
    }

    public static Command Certificate(CliContext cli)
    {
        var code = new Option<string>("--code") { Description = "The certificate code", Required = true };
        var at = new Option<string?>("--at") { Description = "Time of the check, Beijing time (default: now)" };
        var command = new Command("certificate", "Is a negative test from the last 72 hours on record (seed 04)") { code, at };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async output =>
        {
            var services = cli.Open(parse);
            var atText = parse.GetValue(at);
            var when = atText is null ? services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime : Iso.ParseLocal(atText, "at");
            var v = await services.GetRequiredService<FollowUp>().CheckCertificateAsync(parse.GetValue(code)!, when, ct);
            await output.WriteLineAsync($"{(v.Valid ? "valid" : "not_valid")} {v.Rule}");
            await output.WriteLineAsync(v.ReasonZh);
            await output.WriteLineAsync(v.ReasonEn);
        }));
        return command;
    }

    private static DateOnly ParseDate(string text) =>
        DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", out var d)
            ? d
            : throw new RuleViolation("date", "epidemic.date.unreadable", $"'{text}' is not a date of the form 2022-10-30.", ("text", text));

    private static string Snake(string pascal) =>
        string.Concat(pascal.Select((c, i) => i > 0 && char.IsUpper(c) ? "_" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));
}
