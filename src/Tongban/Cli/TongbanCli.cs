using System.CommandLine;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Modules;

namespace Tongban.Cli;

/// <summary>
/// The <c>tongban</c> command line. Exit codes: 0 success, 1 a refused operation (reason on
/// stderr), 2 a usage error.
/// </summary>
internal static class TongbanCli
{
    public const int Ok = 0;
    public const int Refused = 1;
    public const int UsageError = 2;

    public static Task<int> RunAsync(string[] args) => RunAsync(args, Console.Out, Console.Error, CancellationToken.None);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken ct)
    {
        await using var session = new CliSession();
        var root = BuildRoot(session);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                await error.WriteLineAsync("usage: " + e.Message);
            }

            await error.WriteLineAsync("Run 'tongban --help' for the list of verbs.");
            return UsageError;
        }

        var config = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(config, ct);
        }
        catch (RuleViolation v)
        {
            await error.WriteLineAsync(CliRefusal.Describe(v, CliRefusal.Culture(parse)));
            return Refused;
        }
        catch (UsageException u)
        {
            await error.WriteLineAsync("usage: " + u.Message);
            return UsageError;
        }
    }

    public static RootCommand BuildRoot(CliSession session)
    {
        var root = new RootCommand("Tongban (通办): administration of Chinese public institutions by their written rules.");
        root.Options.Add(CliOptions.Db);
        root.Options.Add(CliRefusal.Lang);
        root.Subcommands.Add(InitCommand.Create());
        root.Subcommands.Add(DemoCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(CalendarCommands.Create());
        root.Subcommands.Add(MoneyCommands.Create());
        root.Subcommands.Add(AuditCommands.Create(session));
        foreach (var verb in BackupCommands.Create())
        {
            root.Subcommands.Add(verb);
        }

        root.Subcommands.Add(UsersCommands.Create(session));
        root.Subcommands.Add(ImportCommand.Create(session));
        root.Subcommands.Add(ExportCommand.Create(session));
        root.Subcommands.Add(BenchCommand.Create());
        var context = new CliContext(session.Open);
        foreach (var module in ModuleCatalog.All)
        {
            var group = new Command(module.Name, $"The {module.Name} module");
            foreach (var verb in module.CliCommands(context))
            {
                group.Subcommands.Add(verb);
            }

            root.Subcommands.Add(group);
        }

        return root;
    }
}

/// <summary>A usage error found after parsing (e.g. an unknown report name): exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
