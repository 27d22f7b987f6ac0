using Microsoft.AspNetCore.Identity;

namespace Tongban.Kernel.People;

/// <summary>An account: an ASP.NET Core Identity user with a display name and a home organisation.</summary>
public sealed class TongbanUser : IdentityUser<Guid>
{
    public string DisplayName { get; set; } = "";

    public Guid? HomeOrgId { get; set; }

    /// <summary>Preferred UI culture ("zh-CN" or "en"); null follows the browser.</summary>
    public string? Culture { get; set; }

    /// <summary>When an administrator disabled the account: no sign-in, no session, no API token (issue 22 (2)).</summary>
    public DateTimeOffset? DisabledAt { get; set; }
}

/// <summary>
/// A grant: the user holds <see cref="Role"/> at <see cref="OrgId"/>, and also below it when
/// <see cref="CoversDescendants"/> is set.
/// </summary>
public sealed class Grant
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public string Role { get; set; } = "";

    public Guid OrgId { get; set; }

    public bool CoversDescendants { get; set; }
}

/// <summary>A token for programmatic clients; only its SHA-256 is stored.</summary>
public sealed class ApiToken
{
    public Guid Id { get; set; }

    public Guid UserId { get; set; }

    public string Name { get; set; } = "";

    public string TokenHash { get; set; } = "";

    /// <summary>First characters of the token, shown so that a user can tell tokens apart.</summary>
    public string Prefix { get; set; } = "";

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? RevokedAt { get; set; }

    public DateTimeOffset? LastUsedAt { get; set; }

    /// <summary>After this the token no longer authenticates (issue 22 (4)); null on tokens made before expiry existed, which count from <see cref="CreatedAt"/>.</summary>
    public DateTimeOffset? ExpiresAt { get; set; }

    /// <summary>The moment the token stops: its expiry, or for an older token its creation plus the default lifetime.</summary>
    public DateTimeOffset EffectiveExpiry => ExpiresAt ?? CreatedAt + TimeSpan.FromDays(PeopleDirectory.DefaultTokenLifetimeDays);
}
