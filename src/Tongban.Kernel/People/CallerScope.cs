namespace Tongban.Kernel.People;

/// <summary>
/// Who is asking, and which organisations' rows they may see. Every module DbContext filters every
/// org-owned row through this, so a query that forgets scoping cannot be written.
/// </summary>
public sealed class CallerScope
{
    private CallerScope(Guid? userId, string actorName, bool unrestricted, IReadOnlyList<Guid> exact, IReadOnlyList<Guid> subtrees, IReadOnlyList<Grant> grants, bool administers = false)
    {
        Administers = administers;
        UserId = userId;
        ActorName = actorName;
        Unrestricted = unrestricted;
        ExactOrgIds = exact;
        SubtreeRootIds = subtrees;
        Grants = grants;
    }

    public Guid? UserId { get; }

    public string ActorName { get; }

    /// <summary>True only for the system actor (CLI maintenance, migrations, demo seeding).</summary>
    public bool Unrestricted { get; }

    /// <summary>Orgs granted without descendants.</summary>
    public IReadOnlyList<Guid> ExactOrgIds { get; }

    /// <summary>Orgs granted with all their descendants.</summary>
    public IReadOnlyList<Guid> SubtreeRootIds { get; }

    public IReadOnlyList<Grant> Grants { get; }

    /// <summary>
    /// Holds kernel.administer somewhere: may see the audit entries that belong to no org
    /// (accounts, grants, tokens, imports of the tree).
    /// </summary>
    public bool Administers { get; }

    /// <summary>A caller who sees nothing (not signed in).</summary>
    public static CallerScope Nobody { get; } = new(null, "anonymous", false, [], [], []);

    public static CallerScope System(string actorName = "system") => new(null, actorName, true, [], [], []);

    /// <summary>A signed-in user; <paramref name="roles"/> tells which grants carry kernel.administer.</summary>
    public static CallerScope ForUser(Guid userId, string userName, IReadOnlyList<Grant> grants, RoleCatalog? roles = null) =>
        new(
            userId,
            userName,
            false,
            grants.Where(g => !g.CoversDescendants).Select(g => g.OrgId).Distinct().ToArray(),
            grants.Where(g => g.CoversDescendants).Select(g => g.OrgId).Distinct().ToArray(),
            grants,
            roles is not null && grants.Any(g => roles.Grants(g.Role, KernelPermissions.Administer)));
}

/// <summary>Holds the scope of the current request or command; set once by the host.</summary>
public sealed class CallerScopeAccessor
{
    public CallerScope Current { get; set; } = CallerScope.Nobody;
}
