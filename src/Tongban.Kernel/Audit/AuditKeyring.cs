using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;

namespace Tongban.Kernel.Audit;

/// <summary>
/// The audit chain's key and anchor file, both kept outside the database: whoever can rewrite the audit table
/// cannot recompute the keyed hashes, and cannot cut the tail without the anchor file showing it.
/// The key file holds 32 random bytes (base64); it is created on first use (by <c>tongban init</c> or the first
/// audited write) with owner-only permissions. Location: <c>TONGBAN_AUDIT_KEY</c> (a path) when set, else beside
/// the SQLite file (<c>tongban.db.audit-key</c>), else <c>data/audit-&lt;database&gt;.key</c> for PostgreSQL.
/// The anchors go to the same path with <c>.anchors</c> appended: one line per anchor, append-only.
/// </summary>
public sealed class AuditKeyring
{
    public const string KeyVariable = "TONGBAN_AUDIT_KEY";

    /// <summary>An anchor is written every this many entries, or when the last one is older than <see cref="AnchorAge"/>.</summary>
    public const int AnchorEvery = 100;

    public static readonly TimeSpan AnchorAge = TimeSpan.FromMinutes(10);

    private readonly Lock _gate = new();
    private byte[]? _key;
    private AuditAnchor? _last;
    private bool _lastRead;

    public AuditKeyring(string keyPath)
    {
        KeyPath = Path.GetFullPath(keyPath);
        AnchorPath = KeyPath + ".anchors";
    }

    public string KeyPath { get; }

    public string AnchorPath { get; }

    /// <summary>The keyring for a database: <see cref="KeyVariable"/>, else a file beside the database.</summary>
    public static AuditKeyring ForTarget(DatabaseTarget target)
    {
        var configured = Environment.GetEnvironmentVariable(KeyVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new AuditKeyring(configured.Trim());
        }

        if (target.Provider == DatabaseProvider.Sqlite)
        {
            var source = target.ConnectionString.Split(';')[0].Replace("Data Source=", "", StringComparison.OrdinalIgnoreCase).Trim();
            if (source.Length > 0 && !source.Equals(":memory:", StringComparison.OrdinalIgnoreCase))
            {
                return new AuditKeyring(source + ".audit-key");
            }
        }

        var database = target.ConnectionString.Split(';')
            .Select(p => p.Split('=', 2))
            .Where(p => p.Length == 2 && p[0].Trim().Equals("Database", StringComparison.OrdinalIgnoreCase))
            .Select(p => p[1].Trim())
            .FirstOrDefault() ?? "tongban";
        return new AuditKeyring(Path.Combine("data", $"audit-{database}.key"));
    }

    /// <summary>The key, read from its file or created there on first use.</summary>
    public byte[] Key
    {
        get
        {
            lock (_gate)
            {
                return _key ??= LoadOrCreate();
            }
        }
    }

    /// <summary>HMAC-SHA-256 of <paramref name="text"/> under the key, lower-case hex.</summary>
    public string Mac(string text) => Convert.ToHexStringLower(HMACSHA256.HashData(Key, Encoding.UTF8.GetBytes(text)));

    /// <summary>A keyed hash of a personal value for an audit diff: equal values compare equal, the value itself is not there.</summary>
    public string ValueHash(string value) => "hmac:" + Mac("value\u001f" + value)[..16];

    /// <summary>The latest anchor in the file, or null when none was written.</summary>
    public AuditAnchor? LatestAnchor()
    {
        lock (_gate)
        {
            if (!_lastRead)
            {
                _last = ReadLatest();
                _lastRead = true;
            }

            return _last;
        }
    }

    /// <summary>Appends an anchor when <paramref name="seq"/> is <see cref="AnchorEvery"/> past the last one or the last one is old.</summary>
    public void MaybeAnchor(long seq, string hash, DateTime nowUtc)
    {
        var last = LatestAnchor();
        if (last is not null && seq - last.Seq < AnchorEvery && nowUtc - last.AtUtc < AnchorAge)
        {
            return;
        }

        Anchor(seq, hash, nowUtc);
    }

    /// <summary>Appends an anchor (head seq and hash, keyed) to the anchor file.</summary>
    public void Anchor(long seq, string hash, DateTime nowUtc)
    {
        var at = nowUtc.ToString("O", CultureInfo.InvariantCulture);
        var body = string.Join(' ', seq.ToString(CultureInfo.InvariantCulture), hash, at);
        var line = body + " " + Mac("anchor\u001f" + body) + "\n";
        lock (_gate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(AnchorPath)!);
            using (var stream = new FileStream(AnchorPath, FileMode.Append, FileAccess.Write, FileShare.Read))
            {
                var bytes = Encoding.ASCII.GetBytes(line);
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            _last = new AuditAnchor(seq, hash, nowUtc);
            _lastRead = true;
        }
    }

    private AuditAnchor? ReadLatest()
    {
        if (!File.Exists(AnchorPath))
        {
            return null;
        }

        AuditAnchor? latest = null;
        foreach (var line in File.ReadLines(AnchorPath))
        {
            var parts = line.Split(' ');
            if (parts.Length != 4)
            {
                continue;
            }

            var body = string.Join(' ', parts[0], parts[1], parts[2]);
            // A line whose keyed check fails was not written by the holder of the key: ignored, and verify says so.
            if (!string.Equals(Mac("anchor\u001f" + body), parts[3], StringComparison.Ordinal)
                || !long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seq)
                || !DateTime.TryParse(parts[2], CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at))
            {
                continue;
            }

            if (latest is null || seq >= latest.Seq)
            {
                latest = new AuditAnchor(seq, parts[1], at);
            }
        }

        return latest;
    }

    private byte[] LoadOrCreate()
    {
        if (File.Exists(KeyPath))
        {
            try
            {
                var key = Convert.FromBase64String(File.ReadAllText(KeyPath).Trim());
                RuleViolation.ThrowIf(key.Length < 32, "auditKey", "audit.key-invalid", $"The audit key file {KeyPath} holds fewer than 32 bytes.", ("path", KeyPath));
                return key;
            }
            catch (FormatException)
            {
                throw new RuleViolation("auditKey", "audit.key-invalid", $"The audit key file {KeyPath} is not base64.", ("path", KeyPath));
            }
        }

        Directory.CreateDirectory(Path.GetDirectoryName(KeyPath)!);
        var created = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        try
        {
            using var writer = new StreamWriter(KeyPath, Encoding.ASCII, options);
            writer.Write(Convert.ToBase64String(created));
        }
        catch (IOException) when (File.Exists(KeyPath))
        {
            // Another process created it first: use theirs.
            return LoadOrCreate();
        }

        return created;
    }
}

/// <summary>The chain's head as anchored outside the database: its Seq, its hash, when.</summary>
public sealed record AuditAnchor(long Seq, string Hash, DateTime AtUtc);
