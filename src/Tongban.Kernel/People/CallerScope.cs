using System.Collections.Concurrent;

namespace Tongban.Kernel.People;

/// <summary>
/// Who is asking, and which organisations' rows they may see. Every module DbContext filters every
/// org-owned row through this, so a query that forgets scoping cannot be written. Access is decided
/// per permission (<see cref="For"/>): a grant counts only for the permissions its role carries, so a
/// permission held somewhere opens nothing elsewhere.
/// </summary>
public sealed class CallerScope
{
    private readonly RoleCatalog? _roles;
    private readonly IReadOnlySet<string> _authorisedRoles;
    private readonly ConcurrentDictionary<string, PermissionScope> _byPermission = new(StringComparer.Ordinal);

    private CallerScope(
        Guid? userId,
        string actorName,
        bool unrestricted,
        IReadOnlyList<Grant> grants,
        RoleCatalog? roles,
        bool administersAtRoot = false,
        IReadOnlySet<string>? authorisedRoles = null)
    {
        _roles = roles;
        _authorisedRoles = authorisedRoles ?? new HashSet<string>(StringComparer.Ordinal);
        UserId = userId;
        ActorName = actorName;
        Unrestricted = unrestricted;
        ExactOrgIds = grants.Where(g => !g.CoversDescendants).Select(g => g.OrgId).Distinct().ToArray();
        SubtreeRootIds = grants.Where(g => g.CoversDescendants).Select(g => g.OrgId).Distinct().ToArray();
        Grants = grants;
        Administers = roles is not null && grants.Any(g => roles.Grants(g.Role, KernelPermissions.Administer));
        AdministersAtRoot = Administers && administersAtRoot;
    }

    public Guid? UserId { get; }

    public string ActorName { get; }

    /// <summary>True only for the system actor (CLI maintenance, migrations, demo seeding).</summary>
    public bool Unrestricted { get; }

    /// <summary>Orgs of every grant, whatever its role, without descendants. Not an access decision: use <see cref="For"/>.</summary>
    public IReadOnlyList<Guid> ExactOrgIds { get; }

    /// <summary>Orgs of every grant, whatever its role, with descendants. Not an access decision: use <see cref="For"/>.</summary>
    public IReadOnlyList<Guid> SubtreeRootIds { get; }

    public IReadOnlyList<Grant> Grants { get; }

    /// <summary>Holds kernel.administer somewhere.</summary>
    public bool Administers { get; }

    /// <summary>
    /// Holds kernel.administer at a root of the tree, with its descendants: may see the audit entries
    /// that belong to no org (accounts, grants, tokens, imports of the tree) and change national settings.
    /// </summary>
    public bool AdministersAtRoot { get; }

    /// <summary>A caller who sees nothing (not signed in).</summary>
    public static CallerScope Nobody { get; } = new(null, "anonymous", false, [], null);

    public static CallerScope System(string actorName = "system") => new(null, actorName, true, [], null);

    /// <summary>
    /// A signed-in user. <paramref name="roles"/> tells which permissions each grant carries; without it
    /// (tests and benchmarks that build a scope by hand) every grant counts for every permission.
    /// <paramref name="administersAtRoot"/>: one of the administering grants sits at a root and covers it.
    /// </summary>
    public static CallerScope ForUser(Guid userId, string userName, IReadOnlyList<Grant> grants, RoleCatalog? roles = null, bool administersAtRoot = false) =>
        new(userId, userName, false, grants, roles, administersAtRoot);

    /// <summary>
    /// The orgs where the caller holds a grant whose role carries <paramref name="permission"/>:
    /// computed once per scope and permission.
    /// </summary>
    public PermissionScope For(string permission) =>
        Unrestricted ? PermissionScope.All : _byPermission.GetOrAdd(permission, p => Build(g => Carries(g, p)));

    /// <summary>As <see cref="For(string)"/>; a scope built without a catalog is read with <paramref name="roles"/>.</summary>
    public PermissionScope For(string permission, RoleCatalog roles) =>
        Unrestricted || _roles is not null
            ? For(permission)
            : _byPermission.GetOrAdd("catalog:" + permission, _ => Build(g => _authorisedRoles.Contains(g.Role) || roles.Grants(g.Role, permission)));

    /// <summary>The orgs where the caller holds a grant whose role carries any of <paramref name="permissions"/>.</summary>
    public PermissionScope ForAny(IReadOnlyCollection<string> permissions) =>
        Unrestricted
            ? PermissionScope.All
            : _byPermission.GetOrAdd("any:" + string.Join('|', permissions.Order(StringComparer.Ordinal)), _ => Build(g => permissions.Any(p => Carries(g, p))));

    /// <summary>The orgs where the caller holds kernel.matters.view or a module's view permission ("x.view"): the widest matter scope.</summary>
    public PermissionScope ForMatters() =>
        Unrestricted
            ? PermissionScope.All
            : _byPermission.GetOrAdd(
                "matters",
                _ => Build(g => Carries(g, KernelPermissions.ViewMatters)
                    || _roles?.Find(g.Role)?.Permissions.Any(p => p.EndsWith(".view", StringComparison.Ordinal)) == true));

    /// <summary>Whether a grant of the caller carries the permission (a role of the catalog, or a write an accepted step authorised).</summary>
    public bool Carries(Grant grant, string permission) =>
        _roles is null || _authorisedRoles.Contains(grant.Role) || _roles.Grants(grant.Role, permission);

    /// <summary>
    /// This caller plus one org for every permission, for one write a rule authorises (a routed step
    /// handing a matter on, an accepted referral moving a case). <paramref name="authority"/> names the rule.
    /// </summary>
    public CallerScope AuthorisedAt(Guid orgId, string authority, bool coversDescendants = false)
    {
        if (Unrestricted || UserId is not { } userId)
        {
            return this;
        }

        var roles = new HashSet<string>(_authorisedRoles, StringComparer.Ordinal) { authority };
        return new CallerScope(userId, ActorName, false, [.. Grants, new Grant { UserId = userId, Role = authority, OrgId = orgId, CoversDescendants = coversDescendants }], _roles, AdministersAtRoot, roles);
    }

    private PermissionScope Build(Func<Grant, bool> carries)
    {
        var grants = Grants.Where(carries).ToList();
        return new PermissionScope(
            false,
            grants.Where(g => !g.CoversDescendants).Select(g => g.OrgId).Distinct().ToArray(),
            grants.Where(g => g.CoversDescendants).Select(g => g.OrgId).Distinct().ToArray());
    }
}

/// <summary>
/// The orgs one permission opens to a caller: exact orgs and subtree roots. Query filters read it
/// through the context (<c>ctx.ViewScope</c>), so EF passes its lists as parameters of each query.
/// </summary>
public sealed class PermissionScope(bool unrestricted, IReadOnlyList<Guid> exactOrgIds, IReadOnlyList<Guid> subtreeRootIds)
{
    public static PermissionScope All { get; } = new(true, [], []);

    public static PermissionScope None { get; } = new(false, [], []);

    public bool Unrestricted { get; } = unrestricted;

    public IReadOnlyList<Guid> ExactOrgIds { get; } = exactOrgIds;

    public IReadOnlyList<Guid> SubtreeRootIds { get; } = subtreeRootIds;

    /// <summary>Opens no org at all.</summary>
    public bool IsEmpty => !Unrestricted && ExactOrgIds.Count == 0 && SubtreeRootIds.Count == 0;
}

/// <summary>Holds the scope of the current request or command; set once by the host.</summary>
public sealed class CallerScopeAccessor
{
    public CallerScope Current { get; set; } = CallerScope.Nobody;
}
