using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Tongban.Kernel.Matters;

/// <summary>The last number given out under one prefix in one year ("ZC-2026" → 123).</summary>
public sealed class ReferenceCounter
{
    public string Key { get; set; } = "";

    public long Last { get; set; }
}

/// <summary>
/// Reference numbers as a registry office gives them: the prefix, the year, and the next number of that year
/// (ZC-2026-000123). A number drawn inside a transaction is given back if the transaction rolls back; two callers
/// never get the same one, as the counter row is taken and raised in one statement.
/// </summary>
public static class ReferenceNumbers
{
    public static string Format(string prefix, int year, long number) =>
        string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year}-{number:D6}");

    /// <summary>Draws the next reference of <paramref name="prefix"/> in <paramref name="year"/> on the context's connection and transaction.</summary>
    public static async Task<string> NextAsync(DbContext db, string prefix, int year, CancellationToken ct)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{prefix}-{year}");
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var command = db.Database.GetDbConnection().CreateCommand();
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            command.CommandText =
                "INSERT INTO kernel_reference_counters (\"Key\", \"Last\") VALUES (@key, 1) " +
                "ON CONFLICT (\"Key\") DO UPDATE SET \"Last\" = kernel_reference_counters.\"Last\" + 1 RETURNING \"Last\"";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@key";
            parameter.Value = key;
            command.Parameters.Add(parameter);
            var last = Convert.ToInt64(await command.ExecuteScalarAsync(ct), CultureInfo.InvariantCulture);
            return Format(prefix, year, last);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
