using System.Data.Common;
using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Tongban.Epidemic.Cases;

namespace Tongban.Epidemic.Bench;

/// <summary>
/// The benchmarks' raw bulk path: cases already in memory written with typed values, on the
/// context's connection and inside its current transaction (binary COPY on PostgreSQL, one prepared
/// INSERT reused per row on SQLite). No parsing, checking, boxing or audit: the baseline the
/// import is measured against, and the fast way to fill a benchmark database.
/// </summary>
internal static class RawCaseWriter
{
    private static readonly string[] Columns =
    [
        "Id", "OrgId", "DistrictCode", "Class", "Origin", "FoundBy", "DiagnosisDate", "ReportedAtUtc", "ConvertedFromAsymptomatic",
        "PersonName", "AddressZh", "AddressEn", "IsolationPoint", "NationalityZh", "NationalityEn", "OriginZh", "OriginEn",
        "PortZh", "PortEn", "ArrivalDate", "TransferredOn", "InvestigatedOn", "ControlMeasuresOn", "DischargedOn",
    ];

    public static async Task WriteAsync(EpidemicDb db, IEnumerable<EpidemicCase> cases, CancellationToken ct)
    {
        var connection = db.Database.GetDbConnection();
        if (connection.State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(ct);
        }

        var tx = db.Database.CurrentTransaction?.GetDbTransaction();
        if (connection is NpgsqlConnection pg)
        {
            await CopyAsync(pg, cases, ct);
        }
        else
        {
            await InsertAsync((SqliteConnection)connection, (SqliteTransaction?)tx, cases, ct);
        }
    }

    private static async Task CopyAsync(NpgsqlConnection pg, IEnumerable<EpidemicCase> cases, CancellationToken ct)
    {
        var columns = string.Join(", ", Columns.Select(c => $"\"{c}\""));
        await using var import = await pg.BeginBinaryImportAsync($"COPY epidemic_cases ({columns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var c in cases)
        {
            await import.StartRowAsync(ct);
            await import.WriteAsync(c.Id, NpgsqlDbType.Uuid, ct);
            await import.WriteAsync(c.OrgId, NpgsqlDbType.Uuid, ct);
            await Text(import, c.DistrictCode, ct);
            await import.WriteAsync((int)c.Class, NpgsqlDbType.Integer, ct);
            await import.WriteAsync((int)c.Origin, NpgsqlDbType.Integer, ct);
            await import.WriteAsync((int)c.FoundBy, NpgsqlDbType.Integer, ct);
            await import.WriteAsync(c.DiagnosisDate, NpgsqlDbType.Date, ct);
            await import.WriteAsync(DateTime.SpecifyKind(c.ReportedAtUtc, DateTimeKind.Utc), NpgsqlDbType.TimestampTz, ct);
            await import.WriteAsync(c.ConvertedFromAsymptomatic, NpgsqlDbType.Boolean, ct);
            foreach (var s in new[] { c.PersonName, c.AddressZh, c.AddressEn, c.IsolationPoint, c.NationalityZh, c.NationalityEn, c.OriginZh, c.OriginEn, c.PortZh, c.PortEn })
            {
                await Text(import, s, ct);
            }

            foreach (var d in new[] { c.ArrivalDate, c.TransferredOn, c.InvestigatedOn, c.ControlMeasuresOn, c.DischargedOn })
            {
                if (d is { } date)
                {
                    await import.WriteAsync(date, NpgsqlDbType.Date, ct);
                }
                else
                {
                    await import.WriteNullAsync(ct);
                }
            }
        }

        await import.CompleteAsync(ct);
    }

    private static Task Text(NpgsqlBinaryImporter import, string? value, CancellationToken ct) =>
        value is null ? import.WriteNullAsync(ct) : import.WriteAsync(value, NpgsqlDbType.Varchar, ct);

    private static async Task InsertAsync(SqliteConnection connection, SqliteTransaction? tx, IEnumerable<EpidemicCase> cases, CancellationToken ct)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = tx;
        command.CommandText =
            $"INSERT INTO epidemic_cases ({string.Join(", ", Columns.Select(c => $"\"{c}\""))}) VALUES ({string.Join(", ", Columns.Select((_, i) => $"$p{i}"))})";
        var parameters = Columns.Select((_, i) => command.Parameters.Add(new SqliteParameter($"$p{i}", null))).ToArray();
        command.Prepare();
        foreach (var c in cases)
        {
            // EF Core's SQLite formats: GUIDs as upper-case text, dates as yyyy-MM-dd, instants as yyyy-MM-dd HH:mm:ss.FFFFFFF.
            object?[] values =
            [
                G(c.Id), G(c.OrgId), c.DistrictCode, (int)c.Class, (int)c.Origin, (int)c.FoundBy, D(c.DiagnosisDate),
                c.ReportedAtUtc.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture), c.ConvertedFromAsymptomatic ? 1 : 0,
                c.PersonName, c.AddressZh, c.AddressEn, c.IsolationPoint, c.NationalityZh, c.NationalityEn, c.OriginZh, c.OriginEn,
                c.PortZh, c.PortEn, D(c.ArrivalDate), D(c.TransferredOn), D(c.InvestigatedOn), D(c.ControlMeasuresOn), D(c.DischargedOn),
            ];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            await command.ExecuteNonQueryAsync(ct);
        }
    }

    private static string G(Guid g) => g.ToString().ToUpperInvariant();

    private static string? D(DateOnly? d) => d?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
