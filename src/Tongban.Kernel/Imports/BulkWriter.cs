using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Tongban.Kernel.Imports;

/// <summary>
/// Each provider's fast path for many rows, inside the context's current transaction: on SQLite
/// one prepared INSERT whose parameters are reused for every row; on PostgreSQL binary COPY.
/// Values are CLR values (Guid, string, long, int, bool, DateOnly, UTC DateTime, decimal) in the
/// representation EF uses for the column; enums come as the strings EF stores.
/// </summary>
public static class BulkWriter
{
    private const int ProgressEvery = 1000;

    /// <summary>Writes <paramref name="rows"/> into <paramref name="table"/>; returns the number written.</summary>
    public static async Task<long> WriteAsync(
        DbContext ctx,
        string table,
        IReadOnlyList<string> columns,
        IAsyncEnumerable<object?[]> rows,
        IProgress<long>? progress,
        CancellationToken ct)
    {
        var owned = ctx.Database.CurrentTransaction is null ? await ctx.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var written = ctx.Database.IsNpgsql()
                ? await CopyAsync((NpgsqlConnection)ctx.Database.GetDbConnection(), table, columns, rows, progress, ct)
                : await InsertAsync(ctx.Database.GetDbConnection(), ctx.Database.CurrentTransaction!.GetDbTransaction(), table, columns, rows, progress, ct);
            if (owned is not null)
            {
                await owned.CommitAsync(ct);
            }

            return written;
        }
        finally
        {
            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }

    private static async Task<long> InsertAsync(
        DbConnection connection,
        DbTransaction transaction,
        string table,
        IReadOnlyList<string> columns,
        IAsyncEnumerable<object?[]> rows,
        IProgress<long>? progress,
        CancellationToken ct)
    {
        await using var insert = PreparedInsert.Create(connection, transaction, table, columns);
        long count = 0;
        await foreach (var row in rows.WithCancellation(ct))
        {
            await insert.ExecuteAsync(row, count, ct);
            if (++count % ProgressEvery == 0)
            {
                progress?.Report(count);
            }
        }

        if (count % ProgressEvery != 0)
        {
            progress?.Report(count);
        }

        return count;
    }

    /// <summary>
    /// Writes rows into several tables in one pass, each row tagged with the index of its table in
    /// <paramref name="targets"/>; returns the number written into each. SQLite only (one prepared INSERT per
    /// table, used in turn): PostgreSQL's COPY takes one table at a time on a connection, so there the rows go
    /// table by table through <see cref="WriteAsync"/>. Rows are written in the order they come, so a row may
    /// refer to rows that came before it in any table.
    /// </summary>
    public static async Task<long[]> WriteInterleavedAsync(
        DbContext ctx,
        IReadOnlyList<ImportTarget> targets,
        IAsyncEnumerable<(int Target, object?[] Values)> rows,
        IReadOnlyList<IProgress<long>?> progress,
        CancellationToken ct)
    {
        if (ctx.Database.IsNpgsql())
        {
            throw new NotSupportedException("PostgreSQL's COPY writes one table at a time on a connection; write the tables one after another.");
        }

        var owned = ctx.Database.CurrentTransaction is null ? await ctx.Database.BeginTransactionAsync(ct) : null;
        var inserts = new PreparedInsert[targets.Count];
        try
        {
            var connection = ctx.Database.GetDbConnection();
            var transaction = ctx.Database.CurrentTransaction!.GetDbTransaction();
            for (var t = 0; t < targets.Count; t++)
            {
                inserts[t] = PreparedInsert.Create(connection, transaction, targets[t].Table, targets[t].Columns);
            }

            var counts = new long[targets.Count];
            await foreach (var (target, values) in rows.WithCancellation(ct))
            {
                await inserts[target].ExecuteAsync(values, counts[target], ct);
                if (++counts[target] % ProgressEvery == 0)
                {
                    progress[target]?.Report(counts[target]);
                }
            }

            for (var t = 0; t < counts.Length; t++)
            {
                if (counts[t] % ProgressEvery != 0)
                {
                    progress[t]?.Report(counts[t]);
                }
            }

            if (owned is not null)
            {
                await owned.CommitAsync(ct);
            }

            return counts;
        }
        finally
        {
            foreach (var insert in inserts)
            {
                if (insert is not null)
                {
                    await insert.DisposeAsync();
                }
            }

            if (owned is not null)
            {
                await owned.DisposeAsync();
            }
        }
    }

