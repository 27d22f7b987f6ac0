using System.CommandLine;
using Tongban.Web;

namespace Tongban.Cli;

/// <summary><c>tongban serve [--demo [--today YYYY-MM-DD]] [--urls URL]</c>: the web UI and API.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var demo = new Option<bool>("--demo") { Description = "Seed the demo world (if not yet there) and print the demo sign-ins" };
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var seed = DemoCommand.SeedOption();
        var today = CliOptions.Today();
        var command = new Command("serve", "Serve the web UI and the API") { demo, urls, seed, today };
        command.SetAction(async (parse, ct) =>
        {
            // A shifted clock would stamp a real office's audit entries with a made-up time: demo only.
            Kernel.Errors.RuleViolation.ThrowIf(
                parse.GetValue(today) is not null && !parse.GetValue(demo), "today", "serve.today-demo-only", "--today sets the server's clock and is only for the demo world: add --demo.");
            return await WebApp.RunAsync(
                new WebAppOptions(CliOptions.Target(parse), parse.GetValue(urls)!, parse.GetValue(demo), parse.GetValue(seed), Clock: CliOptions.ClockFor(parse.GetValue(today))), ct);
        });
        return command;
    }
}
