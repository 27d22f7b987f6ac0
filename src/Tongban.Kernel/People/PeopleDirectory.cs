using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;

namespace Tongban.Kernel.People;

/// <summary>Input for a new account.</summary>
public sealed record NewUser(string UserName, string DisplayName, string Password, Guid? HomeOrgId, string? Email);

/// <summary>
/// Accounts, grants and API tokens. Creating accounts and granting roles needs
/// kernel.users.manage at the org concerned (an account without a home org, kernel.administer);
/// a user manages their own tokens.
/// </summary>
public sealed class PeopleDirectory(UserManager<TongbanUser> users, KernelDb db, RoleCatalog roles, TimeProvider clock)
{
    public const string TokenPrefix = "tb_";
    public const int DisplayNameMaxLength = 200;
    public const int TokenNameMaxLength = 100;

    public async Task<TongbanUser> CreateUserAsync(NewUser input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(input.DisplayName), "displayName", "people.display-name-required", "A display name is required.");
        RuleViolation.ThrowIf(input.DisplayName.Trim().Length > DisplayNameMaxLength, "displayName", "people.display-name-too-long", $"The display name is longer than {DisplayNameMaxLength} characters.", ("displayNameMaxLength", DisplayNameMaxLength));
        if (input.HomeOrgId is { } home)
        {
            RuleViolation.ThrowIf(!await db.Orgs.AnyAsync(o => o.Id == home, ct), "homeOrgId", "orgs.not-found", $"There is no organisation {home}.", ("home", home));
        }