    /// <summary>A prepared SQLite INSERT into one table whose parameters are reused for every row.</summary>
    private sealed class PreparedInsert : IAsyncDisposable
    {
        private readonly DbCommand _cmd;
        private readonly DbParameter[] _parameters;

        private PreparedInsert(DbCommand cmd, DbParameter[] parameters)
        {
            _cmd = cmd;
            _parameters = parameters;
        }

        public static PreparedInsert Create(DbConnection connection, DbTransaction transaction, string table, IReadOnlyList<string> columns)
        {
            var cmd = connection.CreateCommand();
            cmd.Transaction = transaction;
            cmd.CommandText = $"INSERT INTO {Quote(table)} ({string.Join(", ", columns.Select(Quote))}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
            var parameters = new DbParameter[columns.Count];
            for (var i = 0; i < columns.Count; i++)
            {
                parameters[i] = cmd.CreateParameter();
                parameters[i].ParameterName = "$p" + i;
                cmd.Parameters.Add(parameters[i]);
            }

            cmd.Prepare();
            return new PreparedInsert(cmd, parameters);
        }

        public async Task ExecuteAsync(object?[] row, long index, CancellationToken ct)
        {
            CheckArity(row, _parameters.Length, index);
            for (var i = 0; i < row.Length; i++)
            {
                _parameters[i].Value = SqliteValue(row[i]);
            }

            await _cmd.ExecuteNonQueryAsync(ct);
        }

        public ValueTask DisposeAsync() => _cmd.DisposeAsync();
    }

    private static async Task<long> CopyAsync(
        NpgsqlConnection connection,
        string table,
        IReadOnlyList<string> columns,
        IAsyncEnumerable<object?[]> rows,
        IProgress<long>? progress,
        CancellationToken ct)
    {
        var sql = $"COPY {Quote(table)} ({string.Join(", ", columns.Select(Quote))}) FROM STDIN (FORMAT BINARY)";
        long count = 0;
        await using (var importer = await connection.BeginBinaryImportAsync(sql, ct))
        {
            await foreach (var row in rows.WithCancellation(ct))
            {
                CheckArity(row, columns.Count, count);
                await importer.StartRowAsync(ct);
                foreach (var value in row)
                {
                    if (value is null)
                    {
                        await importer.WriteNullAsync(ct);
                    }
                    else
                    {
                        await WritePgAsync(importer, value, ct);
                    }
                }

                if (++count % ProgressEvery == 0)
                {
                    progress?.Report(count);
                }
            }

            await importer.CompleteAsync(ct);
        }

        if (count % ProgressEvery != 0)
        {
            progress?.Report(count);
        }

        return count;
    }

    private static Task WritePgAsync(NpgsqlBinaryImporter importer, object value, CancellationToken ct) => value switch
    {
        Guid g => importer.WriteAsync(g, NpgsqlDbType.Uuid, ct),
        string s => importer.WriteAsync(s, NpgsqlDbType.Text, ct),
        long l => importer.WriteAsync(l, NpgsqlDbType.Bigint, ct),
        int i => importer.WriteAsync(i, NpgsqlDbType.Integer, ct),
        bool b => importer.WriteAsync(b, NpgsqlDbType.Boolean, ct),
        DateOnly d => importer.WriteAsync(d, NpgsqlDbType.Date, ct),
        DateTime t => importer.WriteAsync(t, NpgsqlDbType.TimestampTz, ct),
        decimal m => importer.WriteAsync(m, NpgsqlDbType.Numeric, ct),
        _ => throw new NotSupportedException($"The bulk writer has no PostgreSQL type for {value.GetType().Name}."),
    };

    /// <summary>The value as EF Core's SQLite provider stores it (Guid and dates as text, bool as 0/1).</summary>
    private static object SqliteValue(object? value) => value switch
    {
        null => DBNull.Value,
        Guid g => g.ToString().ToUpperInvariant(),
        string or long or int => value,
        bool b => b ? 1L : 0L,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime t => t.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.0###########################", CultureInfo.InvariantCulture),
        _ => throw new NotSupportedException($"The bulk writer has no SQLite form for {value.GetType().Name}."),
    };

    private static void CheckArity(object?[] row, int columns, long index)
    {
        if (row.Length != columns)
        {
            throw new ArgumentException($"Row {index + 1} has {row.Length} values for {columns} columns.", nameof(row));
        }
    }

    private static string Quote(string identifier) => "\"" + identifier.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
