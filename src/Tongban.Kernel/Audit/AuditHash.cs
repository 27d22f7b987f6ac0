using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Tongban.Kernel.Audit;

/// <summary>The hash rule of the chain, in one place for writer and verifier.</summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>HMAC-SHA-256 under the keyring's key (kept outside the database) over the entry and the previous hash.</summary>
    public static string Compute(AuditEntry e, string prevHash, AuditKeyring keyring)
    {
        ArgumentNullException.ThrowIfNull(keyring);
        return Convert.ToHexStringLower(HMACSHA256.HashData(keyring.Key, Encoding.UTF8.GetBytes(Canonical(e, prevHash))));
    }

    private static string Canonical(AuditEntry e, string prevHash)
    {
        var canonical = string.Join(
            '\u001f',
            e.Seq.ToString(CultureInfo.InvariantCulture),
            e.Id.ToString("N"),
            e.AtUtc.ToString("yyyy-MM-ddTHH:mm:ss.fff", CultureInfo.InvariantCulture),
            e.ActorId?.ToString("N") ?? "",
            e.ActorName,
            e.OrgId?.ToString("N") ?? "",
            e.Action,
            e.SubjectType,
            e.SubjectId,
            e.Diff,
            e.Purpose ?? "",
            prevHash);
        return canonical;
    }

    public static DateTime Truncate(DateTimeOffset now)
    {
        var utc = now.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }
}