        await EnsureMayManageUsersAsync(input.HomeOrgId, "homeOrgId", ct);
        var user = new TongbanUser
        {
            Id = Guid.CreateVersion7(),
            UserName = input.UserName?.Trim(),
            DisplayName = input.DisplayName.Trim(),
            HomeOrgId = input.HomeOrgId,
            Email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim(),
        };
        ThrowIfFailed(await users.CreateAsync(user, input.Password ?? ""));
        return user;
    }

    /// <summary>Gives <paramref name="role"/> at an org; granting the same role at the same org again updates its reach.</summary>
    public async Task<Grant> GrantAsync(Guid userId, string role, Guid orgId, bool coversDescendants, CancellationToken ct = default)
    {
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(role) || !roles.Exists(role), "role", "people.unknown-role", $"'{role}' is not a role of this suite.", ("role", role));
        RuleViolation.ThrowIf(!await db.Users.AnyAsync(u => u.Id == userId, ct), "userId", "people.user-not-found", $"There is no account {userId}.", ("userId", userId));
        var org = await db.Orgs.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orgId, ct)
            ?? throw new RuleViolation("orgId", "orgs.not-found", $"There is no organisation {orgId}.", ("orgId", orgId));
        RuleViolation.ThrowIf(org.Archived, "orgId", "orgs.archived", $"{org.NameZh} is archived; no role can be granted there.", ("org", org.NameZh));
        await EnsureMayManageUsersAsync(orgId, "orgId", ct);
        var grant = await db.Grants.SingleOrDefaultAsync(g => g.UserId == userId && g.Role == role && g.OrgId == orgId, ct);
        if (grant is null)
        {
            grant = new Grant { Id = Guid.CreateVersion7(), UserId = userId, Role = role, OrgId = orgId };
            db.Grants.Add(grant);
        }

        grant.CoversDescendants = coversDescendants;
        await db.SaveChangesAsync(ct);
        return grant;
    }

    public async Task RevokeGrantAsync(Guid grantId, CancellationToken ct = default)
    {
        var grant = await db.Grants.SingleOrDefaultAsync(g => g.Id == grantId, ct)
            ?? throw new RuleViolation("grantId", "people.grant-not-found", $"There is no grant {grantId}.", ("grantId", grantId));
        await EnsureMayManageUsersAsync(grant.OrgId, "grantId", ct);
        db.Grants.Remove(grant);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The grants a user holds (for their own page or a user manager's).</summary>
    public async Task<IReadOnlyList<Grant>> GrantsOfAsync(Guid userId, CancellationToken ct = default)
    {
        await EnsureSelfOrManagerAsync(await UserAsync(userId, ct), ct);
        return await db.Grants.AsNoTracking().Where(g => g.UserId == userId).OrderBy(g => g.Role).ToListAsync(ct);
    }

    /// <summary>A user's API tokens, newest first; only hashes are stored, so no secret is returned.</summary>
    public async Task<IReadOnlyList<ApiToken>> ApiTokensOfAsync(Guid userId, CancellationToken ct = default)
    {
        await EnsureSelfOrManagerAsync(await UserAsync(userId, ct), ct);
        return (await db.ApiTokens.AsNoTracking().Where(t => t.UserId == userId).ToListAsync(ct))
            .OrderByDescending(t => t.CreatedAt)
            .ToList();
    }

    /// <summary>
    /// The accounts the caller manages: whose home org lies where the caller holds kernel.users.manage (accounts of no
    /// home org: administrators at the root). Issue 21 (5): the user list is no map of the whole tree.
    /// </summary>
    public IQueryable<TongbanUser> ManagedUsers()
    {
        var scope = db.Scope;
        var managing = scope.For(KernelPermissions.ManageUsers, roles);
        var atRoot = scope.Unrestricted || scope.AdministersAtRoot;
        return db.Users.AsNoTracking().Where(OrgScope.Or<TongbanUser>(
            u => u.HomeOrgId == null && atRoot,
            OrgScope.SeesNullable<TongbanUser>(() => managing, () => db.OrgClosures, u => u.HomeOrgId)));
    }

    /// <summary>The grants the caller manages: those at orgs where the caller holds kernel.users.manage.</summary>
    public IQueryable<Grant> ManagedGrants()
    {
        var managing = db.Scope.For(KernelPermissions.ManageUsers, roles);
        return db.Grants.AsNoTracking().Where(OrgScope.Sees<Grant>(() => managing, () => db.OrgClosures, g => g.OrgId));
    }

    /// <summary>What <paramref name="userId"/> may see: their grants, read from the database now.</summary>
    public async Task<CallerScope> LoadScopeAsync(Guid userId, CancellationToken ct = default)
    {
        // One round trip: every request and circuit starts here.
        var user = await db.Users.AsNoTracking().Where(u => u.Id == userId)
                .Select(u => new
                {
                    u.Id,
                    u.UserName,
                    Grants = db.Grants.Where(g => g.UserId == u.Id).ToList(),
                    Roots = db.Grants.Where(g => g.UserId == u.Id && db.Orgs.Any(o => o.Id == g.OrgId && o.ParentId == null)).Select(g => g.OrgId).ToList(),
                })
                .SingleOrDefaultAsync(ct)
            ?? throw new RuleViolation("userId", "people.user-not-found", $"There is no account {userId}.");
        var atRoot = user.Grants.Any(g => g.CoversDescendants && user.Roots.Contains(g.OrgId) && roles.Grants(g.Role, KernelPermissions.Administer));
        return CallerScope.ForUser(user.Id, user.UserName ?? user.Id.ToString(), user.Grants, roles, atRoot);
    }

    /// <summary>Creates a token; the secret is returned once and only its SHA-256 is stored.</summary>
    public async Task<(ApiToken Token, string Secret)> CreateApiTokenAsync(Guid userId, string name, CancellationToken ct = default)
    {
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(name), "name", "people.token-name-required", "A token needs a name.");
        RuleViolation.ThrowIf(name.Trim().Length > TokenNameMaxLength, "name", "people.token-name-too-long", $"The token name is longer than {TokenNameMaxLength} characters.", ("tokenNameMaxLength", TokenNameMaxLength));
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct)
            ?? throw new RuleViolation("userId", "people.user-not-found", $"There is no account {userId}.", ("userId", userId));
        await EnsureSelfOrManagerAsync(user, ct);
        var secret = TokenPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var token = new ApiToken
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Name = name.Trim(),
            TokenHash = HashToken(secret),
            Prefix = secret[..10],
            CreatedAt = clock.GetUtcNow().ToUniversalTime(),
        };
        db.ApiTokens.Add(token);
        await db.SaveChangesAsync(ct);
        return (token, secret);
    }

    public async Task RevokeApiTokenAsync(Guid tokenId, Guid userId, CancellationToken ct = default)
    {
        var token = await db.ApiTokens.SingleOrDefaultAsync(t => t.Id == tokenId && t.UserId == userId, ct)
            ?? throw new RuleViolation("tokenId", "people.token-not-found", $"Account {userId} has no token {tokenId}.", ("userId", userId), ("tokenId", tokenId));
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == userId, ct);
        await EnsureSelfOrManagerAsync(user, ct);
        if (token.RevokedAt is not null)
        {
            return;
        }

        token.RevokedAt = clock.GetUtcNow().ToUniversalTime();
        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// The account behind a token, or null when the token is unknown, revoked, or its account is
    /// locked out. Recording the last use is bookkeeping, not a change of data, so it is not
    /// audited (it would put every API call through the audit chain's lock).
    /// </summary>
    public async Task<TongbanUser?> FindByApiTokenAsync(string secret, CancellationToken ct = default) =>
        (await AuthenticateApiTokenAsync(secret, ct))?.User;

    /// <summary>As <see cref="FindByApiTokenAsync"/>, with the token's id; one round trip for token and account.</summary>
    public async Task<(TongbanUser User, Guid TokenId)?> AuthenticateApiTokenAsync(string secret, CancellationToken ct = default)
    {
        if (string.IsNullOrEmpty(secret) || !secret.StartsWith(TokenPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var hash = HashToken(secret);
        var found = await (from t in db.ApiTokens.AsNoTracking()
                           where t.TokenHash == hash && t.RevokedAt == null
                           join u in db.Users.AsNoTracking() on t.UserId equals u.Id
                           select new { t.Id, t.LastUsedAt, User = u })
            .SingleOrDefaultAsync(ct);
        var now = clock.GetUtcNow().ToUniversalTime();
        if (found is null || (found.User.LockoutEnabled && found.User.LockoutEnd is { } end && end > now))
        {
            return null;
        }

        // "Last used" is shown to the owner to the minute; writing it on every call would turn each
        // API read into a write (a serialised one on SQLite).
        if (found.LastUsedAt is not { } last || now - last >= LastUsedResolution)
        {
            await db.ApiTokens.Where(t => t.Id == found.Id).ExecuteUpdateAsync(s => s.SetProperty(t => t.LastUsedAt, now), ct);
        }

        return (found.User, found.Id);
    }

    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    public static string HashToken(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (result.Succeeded)
        {
            return;
        }

        var first = result.Errors.First();
        var field = first.Code switch
        {
            var c when c.StartsWith("Password", StringComparison.Ordinal) => "password",
            var c when c.Contains("UserName", StringComparison.Ordinal) => "userName",
            var c when c.Contains("Email", StringComparison.Ordinal) => "email",
            _ => "user",
        };
        throw new RuleViolation(field, "people." + Kebab(first.Code), string.Join(" ", result.Errors.Select(e => e.Description)));
    }

    private static string Kebab(string code)
    {
        var sb = new StringBuilder(code.Length + 8);
        foreach (var ch in code)
        {
            if (char.IsUpper(ch) && sb.Length > 0)
            {
                sb.Append('-');
            }

            sb.Append(char.ToLowerInvariant(ch));
        }

        return sb.ToString();
    }

    private async Task EnsureMayManageUsersAsync(Guid? orgId, string field, CancellationToken ct)
    {
        var scope = db.Scope;
        var allowed = orgId is { } id
            ? await OrgScope.HasPermissionAtAsync(db.OrgClosures, scope, roles, KernelPermissions.ManageUsers, id, ct)
            : scope.Unrestricted || scope.AdministersAtRoot;
        RuleViolation.ThrowIf(!allowed, field, "people.not-permitted", $"You do not hold {KernelPermissions.ManageUsers} there.");
    }

    private async Task<TongbanUser> UserAsync(Guid userId, CancellationToken ct) =>
        await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct)
        ?? throw new RuleViolation("userId", "people.user-not-found", $"There is no account {userId}.", ("userId", userId));

    private Task EnsureSelfOrManagerAsync(TongbanUser user, CancellationToken ct) =>
        db.Scope.UserId == user.Id ? Task.CompletedTask : EnsureMayManageUsersAsync(user.HomeOrgId, "userId", ct);
}
