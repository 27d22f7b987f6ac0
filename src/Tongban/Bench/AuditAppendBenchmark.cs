using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Data;
using Tongban.Kernel.Modules;
using Tongban.Kernel.People;

namespace Tongban.Bench;

/// <summary>
/// Audit-chain appends: ours is one explicit audit note per <c>KernelDb.SaveChanges</c> (a fresh
/// context per append, as a request would have), which reads the chain head under the lock and
/// writes the hashed entry in its own transaction; the baseline is a prepared plain INSERT of the
/// same row, one transaction per append, hashing with the previous hash held in memory.
/// </summary>
internal sealed class AuditAppendBenchmark : IBenchmark
{
    public string Name => "audit-append";

    public string Description => "Audit-chain appends through KernelDb.SaveChanges vs plain INSERTs of the same rows";

    public Task<IBenchmarkRun> PrepareAsync(BenchmarkContext context, CancellationToken ct) =>
        Task.FromResult<IBenchmarkRun>(new Run(context, context.Size > 0 ? context.Size : 300));

    private sealed class Run(BenchmarkContext context, int appends) : IBenchmarkRun
    {
        private readonly RawDb _raw = new(context.Target);
        private readonly AuditKeyring _keyring = context.Services.GetRequiredService<AuditKeyring>();
        private long _expected;

        public int Operations => appends;

        public string Unit => "appends";

        public async Task OursAsync(CancellationToken ct)
        {
            for (var i = 0; i < appends; i++)
            {
                await using var scope = context.Services.CreateAsyncScope();
                scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
                var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
                db.Audit(Note(i, "ours"));
                await db.SaveChangesAsync(ct);
            }

            _expected += appends;
        }

        public async Task BaselineAsync(CancellationToken ct)
        {
            await using var conn = await _raw.OpenAsync(ct);
            long seq;
            string prev;
            await using (var head = conn.CreateCommand())
            {
                head.CommandText = "SELECT \"Seq\", \"Hash\" FROM kernel_audit ORDER BY \"Seq\" DESC LIMIT 1";
                await using var reader = await head.ExecuteReaderAsync(ct);
                (seq, prev) = await reader.ReadAsync(ct) ? (reader.GetInt64(0), reader.GetString(1)) : (0L, AuditHash.Genesis);
            }

            await using var insert = conn.CreateCommand();
            insert.CommandText = """
                INSERT INTO kernel_audit ("Id", "Seq", "AtUtc", "ActorId", "ActorName", "OrgId", "Action", "SubjectType", "SubjectId", "Diff", "Purpose", "PrevHash", "Hash")
                VALUES (@id, @seq, @at, NULL, @actor, NULL, @action, @type, @subject, @diff, NULL, @prev, @hash)
                """;
            var pId = RawDb.Add(insert, "id");
            var pSeq = RawDb.Add(insert, "seq");
            var pAt = RawDb.Add(insert, "at");
            RawDb.Add(insert, "actor", "bench");
            var pAction = RawDb.Add(insert, "action");
            var pType = RawDb.Add(insert, "type");
            var pSubject = RawDb.Add(insert, "subject");
            var pDiff = RawDb.Add(insert, "diff");
            var pPrev = RawDb.Add(insert, "prev");
            var pHash = RawDb.Add(insert, "hash");
            await insert.PrepareAsync(ct);
            for (var i = 0; i < appends; i++)
            {
                var note = Note(i, "baseline");
                var entry = new AuditEntry
                {
                    Id = Guid.CreateVersion7(),
                    Seq = ++seq,
                    AtUtc = AuditHash.Truncate(DateTimeOffset.UtcNow),
                    ActorName = "bench",
                    Action = note.Action,
                    SubjectType = note.SubjectType,
                    SubjectId = note.SubjectId,
                    Diff = note.Diff,
                };
                entry.PrevHash = prev;
                entry.Hash = AuditHash.Compute(entry, prev, _keyring);
                prev = entry.Hash;
                pId.Value = _raw.Key(entry.Id);
                pSeq.Value = entry.Seq;
                pAt.Value = _raw.Instant(entry.AtUtc);
                pAction.Value = entry.Action;
                pType.Value = entry.SubjectType;
                pSubject.Value = entry.SubjectId;
                pDiff.Value = entry.Diff;
                pPrev.Value = entry.PrevHash;
                pHash.Value = entry.Hash;
                await using var tx = await conn.BeginTransactionAsync(ct);
                insert.Transaction = tx;
                await insert.ExecuteNonQueryAsync(ct);
                await tx.CommitAsync(ct);
            }

            _expected += appends;
        }

        public async Task VerifyAsync(CancellationToken ct)
        {
            await using var scope = context.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
            var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
            var entries = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Seq).ToListAsync(ct);
            if (entries.Count != _expected)
            {
                throw new InvalidOperationException($"Expected {_expected} audit entries, found {entries.Count}.");
            }

            var prev = AuditHash.Genesis;
            foreach (var e in entries)
            {
                if (e.PrevHash != prev || AuditHash.Compute(e, prev, _keyring) != e.Hash)
                {
                    throw new InvalidOperationException($"The chain breaks at entry {e.Seq}: the two paths did not write the same chain.");
                }

                prev = e.Hash;
            }
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;

        private static AuditNote Note(int i, string path) =>
            new("bench", "BenchRecord", $"{path}-{i.ToString(CultureInfo.InvariantCulture)}", null, "{\"amount\":[null,\"1234.56\"]}");
    }
}
