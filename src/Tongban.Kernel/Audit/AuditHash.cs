using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Tongban.Kernel.Audit;

/// <summary>The hash rule of the chain, in one place for writer and verifier.</summary>
public static class AuditHash
{
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    public static string Compute(AuditEntry e, string prevHash)
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
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }

    public static DateTime Truncate(DateTimeOffset now)
    {
        var utc = now.UtcDateTime;
        return new DateTime(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
    }
}
