using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Assets.Depreciation;
using Tongban.Assets.Imports;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Modules;

namespace Tongban.Assets.Cli;

/// <summary>The verbs that work on the database.</summary>
internal static class AssetsCommands
{
    /// <summary>`tongban assets depreciate --org ID --period 2025-03`: the monthly run; prints "period cards total".</summary>
    public static Command Depreciate(CliContext cli)
    {
        var org = new Option<Guid>("--org") { Description = "The org whose subtree is depreciated", Required = true };
        var period = new Option<string>("--period") { Description = "The month (2025-03)", Required = true };
        var command = new Command("depreciate", "Run the month's depreciation for an org subtree (idempotent)") { org, period };
        command.SetAction(async (parse, ct) =>
        {
            try
            {
                var services = cli.Open(parse);
                var totals = await services.GetRequiredService<DepreciationRun>().RunAsync(parse.GetValue(org), Period.Parse(parse.GetValue(period)), ct);
                await parse.InvocationConfiguration.Output.WriteLineAsync(
                    $"{totals.Period} {totals.Cards} {(totals.TotalFen / 100m).ToString("0.00", CultureInfo.InvariantCulture)}");
                return 0;
            }
            catch (RuleViolation v)
            {
                await parse.InvocationConfiguration.Error.WriteLineAsync($"{v.Field}: {v.Message} ({v.Rule})");
                return 1;
            }
        });
        return command;
    }

    /// <summary>`tongban assets import-template`: the header line of an asset card file (as `tongban import assets --template` would print).</summary>
    public static Command ImportTemplate()
    {
        var command = new Command("import-template", "Print the header line of an asset card import file");
        command.SetAction(parse =>
        {
            parse.InvocationConfiguration.Output.WriteLine(CardImport.TemplateHeader);
            return 0;
        });
        return command;
    }
}
