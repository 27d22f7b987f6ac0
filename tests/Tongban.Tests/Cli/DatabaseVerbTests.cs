using Microsoft.Data.Sqlite;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Data;

namespace Tongban.Tests.Cli;

/// <summary>The verbs that work on a database, on a demo world (SQLite; the demo tests cover PostgreSQL).</summary>
public sealed class DatabaseVerbTests : IAsyncLifetime
{
    private readonly string _db = CliRunner.NewDatabase("sqlite");

    public async Task InitializeAsync() => Assert.Equal(0, (await CliRunner.RunAsync("demo", "--today", CliRunner.Today, "--db", _db)).ExitCode);

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Audit_verify_prints_ok_and_the_number_of_entries()
    {
        var run = await CliRunner.RunAsync("audit", "verify", "--db", _db);

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^ok [1-9][0-9]*$", run.Out.TrimEnd());
    }

    [Fact]
    public async Task Audit_verify_prints_the_id_of_the_first_tampered_entry_and_exits_1()
    {
        string tampered;
        await using (var conn = new SqliteConnection(DatabaseTarget.Parse(_db).ConnectionString))
        {
            await conn.OpenAsync();
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = "UPDATE kernel_audit SET \"ActorName\" = 'mallory' WHERE \"Seq\" = 5 RETURNING \"Id\"";
            tampered = (string)(await cmd.ExecuteScalarAsync())!;
        }

        SqliteConnection.ClearAllPools();
        var run = await CliRunner.RunAsync("audit", "verify", "--db", _db);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(Guid.Parse(tampered).ToString(), run.Out.TrimEnd());
        Assert.Contains("[audit.chain-broken]", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Audit_adopt_legacy_takes_over_a_chain_written_before_it_was_keyed_once_issue21_7()
    {
        // The chain as a version before 2026-12-07 wrote it: every hash plain SHA-256 over the same fields.
        await using (var conn = new SqliteConnection(DatabaseTarget.Parse(_db).ConnectionString))
        {
            await conn.OpenAsync();
            var entries = new List<AuditEntry>();
            await using (var read = conn.CreateCommand())
            {
                read.CommandText = "SELECT \"Seq\", \"Id\", \"AtUtc\", \"ActorId\", \"ActorName\", \"OrgId\", \"Action\", \"SubjectType\", \"SubjectId\", \"Diff\", \"Purpose\" FROM kernel_audit ORDER BY \"Seq\"";
                await using var r = await read.ExecuteReaderAsync();
                while (await r.ReadAsync())
                {
                    entries.Add(new AuditEntry
                    {
                        Seq = r.GetInt64(0),
                        Id = r.GetGuid(1),
                        AtUtc = r.GetDateTime(2),
                        ActorId = r.IsDBNull(3) ? null : r.GetGuid(3),
                        ActorName = r.GetString(4),
                        OrgId = r.IsDBNull(5) ? null : r.GetGuid(5),
                        Action = r.GetString(6),
                        SubjectType = r.GetString(7),
                        SubjectId = r.GetString(8),
                        Diff = r.GetString(9),
                        Purpose = r.IsDBNull(10) ? null : r.GetString(10),
                    });
                }
            }

            await using var tx = conn.BeginTransaction();
            var prev = AuditHash.Genesis;
            foreach (var e in entries)
            {
                e.Hash = AuditHash.ComputeLegacy(e, prev);
                await using var write = conn.CreateCommand();
                write.Transaction = tx;
                write.CommandText = "UPDATE kernel_audit SET \"PrevHash\" = $p, \"Hash\" = $h WHERE \"Seq\" = $s";
                write.Parameters.AddWithValue("$p", prev);
                write.Parameters.AddWithValue("$h", e.Hash);
                write.Parameters.AddWithValue("$s", e.Seq);
                await write.ExecuteNonQueryAsync();
                prev = e.Hash;
            }

            await tx.CommitAsync();
        }

        SqliteConnection.ClearAllPools();
        // The demo's anchors were of the keyed hashes: an old database has none.
        File.Delete(AuditKeyring.ForTarget(DatabaseTarget.Parse(_db)).AnchorPath);

        var before = await CliRunner.RunAsync("audit", "verify", "--db", _db);
        Assert.Equal(1, before.ExitCode);
        Assert.Contains("adopt-legacy", before.Err, StringComparison.Ordinal);

        var adopt = await CliRunner.RunAsync("audit", "adopt-legacy", "--db", _db);
        Assert.Equal(0, adopt.ExitCode);
        Assert.Matches(@"^adopted [1-9][0-9]* keyed-after 0$", adopt.Out.TrimEnd());
        Assert.Equal(0, (await CliRunner.RunAsync("audit", "verify", "--db", _db)).ExitCode);

        var again = await CliRunner.RunAsync("audit", "adopt-legacy", "--db", _db);
        Assert.NotEqual(0, again.ExitCode);
        Assert.Contains("[audit.legacy-adopted]", again.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_add_then_grant_prints_what_was_done()
    {
        var add = await CliRunner.RunAsync("users", "add", "li.ming", "--name", "李明", "--org", "浙江省财政厅", "--password", "Li-Ming-2025x", "--db", _db);
        var grant = await CliRunner.RunAsync("users", "grant", "li.ming", "auditor", "--org", "浙江省财政厅", "--descendants", "--db", _db);

        Assert.Equal(0, add.ExitCode);
        Assert.Matches(@"^created user li\.ming [0-9a-f-]{36}$", add.Out.TrimEnd());
        Assert.Equal(0, grant.ExitCode);
        Assert.Matches(@"^granted auditor at [0-9a-f-]{36} to li\.ming \(with descendants\)$", grant.Out.TrimEnd());
    }

    [Fact]
    public async Task Users_grant_of_an_unknown_role_is_refused_with_the_rule()
    {
        var run = await CliRunner.RunAsync("users", "grant", "admin", "emperor", "--org", "浙江省财政厅", "--db", _db);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("error: role: 'emperor' is not a role of this suite. [people.unknown-role]", run.Err.TrimEnd());
    }

    [Fact]
    public async Task Users_add_with_a_weak_password_is_refused()
    {
        var run = await CliRunner.RunAsync("users", "add", "weak", "--org", "浙江省财政厅", "--password", "abc", "--db", _db);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("error: password: ", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Users_add_without_the_org_option_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync("users", "add", "nobody", "--db", _db);

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task Import_of_a_file_with_a_bad_division_code_prints_the_error_report_and_writes_nothing()
    {
        var file = Path.Combine(Path.GetTempPath(), $"orgs-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "code,parent_code,level,kind,name_zh,name_en,division_code\nA1,,Province,FinanceDepartment,测试省财政厅,Test,330000\nA2,A1,County,School,测试学校,School,12ab\n");
        var before = await CliRunner.RunAsync("audit", "verify", "--db", _db);

        var run = await CliRunner.RunAsync("import", "kernel.orgs", file, "--db", _db);

        Assert.Equal(1, run.ExitCode);
        var lines = run.Err.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("error: kernel.orgs: the file was refused with 1 error(s); nothing was imported [import.refused]", lines[0]);
        Assert.Equal("row\tcolumn\tvalue\trule\tmessage", lines[1]);
        Assert.StartsWith("2\tdivision_code\t12ab\torgs.division-code-shape\t", lines[2], StringComparison.Ordinal);
        Assert.Equal(before.Out, (await CliRunner.RunAsync("audit", "verify", "--db", _db)).Out);
    }

    [Fact]
    public async Task Import_of_a_good_file_prints_the_rows_imported()
    {
        var file = Path.Combine(Path.GetTempPath(), $"orgs-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, "code,parent_code,level,kind,name_zh,name_en,division_code\nB1,,Province,FinanceDepartment,试点省财政厅,Pilot finance,340000\nB2,B1,County,School,试点县第一小学,Pilot school,340102\n");

        var run = await CliRunner.RunAsync("import", "kernel", "orgs", file, "--db", _db);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith("imported 2 rows (kernel.orgs, ", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_of_an_unknown_key_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync("import", "kernel.nothing", "x.csv", "--db", _db);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("there is no import 'kernel.nothing'", run.Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_csv_to_stdout_prints_the_report_table()
    {
        var run = await CliRunner.RunAsync("export", "kernel.matters-by-state", "--format", "csv", "--lang", "en", "--db", _db);

        Assert.Equal(0, run.ExitCode);
        var lines = run.Lines;
        // A header, then one line per workflow and state: the kernel's sample workflow has three states in the
        // demo; the modules' demo matters add their own lines.
        Assert.StartsWith("Workflow,", lines[0], StringComparison.OrdinalIgnoreCase);
        Assert.Equal(3, lines.Count(l => l.StartsWith("kernel.funding-request,", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.StartsWith("kernel.funding-request,review,", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_xlsx_writes_the_file_named_by_out()
    {
        var file = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.xlsx");

        var run = await CliRunner.RunAsync("export", "kernel.audit-by-action", "--format", "xlsx", "--out", file, "--db", _db);

        Assert.Equal(0, run.ExitCode);
        Assert.Equal($"exported kernel.audit-by-action to {file}", run.Out.TrimEnd());
        var bytes = await File.ReadAllBytesAsync(file);
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    [Fact]
    public async Task Export_xlsx_without_out_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync("export", "kernel.audit-by-action", "--format", "xlsx", "--db", _db);

        Assert.Equal(2, run.ExitCode);
    }

    [Fact]
    public async Task Export_in_an_unknown_format_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync("export", "kernel.audit-by-action", "--format", "pdf", "--db", _db);

        Assert.Equal(2, run.ExitCode);
    }
}
