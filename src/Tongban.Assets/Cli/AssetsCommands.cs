using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Assets.Cards;
using Tongban.Assets.Depreciation;
using Tongban.Assets.Imports;
using Tongban.Assets.Vehicles;
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
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async output =>
        {
            var services = cli.Open(parse);
            var totals = await services.GetRequiredService<DepreciationRun>().RunAsync(parse.GetValue(org), Period.Parse(parse.GetValue(period)), ct);
            await output.WriteLineAsync($"{totals.Period} {totals.Cards} {(totals.TotalFen / 100m).ToString("0.00", CultureInfo.InvariantCulture)}");
        }));
        return command;
    }

    /// <summary>
    /// `tongban assets useful-life --org ID [--class 201 --years 8]`: sets a class's life for the org's jurisdiction
    /// when --class and --years are given, then prints the table in force there: "class table years [*]" (* = set here).
    /// </summary>
    public static Command UsefulLife(CliContext cli)
    {
        var org = new Option<Guid>("--org") { Description = "The jurisdiction (its finance department's org)", Required = true };
        var cls = new Option<string?>("--class") { Description = "GB/T 14885 second-level class, e.g. 201" };
        var years = new Option<int?>("--years") { Description = "Useful life in years, within 财会〔2017〕4号 表1" };
        var command = new Command("useful-life", "Show or edit the useful-life table of a jurisdiction") { org, cls, years };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async output =>
        {
            var registry = cli.Open(parse).GetRequiredService<CardRegistry>();
            if (parse.GetValue(cls) is { } code)
            {
                var y = parse.GetValue(years) ?? throw new RuleViolation("years", "assets.life.missing", "Give --years with --class.");
                await registry.SetUsefulLifeAsync(parse.GetValue(org), code, y, ct);
            }

            foreach (var r in await registry.LifeTableAsync(parse.GetValue(org), ct))
            {
                var table = r.TableMaxYears is { } max ? $"{r.TableYears}-{max}" : $">={r.TableYears}";
                await output.WriteLineAsync($"{r.ClassCode} {table} {r.Years}{(r.SetHere ? " *" : "")}");
            }
        }));
        return command;
    }

    /// <summary>`tongban assets vehicle-quota --org ID [--category GeneralOfficial --quota 2]`: sets a quota, then prints "category quota held".</summary>
    public static Command VehicleQuota(CliContext cli)
    {
        var org = new Option<Guid>("--org") { Description = "The unit", Required = true };
        var category = new Option<VehicleCategory?>("--category") { Description = "GeneralOfficial, LawEnforcement or SpecialTechnical" };
        var quota = new Option<int?>("--quota") { Description = "Vehicles the unit may hold in the category" };
        var command = new Command("vehicle-quota", "Show or set a unit's official-vehicle quotas") { org, category, quota };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async output =>
        {
            var vehicles = cli.Open(parse).GetRequiredService<VehicleService>();
            if (parse.GetValue(category) is { } c)
            {
                var q = parse.GetValue(quota) ?? throw new RuleViolation("quota", "assets.vehicles.quota-missing", "Give --quota with --category.");
                await vehicles.SetQuotaAsync(parse.GetValue(org), c, q, ct);
            }

            foreach (var r in await vehicles.QuotasAsync(parse.GetValue(org), ct))
            {
                await output.WriteLineAsync($"{r.Category} {r.Quota} {r.Held}");
            }
        }));
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
