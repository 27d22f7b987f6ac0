using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Kernel.Imports;

/// <summary>A kind of file the suite can import, e.g. "kernel.orgs". Run it with <see cref="ImportPipeline"/>.</summary>
public interface IImportDefinition
{
    /// <summary>"module.name", e.g. "kernel.orgs"; also the audit subject of each import.</summary>
    string Key { get; }

    string TitleZh { get; }

    string TitleEn { get; }

    /// <summary>The permission a caller needs to run the import.</summary>
    string Permission { get; }

    IReadOnlyList<ImportColumn> Columns { get; }

    /// <summary>Opens one run on the caller's services: pass 1 validates through it, pass 2 writes through it.</summary>
    Task<IImportRun> BeginAsync(IServiceProvider services, CancellationToken ct);
}

/// <summary>One import run, as the pipeline drives it.</summary>
public interface IImportRun
{
    /// <summary>The context whose connection and transaction receive the rows and the audit entry.</summary>
    DbContext Context { get; }

    /// <summary>
    /// The tables written, in order. On PostgreSQL the file is streamed once per table; on SQLite once for all
    /// of them, each file row's values for every table in turn, so a row may refer only to rows of earlier
    /// tables from the same or earlier file rows.
    /// </summary>
    IReadOnlyList<ImportTarget> Targets { get; }

    /// <summary>The org recorded on the import's audit entry, if one org owns the whole import.</summary>
    Guid? AuditOrgId { get; }

    /// <summary>Pass 1: parses and checks one row, recording its errors on the row.</summary>
    ValueTask ValidateAsync(ImportRow row, CancellationToken ct);

    /// <summary>Pass 2: the rows a (validated) file row puts into target <paramref name="target"/>.</summary>
    IEnumerable<object?[]> RowsFor(int target, ImportRow row);
}

/// <summary>A table an import writes, with the column names the values come in.</summary>
public sealed record ImportTarget(string Table, IReadOnlyList<string> Columns);

/// <summary>
/// An import whose rows read into a typed <typeparamref name="TRow"/>. The definition says how
/// cells parse (<see cref="Read"/>); the session it opens checks rules across rows and says what to
/// write.
/// </summary>
public abstract class ImportDefinition<TRow> : IImportDefinition
{
    public abstract string Key { get; }

    public abstract string TitleZh { get; }

    public abstract string TitleEn { get; }

    public abstract string Permission { get; }

    public abstract IReadOnlyList<ImportColumn> Columns { get; }

    async Task<IImportRun> IImportDefinition.BeginAsync(IServiceProvider services, CancellationToken ct) =>
        new Run(this, await BeginAsync(services, ct));

    /// <summary>Reads one row's cells into its typed form; cells that do not parse are recorded on the row.</summary>
    protected abstract TRow Read(ImportRow row);

    protected abstract Task<ImportSession<TRow>> BeginAsync(IServiceProvider services, CancellationToken ct);

    private sealed class Run(ImportDefinition<TRow> definition, ImportSession<TRow> session) : IImportRun
    {
        public DbContext Context => session.Context;

        public IReadOnlyList<ImportTarget> Targets => session.Targets;

        public Guid? AuditOrgId => session.AuditOrgId;

        public ValueTask ValidateAsync(ImportRow row, CancellationToken ct) => session.CheckAsync(definition.Read(row), row, ct);

        private ImportRow? _read;
        private TRow _typed = default!;

        public IEnumerable<object?[]> RowsFor(int target, ImportRow row)
        {
            // Read once per file row, however many tables ask for it.
            if (!ReferenceEquals(row, _read))
            {
                _typed = definition.Read(row);
                if (!row.IsValid)
                {
                    throw new InvalidOperationException($"Row {row.Number} changed between validation and writing.");
                }

                _read = row;
            }

            return session.RowsFor(target, _typed);
        }
    }
}

/// <summary>The state of one run of a typed import: checks across rows, and the rows to write.</summary>
public abstract class ImportSession<TRow>
{
    public abstract DbContext Context { get; }

    public abstract IReadOnlyList<ImportTarget> Targets { get; }

    public virtual Guid? AuditOrgId => null;

    /// <summary>Checks a row against the rows before it and the database; called in file order.</summary>
    public virtual ValueTask CheckAsync(TRow row, ImportRow cells, CancellationToken ct) => ValueTask.CompletedTask;

    public abstract IEnumerable<object?[]> RowsFor(int target, TRow row);
}

/// <summary>Every import of the running suite: the kernel's and each module's.</summary>
public sealed class ImportCatalog
{
    private readonly Dictionary<string, IImportDefinition> _imports = new(StringComparer.Ordinal);

    public ImportCatalog(IEnumerable<IImportDefinition> imports)
    {
        foreach (var import in imports)
        {
            RuleViolation.ThrowIf(!_imports.TryAdd(import.Key, import), "import.key", "imports.key-duplicate", $"Import key '{import.Key}' is declared twice.", ("import", import.Key));
        }
    }

    public IReadOnlyCollection<IImportDefinition> All => _imports.Values;

    public IImportDefinition? Find(string key) => _imports.GetValueOrDefault(key);

    /// <summary>The imports whose permission the caller holds somewhere.</summary>
    public IEnumerable<IImportDefinition> AvailableTo(CallerScope scope, RoleCatalog roles) =>
        _imports.Values.Where(i => OrgScope.HasPermissionAnywhere(scope, roles, i.Permission)).OrderBy(i => i.Key, StringComparer.Ordinal);
}

public static class ImportRegistration
{
    /// <summary>Registers a module's imports, the catalog (always with the kernel's imports) and the pipeline.</summary>
    public static IServiceCollection AddImports(this IServiceCollection services, IEnumerable<IImportDefinition> imports)
    {
        foreach (var import in imports)
        {
            services.AddSingleton(import);
        }

        services.TryAddSingleton(sp => new ImportCatalog(KernelImports.All.Concat(sp.GetServices<IImportDefinition>())));
        services.TryAddScoped<ImportPipeline>();
        return services;
    }
}

/// <summary>The kernel's own imports.</summary>
public static class KernelImports
{
    public static IReadOnlyList<IImportDefinition> All { get; } = [new OrgImport()];
}
