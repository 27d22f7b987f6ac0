using Microsoft.Data.Sqlite;

namespace Tongban.Tests.Cli;

/// <summary>
/// Issue 23 (8): a backup taken with the server's database in use verifies before it reports success, a
/// restore verifies before and after, and audit verify creates nothing and does not crash on a bad file.
/// </summary>
public sealed class BackupTests : IAsyncLifetime
{
    private readonly string _db = CliRunner.NewDatabase("sqlite");
    private readonly string _backup = Path.Combine(Path.GetTempPath(), $"tongban-backup-{Guid.NewGuid():N}.db");

    public async Task InitializeAsync() => Assert.Equal(0, (await CliRunner.RunAsync("demo", "--today", CliRunner.Today, "--db", _db)).ExitCode);

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var f in new[] { _backup, _db, _db + "-wal", _db + "-shm" })
        {
            File.Delete(f);
        }

        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_backup_taken_while_a_connection_holds_the_database_verifies_and_restores_issue23()
    {
        var verified = await CliRunner.RunAsync("audit", "verify", "--db", _db);
        await using (var open = new SqliteConnection($"Data Source={_db}"))
        {
            // Another process has the database open in WAL mode (the running server).
            await open.OpenAsync();
            var backup = await CliRunner.RunAsync("backup", "--to", _backup, "--db", _db);

            Assert.Equal(0, backup.ExitCode);
            Assert.Matches(@"^ok backup .*: integrity ok, audit chain ok \([1-9][0-9]* entries\)$", backup.Out.TrimEnd());
        }

        var again = await CliRunner.RunAsync("backup", "--to", _backup, "--db", _db);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("[backup.exists]", again.Err, StringComparison.Ordinal);

        var restore = await CliRunner.RunAsync("restore", "--from", _backup, "--db", _db);
        Assert.Equal(0, restore.ExitCode);
        Assert.StartsWith("ok restore ", restore.Out, StringComparison.Ordinal);
        Assert.Equal(verified.Out, (await CliRunner.RunAsync("audit", "verify", "--db", _db)).Out);
    }

    [Fact]
    public async Task A_restore_of_a_damaged_backup_is_refused_and_changes_nothing_issue23()
    {
        Assert.Equal(0, (await CliRunner.RunAsync("backup", "--to", _backup, "--db", _db)).ExitCode);
        await using (var damage = new SqliteConnection($"Data Source={_backup}"))
        {
            await damage.OpenAsync();
            await using var cmd = damage.CreateCommand();
            cmd.CommandText = "UPDATE kernel_audit SET \"ActorName\" = 'mallory' WHERE \"Seq\" = 3";
            await cmd.ExecuteNonQueryAsync();
        }

        SqliteConnection.ClearAllPools();
        var before = await CliRunner.RunAsync("audit", "verify", "--db", _db);

        var restore = await CliRunner.RunAsync("restore", "--from", _backup, "--db", _db);

        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("[backup.verify-failed]", restore.Err, StringComparison.Ordinal);
        Assert.Equal(before.Out, (await CliRunner.RunAsync("audit", "verify", "--db", _db)).Out);
    }

    [Fact]
    public async Task Audit_verify_of_a_missing_file_is_refused_and_creates_nothing_issue23()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"tongban-missing-{Guid.NewGuid():N}.db");

        var run = await CliRunner.RunAsync("audit", "verify", "--db", missing);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("[db.missing]", run.Err, StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }

    [Fact]
    public async Task Audit_verify_of_a_file_that_is_not_a_database_exits_1_with_the_reason_issue23()
    {
        var junk = Path.Combine(Path.GetTempPath(), $"tongban-junk-{Guid.NewGuid():N}.db");
        await File.WriteAllBytesAsync(junk, [.. Enumerable.Range(0, 8192).Select(i => (byte)(i * 7))]);
        try
        {
            var run = await CliRunner.RunAsync("audit", "verify", "--db", junk);

            Assert.Equal(1, run.ExitCode);
            Assert.Contains("[audit.unreadable]", run.Err, StringComparison.Ordinal);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            File.Delete(junk);
        }
    }
}
