namespace Tongban.Architecture.Tests;

/// <summary>
/// Issue 21 (1) and issue 19 (2, 3): access is decided at the record's org through the kernel's one primitive
/// (OrgScope), a permission held somewhere opens nothing, the scope predicates are written once, and the system
/// caller is not switched on in module code. Each list below is what a reviewer read and accepted, with the reason.
/// </summary>
public sealed class AccessScanTests
{
    /// <summary>"Held somewhere" decides only what is offered (menus, catalogues, buttons) and the coarse endpoint gate.</summary>
    private static readonly HashSet<string> ReviewedAnywhere = new(StringComparer.Ordinal)
    {
        "Tongban.Web.PermissionHandler uses OrgScope.HasPermissionAnywhere", // the endpoint gate: opens no row; the filter scopes reads by the module's view permission and services check writes at the record's org
        "Tongban.Components.Layout.NavMenu uses OrgScope.HasPermissionAnywhere", // menu entries only
        "Tongban.Kernel.Reports.ReportCatalog uses OrgScope.HasPermissionAnywhere", // which reports are offered; their rows come through the scoped contexts
        "Tongban.Kernel.Imports.ImportCatalog uses OrgScope.HasPermissionAnywhere", // which imports are offered; each row's org is checked at import
        "Tongban.Api.KernelApi uses OrgScope.HasPermissionAnywhere", // report and import catalogue gates, as above
        "Tongban.Components.Pages.ImportsPage uses OrgScope.HasPermissionAnywhere", // which imports are offered
        "Tongban.Components.Pages.ReportsPage uses OrgScope.HasPermissionAnywhere", // which reports are offered
        "Tongban.Pensions.Pages.RatesPage uses OrgScope.HasPermissionAnywhere", // shows the edit form; RatesService checks the permission at the root
        "Tongban.Pensions.Pages.AccountsPage uses OrgScope.HasPermissionAnywhere", // shows buttons; the services check at the record's org
    };

    /// <summary>The system caller outside the host: benchmarks (their own data) and the kernel's narrow anonymous lookup.</summary>
    private static readonly HashSet<string> ReviewedSystemCallers = new(StringComparer.Ordinal)
    {
        "Tongban.Kernel.Audit.AnonymousLookup uses CallerScope.System", // one audited, rate-limited lookup by what the person knows
        "Tongban.Assets.Bench.AssetsBenchmarks uses CallerScope.System", // benchmark setup and baselines
        "Tongban.Assets.OrphanMatterCheck uses CallerScope.System", // the start-up list of orphan matters (issue 23), read only, to the server log
        "Tongban.Epidemic.Bench.EpidemicBenchmarks uses CallerScope.System",
        "Tongban.Epidemic.Bench.EpidemicBench uses CallerScope.System",
        "Tongban.Juvenile.Bench.JuvenileSearchBenchmark uses CallerScope.System",
        "Tongban.Delivery.Bench.BacklogBenchmark uses CallerScope.System",
        "Tongban.Patents.Bench.PatentBench uses CallerScope.System", // benchmark setup and the scored pass over its own rows
        "Tongban.Clinic.Bench.OverdueBenchmark uses CallerScope.System",
        "Tongban.Clinic.Bench.SavingsBenchmark uses CallerScope.System",
        "Tongban.Renewal.Bench.IngestBenchmark uses CallerScope.System",
        "Tongban.Renewal.Bench.RollupBenchmark uses CallerScope.System",
        "Tongban.Pensions.Bench.AmountsBenchmark uses CallerScope.System",
    };

