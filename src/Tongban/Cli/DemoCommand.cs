using System.CommandLine;
using Tongban.Demo;
using Tongban.Hosting;

namespace Tongban.Cli;

/// <summary><c>tongban demo [--seed N] [--today YYYY-MM-DD]</c>: migrates, then fills the database with every module's demo data.</summary>
internal static class DemoCommand
{
    public static Option<int> SeedOption() => new("--seed") { Description = "Seed of the demo world (same seed, same data)", DefaultValueFactory = _ => 1 };

    public static Command Create()
    {
        var seed = SeedOption();
        var today = CliOptions.Today();
        var force = new Option<bool>("--force") { Description = "Seed even a database with accounts the demo did not make (adds accounts with published passwords)" };
        var command = new Command("demo", "Fill the database with the demo world of every module") { seed, today, force };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var target = CliOptions.Target(parse);
            await using var sp = CliOptions.Open(target, CliOptions.ClockFor(parse.GetValue(today)));
            await TongbanServices.MigrateAsync(sp, ct);
            var accounts = await DemoWorld.SeedAsync(sp, parse.GetValue(seed), parse.GetValue(force), ct);
            await output.WriteLineAsync($"demo data ready: {target}");
            foreach (var a in accounts)
            {
                await output.WriteLineAsync($"{a.UserName}\t{a.Password}\t{a.Description}");
            }

            return TongbanCli.Ok;
        });
        return command;
    }
}
