using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.People;

namespace Tongban.Kernel.Orgs;

/// <summary>
/// The organisation tree: create, move, rename and archive nodes, keeping the closure table exact.
/// Structural writes hold one tree lock (an advisory lock on PostgreSQL, the single writer on
/// SQLite) so that concurrent moves cannot create a cycle. Reading the tree is open to every
/// caller (names of organisations are not scoped data); writing needs kernel.orgs.manage at the
/// node concerned, and creating a root needs the system actor or kernel.administer. A refused
/// write rolls back and clears the context's change tracker, so nothing half-made is saved later.
/// </summary>
public sealed class OrgTree(KernelDb db, RoleCatalog roles)
{
    // Any fixed number: the key of the PostgreSQL advisory lock that serialises structural changes.
    private const long TreeLockKey = 0x7467_6261_6e5f_7472;

    public async Task<OrgNode> CreateAsync(NewOrg input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        return await InTreeTransactionAsync(
            async () =>
            {
                var parent = input.ParentId is { } parentId ? await LiveParentAsync(parentId, "parentId", ct) : null;
                OrgRules.Validate(input, parent?.Level);
                if (input.Id is { } wanted)
                {
                    RuleViolation.ThrowIf(await db.Orgs.AnyAsync(o => o.Id == wanted, ct), "id", "orgs.id-taken", $"Organisation id {wanted} is already in use.", ("wanted", wanted));
                }

                await EnsureMayManageAsync(parent?.Id, "parentId", ct);
                var node = new OrgNode
                {
                    Id = input.Id ?? Guid.CreateVersion7(),
                    ParentId = parent?.Id,
                    Level = input.Level,
                    Kind = input.Kind,
                    NameZh = input.NameZh.Trim(),
                    NameEn = input.NameEn.Trim(),
                    DivisionCode = input.DivisionCode,
                    Depth = parent is null ? 0 : parent.Depth + 1,
                };
                db.Orgs.Add(node);
                db.OrgClosures.Add(new OrgClosure { AncestorId = node.Id, DescendantId = node.Id, Distance = 0 });
                if (parent is not null)
                {
                    var above = await db.OrgClosures.AsNoTracking().Where(c => c.DescendantId == parent.Id).ToListAsync(ct);
                    db.OrgClosures.AddRange(above.Select(a => new OrgClosure { AncestorId = a.AncestorId, DescendantId = node.Id, Distance = a.Distance + 1 }));
                }

                await db.SaveChangesAsync(ct);
                return node;
            },
            ct);
    }

    /// <summary>Moves a node and its whole subtree under <paramref name="newParentId"/>.</summary>
    public Task MoveAsync(Guid id, Guid newParentId, CancellationToken ct = default) =>
        InTreeTransactionAsync(
            async () =>
            {
                var node = await NodeAsync(id, ct);
                var parent = await LiveParentAsync(newParentId, "newParentId", ct);
                RuleViolation.ThrowIf(
                    await db.OrgClosures.AnyAsync(c => c.AncestorId == id && c.DescendantId == newParentId, ct),
                    "newParentId",
                    "orgs.move-under-itself",
                    "An organisation cannot be moved under itself or one of its own descendants.");
                OrgRules.LevelUnderParent(node.Level, parent.Level).ThrowIfRefused("newParentId");
                if (node.ParentId == newParentId)
                {
                    return true;
                }

                await EnsureMayManageAsync(id, "id", ct);
                await EnsureMayManageAsync(newParentId, "newParentId", ct);

                var subtree = db.OrgClosures.Where(c => c.AncestorId == id).Select(c => c.DescendantId);
                await db.OrgClosures
                    .Where(c => subtree.Contains(c.DescendantId) && !subtree.Contains(c.AncestorId))
                    .ExecuteDeleteAsync(ct);
                await db.Database.ExecuteSqlRawAsync(
                    """
                    INSERT INTO kernel_org_closure ("AncestorId", "DescendantId", "Distance")
                    SELECT a."AncestorId", s."DescendantId", a."Distance" + s."Distance" + 1
                    FROM kernel_org_closure a CROSS JOIN kernel_org_closure s
                    WHERE a."DescendantId" = {0} AND s."AncestorId" = {1}
                    """,
                    [GuidValue(newParentId), GuidValue(id)],
                    ct);
                var delta = parent.Depth + 1 - node.Depth;
                if (delta != 0)
                {
                    await db.Orgs
                        .Where(o => o.Id != id && db.OrgClosures.Any(c => c.AncestorId == id && c.DescendantId == o.Id))
                        .ExecuteUpdateAsync(s => s.SetProperty(o => o.Depth, o => o.Depth + delta), ct);
                }

                node.ParentId = newParentId;
                node.Depth = parent.Depth + 1;
                await db.SaveChangesAsync(ct);
                return true;
            },
            ct);

