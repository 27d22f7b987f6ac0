using System.CommandLine;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.People;

namespace Tongban.Cli;

/// <summary>
/// Issue 23 (8): <c>tongban backup --to FILE</c> and <c>tongban restore --from FILE</c> on SQLite. A copy
/// of the database file taken while the server runs is not a backup (the newest pages sit in the -wal
/// file); the backup is SQLite's own consistent copy (VACUUM INTO), and neither verb reports success
/// before the copy passes SQLite's integrity check and the audit chain verifies on it with this
/// installation's key. PostgreSQL is backed up with pg_dump (README, "Backup and restore").
/// </summary>
internal static class BackupCommands
{
    public static IEnumerable<Command> Create()
    {
        var to = new Option<string>("--to") { Description = "The backup file to write (must not exist yet)", Required = true };
        var backup = new Command("backup", "Copy the SQLite database consistently while it is in use, and verify the copy") { to };
        backup.SetAction(async (parse, ct) =>
        {
            var source = SqliteSource(CliOptions.Target(parse));
            var file = Path.GetFullPath(parse.GetValue(to)!);
            RuleViolation.ThrowIf(File.Exists(file), "to", "backup.exists", $"{file} already exists; a backup never overwrites a file.", ("file", file));
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            await using (var connection = new SqliteConnection(Connection(source.File, SqliteOpenMode.ReadWrite)))
            {
                await connection.OpenAsync(ct);
                await using var vacuum = connection.CreateCommand();
                vacuum.CommandText = "VACUUM INTO $file";
                vacuum.Parameters.AddWithValue("$file", file);
                vacuum.CommandTimeout = 0;
                await vacuum.ExecuteNonQueryAsync(ct);
            }

            var verified = await VerifyAsync(file, source.Keyring, atOrBelowHead: false, ct);
            if (verified.Problem is { } problem)
            {
                SqliteConnection.ClearAllPools();
                File.Delete(file);
                throw new RuleViolation("to", "backup.verify-failed", $"The copy did not verify and was deleted: {problem}", ("reason", problem));
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync($"ok backup {file}: integrity ok, audit chain ok ({verified.Entries} entries)");
            return TongbanCli.Ok;
        });

        var from = new Option<string>("--from") { Description = "The backup file to restore (written by 'tongban backup')", Required = true };
        var restore = new Command("restore", "Verify a backup, then copy it over the SQLite database (stop the server first)") { from };
        restore.SetAction(async (parse, ct) =>
        {
            var target = SqliteSource(CliOptions.Target(parse), mayBeMissing: true);
            var file = Path.GetFullPath(parse.GetValue(from)!);
            RuleViolation.ThrowIf(!File.Exists(file), "from", "backup.missing", $"There is no backup file {file}.", ("file", file));

            // The backup is older than the live chain: anchors written after it was taken are not its business.
            var before = await VerifyAsync(file, target.Keyring, atOrBelowHead: true, ct);
            RuleViolation.ThrowIf(before.Problem is not null, "from", "backup.verify-failed", $"The backup does not verify; nothing was restored: {before.Problem}", ("reason", before.Problem));

            await using (var copy = new SqliteConnection(Connection(file, SqliteOpenMode.ReadOnly)))
            await using (var live = new SqliteConnection(Connection(target.File, SqliteOpenMode.ReadWriteCreate)))
            {
                await copy.OpenAsync(ct);
                await live.OpenAsync(ct);
                copy.BackupDatabase(live);
            }

            var moved = KeepAnchorsUpTo(target.Keyring, before.Head);
            var after = await VerifyAsync(target.File, new AuditKeyring(target.Keyring.KeyPath), atOrBelowHead: false, ct);
            RuleViolation.ThrowIf(after.Problem is not null, "from", "backup.verify-failed", $"The restored database does not verify: {after.Problem}", ("reason", after.Problem));
            var output = parse.InvocationConfiguration.Output;
            await output.WriteLineAsync($"ok restore {target.File} from {file}: integrity ok, audit chain ok ({after.Entries} entries)");
            if (moved is not null)
            {
                await output.WriteLineAsync($"anchors after entry {before.Head} (written after the backup) were moved to {moved}");
            }

            return TongbanCli.Ok;
        });
        return [backup, restore];
    }

    /// <summary>The SQLite file of the target and this installation's audit keyring; PostgreSQL is refused with the way to back it up.</summary>
    private static (string File, AuditKeyring Keyring) SqliteSource(DatabaseTarget target, bool mayBeMissing = false)
    {
        RuleViolation.ThrowIf(
            target.Provider != DatabaseProvider.Sqlite,
            "db",
            "backup.postgres",
            "On PostgreSQL use pg_dump --format=custom and pg_restore, then 'tongban audit verify' (README, \"Backup and restore\").");
        var file = SqliteFileOf(target);
        RuleViolation.ThrowIf(!mayBeMissing && !File.Exists(file), "db", "db.missing", $"There is no database file {file}.", ("file", file));
        var keyring = AuditKeyring.ForTarget(target);
        RuleViolation.ThrowIf(
            !File.Exists(keyring.KeyPath),
            "db",
            "backup.key-missing",
            $"The audit key {keyring.KeyPath} is not there; a copy is verified with this installation's key (or set TONGBAN_AUDIT_KEY).",
            ("path", keyring.KeyPath));
        return (file, keyring);
    }

    public static string SqliteFileOf(DatabaseTarget target) =>
        target.ConnectionString.Split(';')[0].Replace("Data Source=", "", StringComparison.OrdinalIgnoreCase).Trim();

    private static string Connection(string file, SqliteOpenMode mode) =>
        new SqliteConnectionStringBuilder { DataSource = file, Mode = mode, Pooling = false, DefaultTimeout = 60 }.ToString();

    private sealed record Verified(string? Problem, long Entries, long Head);

    /// <summary>
    /// SQLite's integrity check, then the audit chain with <paramref name="keyring"/>'s key. With
    /// <paramref name="atOrBelowHead"/> the chain is held only to the anchors it reaches (an older copy).
    /// </summary>
    private static async Task<Verified> VerifyAsync(string file, AuditKeyring keyring, bool atOrBelowHead, CancellationToken ct)
    {
        long head;
        try
        {
            await using var connection = new SqliteConnection(Connection(file, SqliteOpenMode.ReadOnly));
            await connection.OpenAsync(ct);
            await using var check = connection.CreateCommand();
            check.CommandText = "PRAGMA integrity_check";
            check.CommandTimeout = 0;
            var integrity = Convert.ToString(await check.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            if (integrity != "ok")
            {
                return new Verified($"SQLite integrity check: {integrity}", 0, 0);
            }

            await using var last = connection.CreateCommand();
            last.CommandText = "SELECT COALESCE(MAX(Seq), 0) FROM kernel_audit";
            head = Convert.ToInt64(await last.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
        }
        catch (SqliteException e)
        {
            return new Verified($"not a readable Tongban database ({e.Message})", 0, 0);
        }

        var anchors = atOrBelowHead ? AnchorsUpTo(keyring, head) : keyring;
        var target = DatabaseTarget.Parse(file);
        await using var services = CliOptions.Open(target, more: s => s.Replace(ServiceDescriptor.Singleton(anchors)));
        await using var scope = services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("cli");
        var result = await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(null, ct);
        SqliteConnection.ClearAllPools();
        if (!ReferenceEquals(anchors, keyring))
        {
            File.Delete(anchors.AnchorPath);
            File.Delete(anchors.KeyPath);
        }

        return result.Ok
            ? new Verified(null, result.Count, head)
            : new Verified($"audit entry {result.FirstBadSeq}: {result.Reason}", result.Count, head);
    }

    /// <summary>A keyring with the same key whose anchors stop at <paramref name="head"/> (in a temporary file).</summary>
    private static AuditKeyring AnchorsUpTo(AuditKeyring keyring, long head)
    {
        var temp = Path.Combine(Path.GetTempPath(), $"tongban-restore-{Guid.NewGuid():N}.audit-key");
        File.Copy(keyring.KeyPath, temp);
        if (File.Exists(keyring.AnchorPath))
        {
            File.WriteAllLines(temp + ".anchors", File.ReadLines(keyring.AnchorPath).Where(l => SeqOf(l) <= head));
        }

        return new AuditKeyring(temp);
    }

    /// <summary>After a restore, anchors beyond the restored head are moved aside (kept, not deleted); returns where.</summary>
    private static string? KeepAnchorsUpTo(AuditKeyring keyring, long head)
    {
        if (!File.Exists(keyring.AnchorPath))
        {
            return null;
        }

        var lines = File.ReadAllLines(keyring.AnchorPath);
        var beyond = lines.Where(l => SeqOf(l) > head).ToList();
        if (beyond.Count == 0)
        {
            return null;
        }

        var aside = $"{keyring.AnchorPath}.before-restore-{Guid.NewGuid():N}";
        File.WriteAllLines(aside, lines);
        File.WriteAllLines(keyring.AnchorPath, lines.Where(l => SeqOf(l) <= head));
        return aside;
    }

    private static long SeqOf(string anchorLine) =>
        long.TryParse(anchorLine.Split(' ')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var seq) ? seq : long.MaxValue;
}
