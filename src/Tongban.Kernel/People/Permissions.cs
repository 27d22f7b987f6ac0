namespace Tongban.Kernel.People;

/// <summary>A role a module declares, with the permissions it carries.</summary>
public sealed record RoleDefinition(string Name, string DisplayZh, string DisplayEn, IReadOnlyList<string> Permissions);

/// <summary>Kernel permissions; modules declare their own as "module.action" strings.</summary>
public static class KernelPermissions
{
    public const string Administer = "kernel.administer";
    public const string ViewAudit = "kernel.audit.view";
    public const string ViewOrgs = "kernel.orgs.view";
    public const string ManageOrgs = "kernel.orgs.manage";
    public const string ManageUsers = "kernel.users.manage";
    public const string ViewMatters = "kernel.matters.view";

    public const string AdministratorRole = "administrator";
    public const string AuditorRole = "auditor";

    public static readonly IReadOnlyList<RoleDefinition> Roles =
    [
        new(AdministratorRole, "系统管理员", "Administrator", [Administer, ViewAudit, ViewOrgs, ManageOrgs, ManageUsers, ViewMatters]),
        new(AuditorRole, "审计员", "Auditor", [ViewAudit, ViewOrgs, ViewMatters]),
    ];
}

/// <summary>All roles known to the running suite: the kernel's and every module's.</summary>
public sealed class RoleCatalog
{
    private readonly Dictionary<string, RoleDefinition> _roles = new(StringComparer.Ordinal);

    public RoleCatalog(IEnumerable<RoleDefinition> roles)
    {
        foreach (var role in roles)
        {
            _roles[role.Name] = role;
        }
    }

    public IReadOnlyCollection<RoleDefinition> All => _roles.Values;

    public bool Exists(string role) => _roles.ContainsKey(role);

    public RoleDefinition? Find(string role) => _roles.GetValueOrDefault(role);

    /// <summary>A role's title in Chinese or English; a role no module declares shows its code.</summary>
    public string Title(string role, bool chinese) =>
        _roles.TryGetValue(role, out var def) ? (chinese ? def.DisplayZh : def.DisplayEn) : role;

    public bool Grants(string role, string permission) =>
        _roles.TryGetValue(role, out var def)
        && (def.Permissions.Contains(permission) || def.Permissions.Contains(KernelPermissions.Administer));
}
