using System.CommandLine;
using Tongban.Web;

namespace Tongban.Cli;

/// <summary><c>tongban serve [--demo] [--urls URL]</c>: the web UI and API.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var demo = new Option<bool>("--demo") { Description = "Seed the demo world (if not yet there) and print the demo sign-ins" };
        var urls = new Option<string>("--urls") { Description = "Where to listen", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var seed = DemoCommand.SeedOption();
        var command = new Command("serve", "Serve the web UI and the API") { demo, urls, seed };
        command.SetAction(async (parse, ct) =>
            await WebApp.RunAsync(new WebAppOptions(CliOptions.Target(parse), parse.GetValue(urls)!, parse.GetValue(demo), parse.GetValue(seed)), ct));
        return command;
    }
}
