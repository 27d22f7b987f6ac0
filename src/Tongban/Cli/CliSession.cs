using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Hosting;
using Tongban.Kernel.Data;
using Tongban.Kernel.People;

namespace Tongban.Cli;

/// <summary>
/// The services of one CLI invocation on the chosen database, opened on first use and disposed
/// when the verb is done. CLI maintenance acts as the system actor "cli".
/// </summary>
internal sealed class CliSession : IAsyncDisposable
{
    private readonly List<IAsyncDisposable> _open = [];

    /// <summary>A scope on the migrated database, acting as the system actor.</summary>
    public async Task<IServiceProvider> OpenAsync(ParseResult parse, CancellationToken ct)
    {
        var services = Open(parse);
        await TongbanServices.MigrateAsync(services, ct);
        return services;
    }

    /// <summary>A scope on the database as it is (module verbs migrate nothing).</summary>
    public IServiceProvider Open(ParseResult parse)
    {
        var root = CliOptions.Open(CliOptions.Target(parse));
        var scope = root.CreateAsyncScope();
        _open.Add(root);
        _open.Add(scope);
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("cli");
        return scope.ServiceProvider;
    }

    public DatabaseTarget Target(ParseResult parse) => CliOptions.Target(parse);

    public async ValueTask DisposeAsync()
    {
        for (var i = _open.Count - 1; i >= 0; i--)
        {
            await _open[i].DisposeAsync();
        }

        _open.Clear();
    }
}
