using Tongban.Kernel.Data;

namespace Tongban.Web;

/// <summary>
/// How to serve: which database, where to listen, whether to seed the demo world, and how many
/// sign-in attempts one address may make a minute (on top of the per-account lockout), and the clock
/// (null: the system clock; the demo's <c>--today</c> and the test hosts set one).
/// </summary>
internal sealed record WebAppOptions(
    DatabaseTarget Target,
    string Urls = "http://127.0.0.1:5080",
    bool Demo = false,
    int Seed = 1,
    string? ContentRoot = null,
    int SignInAttemptsPerMinute = 10,
    TimeProvider? Clock = null)
{
    /// <summary>Served to browsers over TLS (directly or behind a TLS proxy): Secure <c>__Host-</c> cookies and HSTS (issue 22 (8)).</summary>
    public bool Tls { get; init; }

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For/-Proto are believed (issue 22 (8)).</summary>
    public IReadOnlyList<System.Net.IPAddress> KnownProxies { get; init; } = [];

    /// <summary>Where data-protection keys are kept (cookies and antiforgery tokens are signed with them), issue 22 (7).</summary>
    public string? KeysDirectory { get; init; }

    /// <summary>A PKCS#12 file whose key encrypts the data-protection keys at rest.</summary>
    public string? KeysCertificate { get; init; }

    public string? KeysCertificatePassword { get; init; }

    /// <summary>Caps on web imports (rows, expanded XLSX size); the CLI has none.</summary>
    public Kernel.Imports.ImportLimits ImportLimits { get; init; } = Kernel.Imports.ImportLimits.Web;

    /// <summary>Anonymous lookups (the pension progress) one address may make a minute.</summary>
    public int AnonymousLookupsPerMinute { get; init; } = Kernel.Audit.AnonymousLookup.ClientLimitPerMinute;

    /// <summary>A session ends after this long without a request (ASVS 3.3.2 L2: 30 minutes).</summary>
    public TimeSpan SessionIdle { get; init; } = TimeSpan.FromMinutes(30);

    /// <summary>A session ends this long after the password was given, however busy (ASVS 3.3.2 L2: 12 hours).</summary>
    public TimeSpan SessionAbsolute { get; init; } = TimeSpan.FromHours(12);
}
