using MudBlazor;
using Tongban.Kernel.Modules;
using Tongban.Kernel.People;

namespace Tongban.Components.Layout;

/// <summary>The host's own pages; an empty permission means every signed-in user.</summary>
internal static class HostNavigation
{
    public static IReadOnlyList<NavItem> Work { get; } =
    [
        new("nav.dashboard", "/", "", Icons.Material.Filled.Dashboard),
        new("nav.calendar", "/calendar", "", Icons.Material.Filled.CalendarMonth),
        new("nav.workflows", "/workflows", KernelPermissions.ViewMatters, Icons.Material.Filled.AccountTree),
        new("nav.reports", "/reports", "", Icons.Material.Filled.BarChart),
        new("nav.imports", "/imports", "", Icons.Material.Filled.UploadFile),
    ];

    public static IReadOnlyList<NavItem> Administration { get; } =
    [
        new("nav.orgs", "/orgs", KernelPermissions.ViewOrgs, Icons.Material.Filled.CorporateFare),
        new("nav.users", "/users", KernelPermissions.ManageUsers, Icons.Material.Filled.People),
        new("nav.audit", "/audit", KernelPermissions.ViewAudit, Icons.Material.Filled.VerifiedUser),
    ];

    public static IReadOnlyList<NavItem> Developer { get; } =
    [
        new("nav.tokens", "/tokens", "", Icons.Material.Filled.Key),
        new("nav.apiref", "/api-reference", "", Icons.Material.Filled.Api),
    ];
}
