using System.CommandLine;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.People;
using Tongban.Kernel.Reports;

namespace Tongban.Kernel.Modules;

/// <summary>
/// A module's single entry point: the host composes whatever modules exist through this.
/// </summary>
public interface ITongbanModule
{
    /// <summary>Short name, also the API segment (/api/{name}) and the CLI verb group.</summary>
    string Name { get; }

    void AddServices(IServiceCollection services, DatabaseTarget target);

    void MapEndpoints(IEndpointRouteBuilder app);

    IEnumerable<NavItem> Navigation { get; }

    IEnumerable<RoleDefinition> Roles { get; }

    /// <summary>Verbs under "tongban {name} ..."; the services are built per invocation.</summary>
    IEnumerable<Command> CliCommands(CliContext cli);

    /// <summary>UI strings as (key, zh-CN, en).</summary>
    IEnumerable<TextEntry> Texts { get; }

    /// <summary>Refusal texts as (rule code, zh-CN, en) templates over the refusal's named values and {field}.</summary>
    IEnumerable<TextEntry> RuleTexts => [];

    /// <summary>Display names of the fields the module's refusals name, as (field, zh-CN, en).</summary>
    IEnumerable<TextEntry> FieldNames => [];

    /// <summary>The module's contexts, so the host can migrate them.</summary>
    IEnumerable<Type> DbContextTypes { get; }

    /// <summary>The module's reports, listed in the report catalog.</summary>
    IEnumerable<IReport> Reports => [];

    /// <summary>The module's file imports, listed in the import catalog.</summary>
    IEnumerable<IImportDefinition> Imports => [];

    /// <summary>Fills the database with this module's demo data (deterministic for a seed).</summary>
    Task SeedDemoAsync(IServiceProvider services, DemoContext demo, CancellationToken ct);

    /// <summary>The module's benchmarks, run by <c>tongban bench</c>.</summary>
    IEnumerable<IBenchmark> Benchmarks => [];

    /// <summary>The sign-ins the module's demo data creates, printed by <c>tongban demo</c> and <c>serve --demo</c>.</summary>
    IEnumerable<DemoAccount> DemoAccounts => [];
}

/// <summary>A demo sign-in and who it is.</summary>
public sealed record DemoAccount(string UserName, string Password, string Description);

/// <summary>A navigation link; shown when the user holds the permission somewhere.</summary>
public sealed record NavItem(string TextKey, string Href, string Permission, string Icon = "");

/// <summary>A UI string in both languages.</summary>
public sealed record TextEntry(string Key, string Zh, string En);

/// <summary>What a CLI verb gets: a way to open services on the chosen database.</summary>
public sealed class CliContext(Func<ParseResult, IServiceProvider> open)
{
    public IServiceProvider Open(ParseResult parse) => open(parse);
}

/// <summary>The shared demo world that module seeders build on.</summary>
public sealed class DemoContext(int seed, IReadOnlyDictionary<string, Guid> orgs)
{
    public Random Random { get; } = new(seed);

    public int Seed { get; } = seed;

    /// <summary>Demo organisations by well-known key (e.g. "finance-province", "county-school").</summary>
    public IReadOnlyDictionary<string, Guid> Orgs { get; } = orgs;

    /// <summary>An id derived from the seed and a key, so the same seed gives the same world.</summary>
    public Guid IdFor(string key) => IdFor(Seed, key);

    public static Guid IdFor(int seed, string key)
    {
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"tongban-demo:{seed}:{key}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50); // RFC 9562 version 5 layout (name-based)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
