using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Npgsql;
using Tongban.Kernel.Data;

namespace Tongban.Bench;

/// <summary>
/// Plain ADO.NET on the benchmark's database, for the baselines: the values are written the way
/// the EF providers store them (SQLite: GUIDs as upper-case text, instants as text), so both
/// paths read and write the same rows.
/// </summary>
internal sealed class RawDb(DatabaseTarget target)
{
    public bool IsSqlite => target.Provider == DatabaseProvider.Sqlite;

    public async Task<DbConnection> OpenAsync(CancellationToken ct)
    {
        DbConnection conn = IsSqlite ? new SqliteConnection(target.ConnectionString) : new NpgsqlConnection(target.ConnectionString);
        await conn.OpenAsync(ct);
        return conn;
    }

    public object Key(Guid id) => IsSqlite ? id.ToString().ToUpperInvariant() : id;

    public object? Key(Guid? id) => id is { } v ? Key(v) : DBNull.Value;

    public object Instant(DateTime utc) => IsSqlite ? utc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture) : utc;

    public object Flag(bool value) => IsSqlite ? (value ? 1 : 0) : value;

    public static DbParameter Add(DbCommand cmd, string name, object? value = null)
    {
        var p = cmd.CreateParameter();
        p.ParameterName = name;
        p.Value = value ?? DBNull.Value;
        cmd.Parameters.Add(p);
        return p;
    }
}
