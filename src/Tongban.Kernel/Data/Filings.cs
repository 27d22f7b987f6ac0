using System.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Tongban.Kernel.Errors;

namespace Tongban.Kernel.Data;

/// <summary>
/// A filing whose rule reads before it writes ("one open transfer per person"): its check and its write run in
/// one serializable transaction, so two filings sent at once cannot both pass the check. SQLite serialises
/// writers (BEGIN IMMEDIATE: the second waits and reads the first's result); PostgreSQL's serializable
/// isolation fails the second (40001), which is refused as <c>records.concurrent-change</c> with nothing saved.
/// </summary>
public static class Filings
{
    public static async Task<T> SerializableAsync<T>(DbContext db, string record, Func<Task<T>> file, CancellationToken ct = default)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await file();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(IsolationLevel.Serializable, ct);
        try
        {
            var result = await file();
            await transaction.CommitAsync(ct);
            return result;
        }
        catch (Exception e) when (IsConflict(e))
        {
            await transaction.RollbackQuietlyAsync();
            db.ChangeTracker.Clear();
            throw new RuleViolation("id", "records.concurrent-change", $"The {record} was changed by another filing while this one was made; nothing was saved. Reload it and try again.", ("record", record));
        }
        catch
        {
            await transaction.RollbackQuietlyAsync();
            db.ChangeTracker.Clear();
            throw;
        }
    }

    /// <summary>A serialization failure or a unique key met, on either provider, wherever EF Core wrapped it.</summary>
    public static bool IsConflict(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case Npgsql.PostgresException p when p.SqlState is "40001" or "40P01" or "23505":
                case Microsoft.Data.Sqlite.SqliteException s when s.SqliteExtendedErrorCode is 2067 or 1555:
                case DbUpdateConcurrencyException:
                    return true;
            }
        }

        return false;
    }
}
