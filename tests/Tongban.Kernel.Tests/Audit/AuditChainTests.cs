using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Matters;
using Tongban.Kernel.People;
using Tongban.Kernel.Tests.Data;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Audit;

public sealed class AuditChainTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task An_untouched_chain_verifies_with_its_count(string provider)
    {
        await using var db = await SeededAsync(provider, matters: 5);
        var progress = new List<long>();
        var result = await VerifyAsync(db, new ListProgress(progress.Add));
        Assert.Equal(new AuditVerification(true, 12, null, null, null), result);
        Assert.Equal([12L], progress);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_chain_longer_than_one_batch_verifies_across_batches(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using (var s = db.Open(CallerScope.System()))
        {
            var k = s.ServiceProvider.GetRequiredService<KernelDb>();
            for (var i = 0; i < AuditVerifier.BatchSize + 10; i++)
            {
                k.Audit(new AuditNote("run", "Batch", i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
            }

            await k.SaveChangesAsync();
        }

        var progress = new List<long>();
        var result = await VerifyAsync(db, new ListProgress(progress.Add));
        Assert.True(result.Ok);
        Assert.Equal(AuditVerifier.BatchSize + 10, result.Count);
        Assert.Equal([AuditVerifier.BatchSize, AuditVerifier.BatchSize + 10L], progress);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_field_changed_behind_the_kernels_back_is_named_by_its_entry(string provider)
    {
        await using var db = await SeededAsync(provider, matters: 5);
        var victim = await EntryAsync(db, seq: 6);
        await SqlAsync(db, """UPDATE kernel_audit SET "Diff" = '[]' WHERE "Seq" = 6""");

        var result = await VerifyAsync(db);
        Assert.False(result.Ok);
        Assert.Equal((victim.Id, 6L, 5L), (result.FirstBadId!.Value, result.FirstBadSeq!.Value, result.Count));
        Assert.Contains("hash does not match", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_deleted_entry_is_named_by_the_entry_after_the_gap(string provider)
    {
        await using var db = await SeededAsync(provider, matters: 5);
        var next = await EntryAsync(db, seq: 7);
        await SqlAsync(db, """DELETE FROM kernel_audit WHERE "Seq" = 6""");

        var result = await VerifyAsync(db);
        Assert.False(result.Ok);
        Assert.Equal((next.Id, 7L), (result.FirstBadId!.Value, result.FirstBadSeq!.Value));
        Assert.Contains("Entry 6 is missing", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Two_swapped_entries_are_named_by_the_one_now_first(string provider)
    {
        await using var db = await SeededAsync(provider, matters: 5);
        var moved = await EntryAsync(db, seq: 9);
        await SqlAsync(
            db,
            """UPDATE kernel_audit SET "Seq" = -1 WHERE "Seq" = 8""",
            """UPDATE kernel_audit SET "Seq" = 8 WHERE "Seq" = 9""",
            """UPDATE kernel_audit SET "Seq" = 9 WHERE "Seq" = -1""");

        var result = await VerifyAsync(db);
        Assert.False(result.Ok);
        Assert.Equal((moved.Id, 8L), (result.FirstBadId!.Value, result.FirstBadSeq!.Value));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_rewritten_entry_with_a_recomputed_own_hash_breaks_the_next_link(string provider)
    {
        await using var db = await SeededAsync(provider, matters: 5);
        var entry = await EntryAsync(db, seq: 6);
        var next = await EntryAsync(db, seq: 7);
        entry.ActorName = "mallory";
        var forged = AuditHash.Compute(entry, entry.PrevHash, db.Services.GetRequiredService<AuditKeyring>());
        await SqlAsync(db, $"""UPDATE kernel_audit SET "ActorName" = 'mallory', "Hash" = '{forged}' WHERE "Seq" = 6""");

        var result = await VerifyAsync(db);
        Assert.Equal((false, next.Id), (result.Ok, result.FirstBadId!.Value));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Parallel_writers_keep_one_unbroken_chain(string provider)
    {
        await using var db = await SeededAsync(provider, matters: 0);
        var t = await SystemAsync(db, s => Task.FromResult(s.GetRequiredService<KernelDb>().Orgs.Select(o => o.Id).ToList()));
        var before = (await VerifyAsync(db)).Count;
        const int writers = 8;
        const int saves = 25;

        await Task.WhenAll(Enumerable.Range(0, writers).Select(w => Task.Run(async () =>
        {
            for (var i = 0; i < saves; i++)
            {
                await using var s = db.Open(CallerScope.System($"writer-{w}"));
                var k = s.ServiceProvider.GetRequiredService<KernelDb>();
                k.Matters.Add(ScopeTests.NewMatter(t[(w + i) % t.Count]));
                await k.SaveChangesAsync();
            }
        })));

        var result = await VerifyAsync(db);
        Assert.True(result.Ok, result.Reason);
        Assert.Equal(before + (writers * saves), result.Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_change_and_its_entry_carry_time_actor_org_and_field_diff(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        var userId = Guid.NewGuid();
        var grant = new Grant { Id = Guid.NewGuid(), Role = KernelPermissions.AdministratorRole, OrgId = t.CountyA, CoversDescendants = true };
        var matter = ScopeTests.NewMatter(t.CountyA);
        await using (var s = db.Open(CallerScope.ForUser(userId, "zhang.wei", [grant])))
        {
            var k = s.ServiceProvider.GetRequiredService<KernelDb>();
            k.Matters.Add(matter);
            await k.SaveChangesAsync();
            db.Clock.Advance(TimeSpan.FromMinutes(5));
            matter.State = "accepted";
            await k.SaveChangesAsync();
        }

        var entry = await SystemAsync(db, s => s.GetRequiredService<KernelDb>().AuditEntries.OrderByDescending(a => a.Seq).FirstAsync());
        Assert.Equal(
            ("update", "Matter", matter.Id.ToString(), t.CountyA, userId, "zhang.wei", new DateTime(2025, 9, 26, 1, 5, 0, DateTimeKind.Utc)),
            (entry.Action, entry.SubjectType, entry.SubjectId, entry.OrgId, entry.ActorId!.Value, entry.ActorName, entry.AtUtc));
        Assert.Equal("""{"State":["open","accepted"]}""", entry.Diff);
        Assert.Equal(64, entry.Hash.Length);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reading_a_sensitive_record_is_audited_with_its_purpose(string provider)
    {
        await using var db = await CaseFileDb.CreateDatabaseAsync(provider);
        var t = await TestTree.CreateAsync(db);
        var file = new CaseFile { Id = Guid.NewGuid(), OrgId = t.CountyA, Title = "sealed" };
        var other = new CaseFile { Id = Guid.NewGuid(), OrgId = t.CountyB, Title = "elsewhere" };
        await SystemAsync(db, async s =>
        {
            var files = s.GetRequiredService<CaseFileDb>();
            files.CaseFiles.AddRange(file, other);
            return await files.SaveChangesAsync();
        });

        await using (var s = db.Open(ScopeTests.CountyUser(db, t.CountyA, coversDescendants: true)))
        {
            var access = s.ServiceProvider.GetRequiredService<SensitiveRecordAccess>();
            var files = s.ServiceProvider.GetRequiredService<CaseFileDb>();
            var read = await access.ReadAsync<CaseFile>(files, f => f.Id == file.Id, "  court order 2025-17 review  ");
            Assert.Equal("sealed", read!.Title);
            Assert.Null(await access.ReadAsync<CaseFile>(files, f => f.Id == other.Id, "court order 2025-17 review"));
        }

        var entries = await SystemAsync(db, s => s.GetRequiredService<KernelDb>().AuditEntries.Where(a => a.Action == "read").ToListAsync());
        var entry = Assert.Single(entries);
        Assert.Equal(
            ("CaseFile", file.Id.ToString(), t.CountyA, "court order 2025-17 review", "county-user"),
            (entry.SubjectType, entry.SubjectId, entry.OrgId, entry.Purpose, entry.ActorName));
        Assert.True((await VerifyAsync(db)).Ok);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Reading_a_sensitive_record_without_a_purpose_is_refused_and_writes_nothing(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        var matter = await ScopeTests.AddMatterAsync(db, t.CountyA);
        var before = (await VerifyAsync(db)).Count;

        await using (var s = db.Open(CallerScope.System()))
        {
            var access = s.ServiceProvider.GetRequiredService<SensitiveRecordAccess>();
            var k = s.ServiceProvider.GetRequiredService<KernelDb>();
            foreach (var purpose in new[] { "", "  ", "abc", " ab " })
            {
                var error = await Assert.ThrowsAsync<RuleViolation>(() => access.ReadAsync<Matter>(k, m => m.Id == matter, purpose));
                Assert.Equal(("purpose", "audit.purpose-required"), (error.Field, error.Rule));
            }

            var recorded = await Assert.ThrowsAsync<RuleViolation>(() => access.RecordReadAsync(k, "Matter", matter.ToString(), t.CountyA, "x"));
            Assert.Equal("audit.purpose-required", recorded.Rule);
        }

        Assert.Equal(before, (await VerifyAsync(db)).Count);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Rewriting_an_entry_recomputing_the_following_hashes_and_cutting_the_tail_is_detected_issue21_7(string provider)
    {
        await using var db = await SeededAsync(provider, matters: 8);
        var count = (await VerifyAsync(db)).Count;
        var victim = await EntryAsync(db, seq: 6);

        // The attack of the review: rewrite entry 6, recompute every following hash (unkeyed, the old rule), drop the last three.
        var entries = await SystemAsync(db, s => s.GetRequiredService<KernelDb>().AuditEntries.AsNoTracking().Where(a => a.Seq >= 6).OrderBy(a => a.Seq).ToListAsync());
        var prev = entries[0].PrevHash;
        var statements = new List<string>();
        foreach (var e in entries.Take(entries.Count - 3))
        {
            e.Diff = e.Seq == 6 ? "[]" : e.Diff;
            e.PrevHash = prev;
            e.Hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{e.Seq}|{e.Diff}|{prev}")));
            statements.Add(e.Seq == 6
                ? $"""UPDATE kernel_audit SET "Diff" = '[]', "PrevHash" = '{e.PrevHash}', "Hash" = '{e.Hash}' WHERE "Seq" = 6"""
                : $"""UPDATE kernel_audit SET "PrevHash" = '{e.PrevHash}', "Hash" = '{e.Hash}' WHERE "Seq" = {e.Seq}""");
            prev = e.Hash;
        }

        statements.AddRange(Enumerable.Range(0, 3).Select(k => $"""DELETE FROM kernel_audit WHERE "Seq" = {count - k}"""));
        await SqlAsync(db, [.. statements]);

        var result = await VerifyAsync(db);
        Assert.False(result.Ok);
        Assert.Equal((victim.Id, 6L), (result.FirstBadId!.Value, result.FirstBadSeq!.Value));
        Assert.Contains("hash does not match", result.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Entries_cut_from_the_end_are_detected_against_the_anchor_outside_the_database_issue21_7(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        for (var i = 0; i < 6; i++)
        {
            // Ten minutes apart: each save anchors the head in the anchor file beside the key.
            db.Clock.Advance(AuditKeyring.AnchorAge + TimeSpan.FromMinutes(1));
            await SystemAsync(db, s =>
            {
                var k = s.GetRequiredService<KernelDb>();
                k.Audit(new AuditNote("run", "Batch", i.ToString(System.Globalization.CultureInfo.InvariantCulture), null));
                return k.SaveChangesAsync();
            });
        }

        var before = await VerifyAsync(db);
        Assert.True(before.Ok);
        Assert.True(File.Exists(db.Services.GetRequiredService<AuditKeyring>().AnchorPath));
        await SqlAsync(db, [.. Enumerable.Range(0, 3).Select(k => $"""DELETE FROM kernel_audit WHERE "Seq" = {before.Count - k}""")]);

        var result = await VerifyAsync(db);
        Assert.False(result.Ok);
        Assert.Equal(before.Count - 3, result.Count);
        Assert.Contains("removed from the end", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void The_audit_key_is_created_on_first_use_outside_the_database_and_read_back_issue21_7()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tongban-key-{Guid.NewGuid():N}", "db.audit-key");
        var first = new AuditKeyring(path).Key;
        Assert.True(File.Exists(path));
        Assert.Equal(first, new AuditKeyring(path).Key);
        Assert.Equal(32, first.Length);
        Assert.Equal(path + ".anchors", new AuditKeyring(path).AnchorPath);
        Assert.EndsWith("tongban.db.audit-key", AuditKeyring.ForTarget(DatabaseTarget.Parse(Path.Combine(Path.GetTempPath(), "tongban.db"))).KeyPath, StringComparison.Ordinal);
    }

    private static async Task<TestDatabase> SeededAsync(string provider, int matters)
    {
        var db = await TestDatabase.CreateAsync(provider);
        var t = await TestTree.CreateAsync(db);
        for (var i = 0; i < matters; i++)
        {
            await ScopeTests.AddMatterAsync(db, i % 2 == 0 ? t.CountyA : t.CountyB);
        }

        return db;
    }

    private static Task<AuditVerification> VerifyAsync(TestDatabase db, IProgress<long>? progress = null) =>
        SystemAsync(db, s => s.GetRequiredService<AuditVerifier>().VerifyAsync(progress, default));

    private static Task<AuditEntry> EntryAsync(TestDatabase db, long seq) =>
        SystemAsync(db, s => s.GetRequiredService<KernelDb>().AuditEntries.AsNoTracking().SingleAsync(a => a.Seq == seq));

    private static Task<int> SqlAsync(TestDatabase db, params string[] statements) =>
        SystemAsync(db, async s =>
        {
            var k = s.GetRequiredService<KernelDb>();
            await using var tx = await k.Database.BeginTransactionAsync();
            foreach (var sql in statements)
            {
                Assert.Equal(1, await k.Database.ExecuteSqlRawAsync(sql));
            }

            await tx.CommitAsync();
            return statements.Length;
        });

    private static async Task<T> SystemAsync<T>(TestDatabase db, Func<IServiceProvider, Task<T>> work)
    {
        await using var s = db.Open(CallerScope.System());
        return await work(s.ServiceProvider);
    }

    private sealed class ListProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