    /// <summary>
    /// Readers of the raw grant lists and of the closure's ancestor column outside OrgScope: structure maintenance
    /// (the tree, its import, routing up the tree, demo trees) and in-memory area maps, not copies of a scope predicate.
    /// </summary>
    private static readonly HashSet<string> ReviewedScopeReaders = new(StringComparer.Ordinal)
    {
        "Tongban.Kernel.Orgs.OrgScope uses PermissionScope.get_ExactOrgIds",
        "Tongban.Kernel.Orgs.OrgScope uses PermissionScope.get_SubtreeRootIds",
        "Tongban.Kernel.Orgs.OrgScope uses OrgClosure.get_AncestorId",
        "Tongban.Kernel.Orgs.OrgScope uses CallerScope.get_ExactOrgIds",
        "Tongban.Kernel.Orgs.OrgScope uses CallerScope.get_SubtreeRootIds",
        "Tongban.Kernel.People.CallerScope uses CallerScope.get_ExactOrgIds",
        "Tongban.Kernel.People.CallerScope uses CallerScope.get_SubtreeRootIds",
        "Tongban.Kernel.Orgs.OrgTree uses OrgClosure.get_AncestorId", // maintains the closure
        "Tongban.Kernel.Imports.OrgImport uses OrgClosure.get_AncestorId", // builds the closure of imported nodes
        "Tongban.Kernel.Data.KernelModel uses OrgClosure.get_AncestorId", // the closure's key and index
        "Tongban.Kernel.Matters.RoutingSettings uses OrgClosure.get_AncestorId", // the nearest jurisdiction up the tree
        "Tongban.Pensions.Demo.PensionsDemo uses OrgClosure.get_AncestorId", // builds its demo tree
        "Tongban.Epidemic.Demo.CityOrgs uses OrgClosure.get_AncestorId", // builds its demo tree
        "Tongban.Delivery.Demo.DeliveryDemo uses OrgClosure.get_AncestorId", // builds its demo tree
        "Tongban.Patents.Demo.PatentsDemo uses OrgClosure.get_AncestorId", // builds its demo tree
        "Tongban.Renewal.Demo.RenewalDemo uses OrgClosure.get_AncestorId", // the demo's annual plans per level
        "Tongban.Renewal.Bench.IngestBenchmark uses OrgClosure.get_AncestorId", // benchmark setup: its own tree
        "Tongban.Renewal.Bench.RollupBenchmark uses OrgClosure.get_AncestorId",
        "Tongban.Renewal.Lifeline.LifelineService uses OrgClosure.get_AncestorId", // the rules in force: those of the sensor org's ancestors
        "Tongban.Renewal.Rollups.RollupReport uses OrgClosure.get_AncestorId", // which child of the roll-up's org each owning org lies under
        "Tongban.Renewal.Rollups.RollupReport uses PermissionScope.get_ExactOrgIds", // the highest org of the caller's grants as the default roll-up org
        "Tongban.Renewal.Rollups.RollupReport uses PermissionScope.get_SubtreeRootIds",
        "Tongban.Epidemic.Data.AreaCache uses OrgClosure.get_AncestorId", // the city's area map, cached in memory
        "Tongban.Epidemic.Data.AreaSnapshot uses OrgClosure.get_AncestorId",
        "Tongban.Kernel.People.PermissionScope uses PermissionScope.get_ExactOrgIds",
        "Tongban.Kernel.People.PermissionScope uses PermissionScope.get_SubtreeRootIds",
        "Tongban.Epidemic.Data.AreaSnapshot uses PermissionScope.get_ExactOrgIds", // the view scope applied to that map
        "Tongban.Epidemic.Data.AreaSnapshot uses PermissionScope.get_SubtreeRootIds",
        "Tongban.Assets.Cards.CardRegistry uses OrgClosure.get_AncestorId", // the nearest ancestor's useful-life setting
        "Tongban.Assets.Imports.CardImport uses OrgClosure.get_AncestorId", // which imported orgs lie in the importer's jurisdictions
        "Tongban.Assets.Reports.AssetQueries uses PermissionScope.get_ExactOrgIds", // whether the view scope lies inside a root (a plan choice, not a filter)
        "Tongban.Assets.Reports.AssetQueries uses PermissionScope.get_SubtreeRootIds",
        "Tongban.Juvenile.Cases.CaseService uses PermissionScope.get_ExactOrgIds", // the view scope as an index-friendly IN list; the kernel filter still applies
        "Tongban.Juvenile.Cases.CaseService uses PermissionScope.get_SubtreeRootIds",
        "Tongban.Juvenile.Cases.CaseService uses OrgClosure.get_AncestorId",
        "Tongban.Components.Pages.Dashboard uses CallerScope.get_ExactOrgIds", // a count of the orgs the grants reach, through OrgScope.Sees
        "Tongban.Components.Pages.Dashboard uses CallerScope.get_SubtreeRootIds",
    };

    [Fact]
    public void No_endpoint_or_service_checks_a_permission_held_anywhere_issue21_1()
    {
        var found = AccessScan.Users(AccessScan.Assemblies(), new HashSet<string>(StringComparer.Ordinal) { "OrgScope.HasPermissionAnywhere" });
        var unreviewed = found.Where(f => !ReviewedAnywhere.Contains(f)).ToList();
        Assert.True(unreviewed.Count == 0, "Check the permission at the record's org (OrgScope.RequirePermissionAtAsync / RequirePermissionOnAsync):" + Environment.NewLine + string.Join(Environment.NewLine, unreviewed));
    }

    [Fact]
    public void No_module_switches_to_the_system_caller_outside_the_reviewed_list_issue19_3()
    {
        var found = AccessScan.Users(
            AccessScan.Assemblies().Where(a => ModuleBoundaries.RoleOf(a.GetName().Name!) != AssemblyRole.Host),
            new HashSet<string>(StringComparer.Ordinal) { "CallerScope.System" });
        var unreviewed = found.Where(f => !ReviewedSystemCallers.Contains(f)).ToList();
        Assert.True(unreviewed.Count == 0, "A lookup without a caller goes through AnonymousLookup:" + Environment.NewLine + string.Join(Environment.NewLine, unreviewed));
    }

    [Fact]
    public void Scope_predicates_are_written_once_in_OrgScope_issue19_2()
    {
        var found = AccessScan.Users(
            AccessScan.Assemblies(),
            new HashSet<string>(StringComparer.Ordinal)
            {
                "CallerScope.get_ExactOrgIds", "CallerScope.get_SubtreeRootIds",
                "PermissionScope.get_ExactOrgIds", "PermissionScope.get_SubtreeRootIds",
                "OrgClosure.get_AncestorId",
            });
        var unreviewed = found.Where(f => !ReviewedScopeReaders.Contains(f)).ToList();
        Assert.True(unreviewed.Count == 0, "Use OrgScope.Sees / OrgScope.Under instead of a hand-written copy:" + Environment.NewLine + string.Join(Environment.NewLine, unreviewed));
    }

    [Fact]
    public void The_scan_sees_calls_and_expression_tree_uses()
    {
        var found = AccessScan.Users(AccessScan.Assemblies(), new HashSet<string>(StringComparer.Ordinal) { "OrgScope.HasPermissionAnywhere", "OrgClosure.get_AncestorId" });
        Assert.Contains("Tongban.Components.Layout.NavMenu uses OrgScope.HasPermissionAnywhere", found);
        Assert.Contains("Tongban.Kernel.Orgs.OrgScope uses OrgClosure.get_AncestorId", found);
    }
}