    public Task RenameAsync(Guid id, string nameZh, string nameEn, CancellationToken ct = default) =>
        InTreeTransactionAsync(
            async () =>
            {
                OrgRules.Name(nameZh, "Chinese").ThrowIfRefused("nameZh");
                OrgRules.Name(nameEn, "English").ThrowIfRefused("nameEn");
                var node = await NodeAsync(id, ct);
                await EnsureMayManageAsync(id, "id", ct);
                node.NameZh = nameZh.Trim();
                node.NameEn = nameEn.Trim();
                await db.SaveChangesAsync(ct);
                return true;
            },
            ct);

    /// <summary>
    /// Archives a node. Refused while it has children that are not archived: the tree is archived
    /// bottom-up, so no live unit is left under an archived one.
    /// </summary>
    public Task ArchiveAsync(Guid id, CancellationToken ct = default) =>
        InTreeTransactionAsync(
            async () =>
            {
                var node = await NodeAsync(id, ct);
                if (node.Archived)
                {
                    return true;
                }

                RuleViolation.ThrowIf(
                    await db.Orgs.AnyAsync(o => o.ParentId == id && !o.Archived, ct),
                    "id",
                    "orgs.archive-live-children",
                    $"{node.NameZh} still has organisations under it that are not archived; archive them first.", ("node", node.NameZh));
                await EnsureMayManageAsync(id, "id", ct);
                node.Archived = true;
                await db.SaveChangesAsync(ct);
                return true;
            },
            ct);

