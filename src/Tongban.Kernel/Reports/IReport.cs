using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Kernel.Reports;

/// <summary>
/// A report: a query that yields a typed table. The query aggregates in the database and reads
/// through the caller's scoped contexts, so a caller only ever counts rows they may see.
/// </summary>
public interface IReport
{
    /// <summary>"module.name", e.g. "kernel.matters-by-state".</summary>
    string Key { get; }

    string TitleZh { get; }

    string TitleEn { get; }

    /// <summary>The permission a caller needs somewhere to run the report.</summary>
    string Permission { get; }

    /// <summary>The chart that suits the table, if a picture says more.</summary>
    ChartSpec? Chart { get; }

    Task<ReportTable> RunAsync(IServiceProvider services, ReportParameters parameters, CancellationToken ct);
}

/// <summary>Every report of the running suite: the kernel's and each module's.</summary>
public sealed class ReportCatalog
{
    private readonly Dictionary<string, IReport> _reports = new(StringComparer.Ordinal);

    public ReportCatalog(IEnumerable<IReport> reports)
    {
        foreach (var report in reports)
        {
            RuleViolation.ThrowIf(
                report.Key.Split('.') is not [{ Length: > 0 }, { Length: > 0 }],
                "report.key",
                "reports.key-format",
                $"Report key '{report.Key}' is not of the form module.name.", ("report", report.Key));
            RuleViolation.ThrowIf(!_reports.TryAdd(report.Key, report), "report.key", "reports.key-duplicate", $"Report key '{report.Key}' is declared twice.", ("report", report.Key));
        }
    }

    public IReadOnlyCollection<IReport> All => _reports.Values;

    public IReport? Find(string key) => _reports.GetValueOrDefault(key);

    /// <summary>The reports whose permission the caller holds somewhere (what a menu lists).</summary>
    public IEnumerable<IReport> AvailableTo(CallerScope scope, RoleCatalog roles) =>
        _reports.Values.Where(r => OrgScope.HasPermissionAnywhere(scope, roles, r.Permission)).OrderBy(r => r.Key, StringComparer.Ordinal);
}

public static class ReportRegistration
{
    /// <summary>
    /// Registers <paramref name="reports"/> (a module's) and the catalog, which always holds the
    /// kernel's own reports. May be called once per module.
    /// </summary>
    public static IServiceCollection AddReports(this IServiceCollection services, IEnumerable<IReport> reports)
    {
        foreach (var report in reports)
        {
            services.AddSingleton(report);
        }

        services.TryAddSingleton(sp => new ReportCatalog(KernelReports.All.Concat(sp.GetServices<IReport>())));
        return services;
    }
}
