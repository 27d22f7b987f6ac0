using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Juvenile.Access;
using Tongban.Juvenile.Rules;
using Tongban.Juvenile.Statistics;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Modules;

namespace Tongban.Juvenile.Cli;

/// <summary>tongban juvenile items | measures | statistics | reassign | sealed-accesses.</summary>
internal static class JuvenileCommands
{
    public static IEnumerable<Command> All(CliContext cli) => [Items(), MeasureKinds(), Stats(cli), Reassign(cli), SealedAccesses(cli)];

    /// <summary>"28.1 bad Smoking and drinking" per line: the items of arts. 28, 38 and 45.</summary>
    private static Command Items()
    {
        var command = new Command("items", "The behaviour items of arts. 28 (bad), 38 (serious) and 45 (criminal act below the age of responsibility)");
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async output =>
        {
            foreach (var i in Behaviours.All)
            {
                await output.WriteLineAsync($"{i.Code}\t{Category(i.Category)}\t{i.Zh}\t{i.En}");
            }
        }));
        return command;
    }

    /// <summary>"41.3 art. 41 item 3 PublicSecurity ..." per line: each measure and who may take it.</summary>
    private static Command MeasureKinds()
    {
        var command = new Command("measures", "The measures of arts. 29-42 and 61 and the actors the law gives each to");
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async output =>
        {
            foreach (var m in Measures.All)
            {
                await output.WriteLineAsync($"{m.Code}\t{m.Basis}\t{string.Join('/', m.Actors)}\t{m.Zh}\t{m.En}");
            }
        }));
        return command;
    }

    /// <summary>De-identified counts: "district age_band item count" with "<5" for suppressed cells.</summary>
    private static Command Stats(CliContext cli)
    {
        var year = new Option<int?>("--year") { Description = "Only behaviours and measures of this year" };
        var command = new Command("statistics", "De-identified counts by district, age band, behaviour item and measure; cells under 5 suppressed (art. 3), sealed cases left out (art. 59)") { year };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async output =>
        {
            var services = cli.Open(parse);
            var table = await services.GetRequiredService<JuvenileStatistics>().BuildAsync(parse.GetValue(year), ct);
            await output.WriteLineAsync("district\tage_band\titem\tcount");
            foreach (var c in table.Behaviours)
            {
                await output.WriteLineAsync($"{c.District}\t{c.AgeBand}\t{c.Item}\t{Count(c.Count)}");
            }

            await output.WriteLineAsync("district\tmeasure\tcount");
            foreach (var c in table.Measures)
            {
                await output.WriteLineAsync($"{c.District}\t{c.Measure}\t{Count(c.Count)}");
            }
        }));
        return command;
    }

    private static Command Reassign(CliContext cli)
    {
        var org = new Option<Guid>("--org") { Description = "The organisation whose cases move", Required = true };
        var from = new Option<Guid>("--from") { Description = "The departing caseworker's user id", Required = true };
        var to = new Option<Guid>("--to") { Description = "The new caseworker's user id", Required = true };
        var toName = new Option<string>("--to-name") { Description = "The new caseworker's name", Required = true };
        var command = new Command("reassign", "Move a departing caseworker's open cases at one organisation to another caseworker") { org, from, to, toName };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async output =>
        {
            var services = cli.Open(parse);
            var result = await services.GetRequiredService<Referrals>().ReassignAsync(parse.GetValue(from), parse.GetValue(to), parse.GetValue(toName)!, parse.GetValue(org), ct);
            await output.WriteLineAsync($"reassigned {result.Reassigned}");
            foreach (var r in result.References)
            {
                await output.WriteLineAsync(r);
            }
        }));
        return command;
    }

    private static Command SealedAccesses(CliContext cli)
    {
        var command = new Command("sealed-accesses", "Every opening of a sealed record (art. 59), for oversight (art. 60)");
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async output =>
        {
            var services = cli.Open(parse);
            foreach (var a in await services.GetRequiredService<SealedRecords>().AccessesAsync(null, null, ct))
            {
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{a.AtUtc:yyyy-MM-ddTHH:mm:ssZ}\t{a.CaseReference}\t{a.Inquirer}\t{a.Basis}\t{a.LegalReference}\t{a.Purpose}"));
            }
        }));
        return command;
    }

    private static string Category(BehaviourCategory c) => c switch
    {
        BehaviourCategory.Bad => "bad",
        BehaviourCategory.Serious => "serious",
        _ => "criminal_act",
    };

    private static string Count(int? n) => n?.ToString(CultureInfo.InvariantCulture) ?? "<5";
}