    public Task<OrgNode?> FindAsync(Guid id, CancellationToken ct = default) =>
        db.Orgs.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct);

    /// <summary>The children of a node (archived ones included), or the roots when <paramref name="parentId"/> is null.</summary>
    public async Task<IReadOnlyList<OrgNode>> ChildrenAsync(Guid? parentId, CancellationToken ct = default) =>
        await db.Orgs.AsNoTracking()
            .Where(o => o.ParentId == parentId)
            .OrderBy(o => o.DivisionCode).ThenBy(o => o.NameZh)
            .ToListAsync(ct);

    /// <summary>Every node under <paramref name="id"/>, one indexed closure lookup whatever the tree's size.</summary>
    public IQueryable<OrgNode> Descendants(Guid id, bool includeSelf) =>
        from c in db.OrgClosures
        where c.AncestorId == id && (includeSelf || c.Distance > 0)
        join o in db.Orgs.AsNoTracking() on c.DescendantId equals o.Id
        select o;

    /// <summary>The nodes above <paramref name="id"/>, root first, without the node itself.</summary>
    public async Task<IReadOnlyList<OrgNode>> AncestorsAsync(Guid id, CancellationToken ct = default) =>
        await (from c in db.OrgClosures
               where c.DescendantId == id && c.Distance > 0
               join o in db.Orgs.AsNoTracking() on c.AncestorId equals o.Id
               orderby c.Distance descending
               select o).ToListAsync(ct);

    /// <summary>
    /// Adds many nodes at once through each provider's fast path (prepared statements on SQLite,
    /// binary COPY on PostgreSQL), in one transaction with one "import" audit entry that carries
    /// the count and a SHA-256 of the rows. Parents come before their children; a node whose
    /// children are in the same batch must carry its <see cref="NewOrg.Id"/>. Every row is
    /// checked before anything is written.
    /// </summary>
    public Task<int> ImportAsync(IReadOnlyList<NewOrg> nodes, IProgress<long>? progress = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(nodes);
        return InTreeTransactionAsync(
            async () =>
            {
                var (rows, closure) = await PlanImportAsync(nodes, ct);
                var tx = db.Database.CurrentTransaction!.GetDbTransaction();
                if (db.Database.IsNpgsql())
                {
                    await CopyAsync((NpgsqlConnection)db.Database.GetDbConnection(), rows, closure, progress, ct);
                }
                else
                {
                    await InsertPreparedAsync(db.Database.GetDbConnection(), tx, rows, closure, progress, ct);
                }

                db.Audit(new AuditNote(
                    "import",
                    nameof(OrgNode),
                    rows.Count.ToString(CultureInfo.InvariantCulture),
                    null,
                    JsonSerializer.Serialize(new SortedDictionary<string, string?[]>(StringComparer.Ordinal)
                    {
                        ["count"] = [null, rows.Count.ToString(CultureInfo.InvariantCulture)],
                        ["sha256"] = [null, Digest(rows)],
                    })));
                await db.SaveChangesAsync(ct);
                return rows.Count;
            },
            ct);
    }

    private async Task<(List<OrgNode> Rows, List<OrgClosure> Closure)> PlanImportAsync(IReadOnlyList<NewOrg> nodes, CancellationToken ct)
    {
        var planned = new Dictionary<Guid, (OrgNode Node, List<OrgClosure> Above)>();
        var existing = new Dictionary<Guid, (OrgNode Node, List<OrgClosure> Above)>();
        var rows = new List<OrgNode>(nodes.Count);
        var closure = new List<OrgClosure>(nodes.Count * 5);
        var wanted = nodes.Where(n => n.Id is not null).Select(n => n.Id!.Value).ToList();
        foreach (var chunk in wanted.Chunk(500))
        {
            var taken = await db.Orgs.Where(o => chunk.Contains(o.Id)).Select(o => o.Id).FirstOrDefaultAsync(ct);
            RuleViolation.ThrowIf(taken != Guid.Empty, $"row {wanted.IndexOf(taken) + 1}, id", "orgs.id-taken", $"Organisation id {taken} is already in use.", ("taken", taken));
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            var input = nodes[i];
            var field = $"row {i + 1}, ";
            (OrgNode Node, List<OrgClosure> Above)? parent = null;
            if (input.ParentId is { } parentId)
            {
                if (planned.TryGetValue(parentId, out var inBatch))
                {
                    parent = inBatch;
                }
                else if (existing.TryGetValue(parentId, out var known))
                {
                    parent = known;
                }
                else
                {
                    var node = await db.Orgs.AsNoTracking().SingleOrDefaultAsync(o => o.Id == parentId, ct);
                    RuleViolation.ThrowIf(node is null, field + "parentId", "orgs.parent-not-found", $"Parent {parentId} is neither in the tree nor on an earlier row.", ("parentId", parentId));
                    RuleViolation.ThrowIf(node!.Archived, field + "parentId", "orgs.parent-archived", $"{node.NameZh} is archived; nothing can be added under it.", ("node", node.NameZh));
                    await EnsureMayManageAsync(parentId, field + "parentId", ct);
                    var above = await db.OrgClosures.AsNoTracking().Where(c => c.DescendantId == parentId).ToListAsync(ct);
                    parent = existing[parentId] = (node, above);
                }
            }
            else
            {
                await EnsureMayManageAsync(null, field + "parentId", ct);
            }

            OrgRules.Validate(input, parent?.Node.Level, field);
            var id = input.Id ?? Guid.CreateVersion7();
            RuleViolation.ThrowIf(planned.ContainsKey(id), field + "id", "orgs.id-taken", $"Organisation id {id} appears twice in the batch.", ("id", id));
            var row = new OrgNode
            {
                Id = id,
                ParentId = input.ParentId,
                Level = input.Level,
                Kind = input.Kind,
                NameZh = input.NameZh.Trim(),
                NameEn = input.NameEn.Trim(),
                DivisionCode = input.DivisionCode,
                Depth = parent is null ? 0 : parent.Value.Node.Depth + 1,
            };
            var mine = new List<OrgClosure>((parent?.Above.Count ?? 0) + 1) { new() { AncestorId = id, DescendantId = id, Distance = 0 } };
            if (parent is { } p)
            {
                mine.AddRange(p.Above.Select(a => new OrgClosure { AncestorId = a.AncestorId, DescendantId = id, Distance = a.Distance + 1 }));
            }

            rows.Add(row);
            closure.AddRange(mine);
            planned[id] = (row, mine);
        }

        return (rows, closure);
    }

    private static async Task CopyAsync(NpgsqlConnection conn, List<OrgNode> rows, List<OrgClosure> closure, IProgress<long>? progress, CancellationToken ct)
    {
        await using (var w = await conn.BeginBinaryImportAsync(
            """COPY kernel_orgs ("Id", "ParentId", "Level", "Kind", "NameZh", "NameEn", "DivisionCode", "Depth", "Archived") FROM STDIN (FORMAT BINARY)""", ct))
        {
            var n = 0L;
            foreach (var r in rows)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(r.Id, NpgsqlDbType.Uuid, ct);
                if (r.ParentId is { } parentId)
                {
                    await w.WriteAsync(parentId, NpgsqlDbType.Uuid, ct);
                }
                else
                {
                    await w.WriteNullAsync(ct);
                }

                await w.WriteAsync(r.Level.ToString(), NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.Kind.ToString(), NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.NameZh, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.NameEn, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.DivisionCode, NpgsqlDbType.Varchar, ct);
                await w.WriteAsync(r.Depth, NpgsqlDbType.Integer, ct);
                await w.WriteAsync(r.Archived, NpgsqlDbType.Boolean, ct);
                if (++n % 10_000 == 0)
                {
                    progress?.Report(n);
                }
            }

            await w.CompleteAsync(ct);
        }

        await using (var w = await conn.BeginBinaryImportAsync(
            """COPY kernel_org_closure ("AncestorId", "DescendantId", "Distance") FROM STDIN (FORMAT BINARY)""", ct))
        {
            foreach (var c in closure)
            {
                await w.StartRowAsync(ct);
                await w.WriteAsync(c.AncestorId, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(c.DescendantId, NpgsqlDbType.Uuid, ct);
                await w.WriteAsync(c.Distance, NpgsqlDbType.Integer, ct);
            }

            await w.CompleteAsync(ct);
        }

        progress?.Report(rows.Count);
    }

    private static async Task InsertPreparedAsync(DbConnection conn, DbTransaction tx, List<OrgNode> rows, List<OrgClosure> closure, IProgress<long>? progress, CancellationToken ct)
    {
        await using (var cmd = Command(conn, tx, """INSERT INTO kernel_orgs ("Id", "ParentId", "Level", "Kind", "NameZh", "NameEn", "DivisionCode", "Depth", "Archived") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)""", 9))
        {
            var n = 0L;
            foreach (var r in rows)
            {
                Bind(cmd, SqliteGuid(r.Id), r.ParentId is { } p ? SqliteGuid(p) : DBNull.Value, r.Level.ToString(), r.Kind.ToString(), r.NameZh, r.NameEn, r.DivisionCode, r.Depth, r.Archived ? 1 : 0);
                await cmd.ExecuteNonQueryAsync(ct);
                if (++n % 10_000 == 0)
                {
                    progress?.Report(n);
                }
            }
        }

        await using (var cmd = Command(conn, tx, """INSERT INTO kernel_org_closure ("AncestorId", "DescendantId", "Distance") VALUES ($1, $2, $3)""", 3))
        {
            foreach (var c in closure)
            {
                Bind(cmd, SqliteGuid(c.AncestorId), SqliteGuid(c.DescendantId), c.Distance);
                await cmd.ExecuteNonQueryAsync(ct);
            }
        }

        progress?.Report(rows.Count);
    }

    private static DbCommand Command(DbConnection conn, DbTransaction tx, string sql, int parameters)
    {
        var cmd = conn.CreateCommand();
        cmd.Transaction = tx;
        cmd.CommandText = sql;
        for (var i = 1; i <= parameters; i++)
        {
            var p = cmd.CreateParameter();
            p.ParameterName = "$" + i.ToString(CultureInfo.InvariantCulture);
            cmd.Parameters.Add(p);
        }

        cmd.Prepare();
        return cmd;
    }

    private static void Bind(DbCommand cmd, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            cmd.Parameters[i].Value = values[i];
        }
    }

    private static string Digest(List<OrgNode> rows)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var r in rows)
        {
            sha.AppendData(Encoding.UTF8.GetBytes($"{r.Id:N}|{r.ParentId:N}|{r.Level}|{r.Kind}|{r.NameZh}|{r.NameEn}|{r.DivisionCode}\n"));
        }

        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    // EF Core stores a Guid on SQLite as upper-case text; raw commands must bind it the same way.
    private static string SqliteGuid(Guid id) => id.ToString().ToUpperInvariant();

    private object GuidValue(Guid id) => db.Database.IsNpgsql() ? id : SqliteGuid(id);

    private async Task<OrgNode> NodeAsync(Guid id, CancellationToken ct) =>
        await db.Orgs.SingleOrDefaultAsync(o => o.Id == id, ct)
        ?? throw new RuleViolation("id", "orgs.not-found", $"There is no organisation {id}.", ("id", id));

    private async Task<OrgNode> LiveParentAsync(Guid id, string field, CancellationToken ct)
    {
        var parent = await db.Orgs.AsNoTracking().SingleOrDefaultAsync(o => o.Id == id, ct)
            ?? throw new RuleViolation(field, "orgs.parent-not-found", $"There is no organisation {id}.", ("id", id));
        RuleViolation.ThrowIf(parent.Archived, field, "orgs.parent-archived", $"{parent.NameZh} is archived; nothing can be placed under it.", ("parent", parent.NameZh));
        return parent;
    }

    private async Task EnsureMayManageAsync(Guid? orgId, string field, CancellationToken ct)
    {
        var scope = db.Scope;
        var allowed = orgId is { } id
            ? await OrgScope.HasPermissionAtAsync(db.OrgClosures, scope, roles, KernelPermissions.ManageOrgs, id, ct)
            : scope.Unrestricted || scope.AdministersAtRoot;
        RuleViolation.ThrowIf(
            !allowed,
            field,
            "orgs.not-permitted",
            orgId is null
                ? "Only an administrator may create a root organisation."
                : $"You do not hold {KernelPermissions.ManageOrgs} at organisation {orgId}.");
    }

    private async Task<T> InTreeTransactionAsync<T>(Func<Task<T>> work, CancellationToken ct)
    {
        var owned = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            if (db.Database.IsNpgsql())
            {
                await db.Database.ExecuteSqlRawAsync($"SELECT pg_advisory_xact_lock({TreeLockKey})", ct);
            }

            var result = await work();
            if (owned is not null)
            {
                await owned.CommitAsync(ct);
            }

            return result;
        }
        catch
        {
            if (owned is not null)
            {
                await owned.RollbackQuietlyAsync();
            }

            db.ChangeTracker.Clear();
            throw;
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }
}
