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

    /// <summary>An API token lives 90 days unless its maker chooses otherwise (issue 22 (4)), at most a year.</summary>
    public const int DefaultTokenLifetimeDays = 90;
    public const int MaxTokenLifetimeDays = 365;

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
    public async Task<(ApiToken Token, string Secret)> CreateApiTokenAsync(Guid userId, string name, CancellationToken ct = default) =>
        await CreateApiTokenAsync(userId, name, DefaultTokenLifetimeDays, ct);

    /// <summary>Creates a token that stops after <paramref name="lifetimeDays"/> days (1 to 365).</summary>
    public async Task<(ApiToken Token, string Secret)> CreateApiTokenAsync(Guid userId, string name, int lifetimeDays, CancellationToken ct = default)
    {
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(name), "name", "people.token-name-required", "A token needs a name.");
        RuleViolation.ThrowIf(
            lifetimeDays is < 1 or > MaxTokenLifetimeDays,
            "lifetimeDays",
            "people.token-lifetime",
            $"A token lives 1 to {MaxTokenLifetimeDays} days.",
            ("maxTokenLifetimeDays", MaxTokenLifetimeDays));
        RuleViolation.ThrowIf(name.Trim().Length > TokenNameMaxLength, "name", "people.token-name-too-long", $"The token name is longer than {TokenNameMaxLength} characters.", ("tokenNameMaxLength", TokenNameMaxLength));
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, ct)
            ?? throw new RuleViolation("userId", "people.user-not-found", $"There is no account {userId}.", ("userId", userId));
        await EnsureSelfOrManagerAsync(user, ct);
        RuleViolation.ThrowIf(user.DisabledAt is not null, "userId", "people.account-disabled", "The account is disabled.");
        var secret = TokenPrefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = clock.GetUtcNow().ToUniversalTime();
        var token = new ApiToken
        {
            Id = Guid.CreateVersion7(),
            UserId = userId,
            Name = name.Trim(),
            TokenHash = HashToken(secret),
            Prefix = secret[..10],
            CreatedAt = now,
            ExpiresAt = now.AddDays(lifetimeDays),
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
    /// The account behind a token, or null when the token is unknown, revoked, expired, or its account is
    /// disabled. A password lockout does not stop tokens (issue 22 (5)): otherwise five wrong passwords typed by
    /// anyone would switch off a program's access. Recording the last use is bookkeeping, not a change of data, so it is not
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
                           select new { t.Id, t.LastUsedAt, Token = t, User = u })
            .SingleOrDefaultAsync(ct);
        var now = clock.GetUtcNow().ToUniversalTime();
        if (found is null || !TokenAdmits(found.Token, found.User, now))
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

    /// <summary>A token admits its holder while it is unrevoked, unexpired and its account not disabled (issue 22 (2), (4)).</summary>
    public static bool TokenAdmits(ApiToken token, TongbanUser user, DateTimeOffset now) =>
        token.RevokedAt is null && now < token.EffectiveExpiry && user.DisabledAt is null;

    private static readonly TimeSpan LastUsedResolution = TimeSpan.FromMinutes(1);

    // Account life cycle (issue 22 (2)). Every change goes through KernelDb, so the audit log records who did it;
    // each one that should end sessions renews the security stamp, which every request checks.

    /// <summary>The holder changes their own password, proving the current one; their other sessions end.</summary>
    public async Task ChangePasswordAsync(Guid userId, string currentPassword, string newPassword, CancellationToken ct = default)
    {
        RuleViolation.ThrowIf(db.Scope.UserId != userId, "userId", "people.own-password-only", "Only the account's holder changes its password; an administrator resets it.");
        RuleViolation.ThrowIf(string.IsNullOrEmpty(newPassword), "newPassword", "people.password-required", "A password is required.");
        var user = await TrackedUserAsync(userId, ct);
        RuleViolation.ThrowIf(!await users.CheckPasswordAsync(user, currentPassword ?? ""), "currentPassword", "people.current-password-wrong", "The current password is wrong.");
        ThrowIfFailed(await users.ChangePasswordAsync(user, currentPassword ?? "", newPassword), "newPassword");
    }

    /// <summary>
    /// An administrator (kernel.users.manage at the account's home org) sets a new password; the account's
    /// sessions end and a password lockout is lifted.
    /// </summary>
    public async Task ResetPasswordAsync(Guid userId, string newPassword, CancellationToken ct = default)
    {
        var user = await TrackedUserAsync(userId, ct);
        await EnsureMayManageUsersAsync(user.HomeOrgId, "userId", ct);
        RuleViolation.ThrowIf(string.IsNullOrEmpty(newPassword), "newPassword", "people.password-required", "A password is required.");
        // Checked, then written in one save with a new stamp: no reset token (which would need the web host's keys in the CLI).
        foreach (var validator in users.PasswordValidators)
        {
            ThrowIfFailed(await validator.ValidateAsync(users, user, newPassword), "newPassword");
        }

        user.PasswordHash = users.PasswordHasher.HashPassword(user, newPassword);
        user.LockoutEnd = null;
        user.AccessFailedCount = 0;
        ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>Disables (or enables) an account: a disabled one signs in nowhere and its sessions and tokens stop at once.</summary>
    public async Task SetDisabledAsync(Guid userId, bool disabled, CancellationToken ct = default)
    {
        var user = await TrackedUserAsync(userId, ct);
        await EnsureMayManageUsersAsync(user.HomeOrgId, "userId", ct);
        RuleViolation.ThrowIf(disabled && db.Scope.UserId == userId, "userId", "people.not-yourself", "You cannot disable or remove your own account.");
        if ((user.DisabledAt is not null) == disabled)
        {
            return;
        }

        user.DisabledAt = disabled ? clock.GetUtcNow().ToUniversalTime() : null;
        ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>Removes an account with its grants and tokens; the audit log keeps who it was and who removed it.</summary>
    public async Task RemoveUserAsync(Guid userId, CancellationToken ct = default)
    {
        var user = await TrackedUserAsync(userId, ct);
        await EnsureMayManageUsersAsync(user.HomeOrgId, "userId", ct);
        RuleViolation.ThrowIf(db.Scope.UserId == userId, "userId", "people.not-yourself", "You cannot disable or remove your own account.");
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        db.Grants.RemoveRange(await db.Grants.Where(g => g.UserId == userId).ToListAsync(ct));
        db.ApiTokens.RemoveRange(await db.ApiTokens.Where(t => t.UserId == userId).ToListAsync(ct));
        await db.SaveChangesAsync(ct);
        ThrowIfFailed(await users.DeleteAsync(user));
        await tx.CommitAsync(ct);
    }

    /// <summary>Ends every session of an account (the holder, or an administrator for a lost device); API tokens stay.</summary>
    public async Task SignOutEverywhereAsync(Guid userId, CancellationToken ct = default)
    {
        var user = await TrackedUserAsync(userId, ct);
        await EnsureSelfOrManagerAsync(user, ct);
        ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
    }

    /// <summary>The stamp and state a session cookie is checked against on every request: null when the account is gone.</summary>
    public async Task<(string? Stamp, bool Disabled)?> SessionStateAsync(Guid userId, CancellationToken ct = default)
    {
        var state = await db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new { u.SecurityStamp, Disabled = u.DisabledAt != null })
            .SingleOrDefaultAsync(ct);
        return state is null ? null : (state.SecurityStamp, state.Disabled);
    }

    private async Task<TongbanUser> TrackedUserAsync(Guid userId, CancellationToken ct) =>
        await db.Users.SingleOrDefaultAsync(u => u.Id == userId, ct)
        ?? throw new RuleViolation("userId", "people.user-not-found", $"There is no account {userId}.", ("userId", userId));

    public static string HashToken(string secret) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(secret)));

    private static void ThrowIfFailed(IdentityResult result, string? passwordField = null)
    {
        if (result.Succeeded)
        {
            return;
        }

        var first = result.Errors.First();
        var field = first.Code switch
        {
            var c when c.StartsWith("Password", StringComparison.Ordinal) => passwordField ?? "password",
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
