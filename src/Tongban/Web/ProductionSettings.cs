using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Tongban.Kernel.Audit;

namespace Tongban.Web;

/// <summary>
/// Settings a production server needs (issue 22 (7), (8)), read from configuration (<c>Tongban__Tls=true</c>,
/// <c>Tongban__KnownProxies=10.0.0.5;10.0.0.6</c>, <c>Tongban__KeysDirectory=/var/lib/tongban/keys</c>,
/// <c>Tongban__KeysCertificate=/etc/tongban/keys.pfx</c> with <c>Tongban__KeysCertificatePassword</c>) on top of
/// what the command line set. The README's configuration section says how to use them.
/// </summary>
internal static class ProductionSettings
{
    /// <summary>Every instance of one installation shares its keys under this name, so their cookies are interchangeable.</summary>
    public const string ApplicationName = "Tongban";

    public static WebAppOptions Read(WebAppOptions options, IConfiguration configuration)
    {
        var section = configuration.GetSection("Tongban");
        var proxies = (section["KnownProxies"] ?? "")
            .Split([';', ',', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => IPAddress.TryParse(p, out var address)
                ? address
                : throw new InvalidOperationException($"Tongban:KnownProxies: '{p}' is not an IP address."))
            .ToList();
        return options with
        {
            Tls = options.Tls || section.GetValue<bool>("Tls"),
            KnownProxies = [.. options.KnownProxies, .. proxies],
            KeysDirectory = options.KeysDirectory ?? section["KeysDirectory"],
            KeysCertificate = options.KeysCertificate ?? section["KeysCertificate"],
            KeysCertificatePassword = options.KeysCertificatePassword ?? section["KeysCertificatePassword"],
        };
    }

    public static void AddProductionSettings(this IServiceCollection services, WebAppOptions options)
    {
        // Keys in a known directory, owner-only, named for the application: a second instance or a restarted
        // container reads the same keys, and no cookie is signed with a key left in a user profile.
        var directory = new DirectoryInfo(KeysDirectoryFor(options));
        Directory.CreateDirectory(directory.FullName);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(directory.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var protection = services.AddDataProtection().SetApplicationName(ApplicationName).PersistKeysToFileSystem(directory);
        if (!string.IsNullOrWhiteSpace(options.KeysCertificate))
        {
            // Encrypted at rest with the certificate's key: the key files alone sign no cookie.
            protection.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(options.KeysCertificate, options.KeysCertificatePassword));
        }

        services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Believed only from the configured proxies (and loopback): anyone else could claim to be on TLS or from any address.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            foreach (var proxy in options.KnownProxies)
            {
                o.KnownProxies.Add(proxy);
            }
        });
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });
    }

    /// <summary>The configured directory, else one beside the audit key (beside the SQLite file, or under data/).</summary>
    public static string KeysDirectoryFor(WebAppOptions options)
    {
        if (!string.IsNullOrWhiteSpace(options.KeysDirectory))
        {
            return Path.GetFullPath(options.KeysDirectory);
        }

        var auditKey = AuditKeyring.ForTarget(options.Target).KeyPath;
        return Path.Combine(Path.GetDirectoryName(auditKey)!, Path.GetFileNameWithoutExtension(auditKey) + ".data-protection");
    }
}
