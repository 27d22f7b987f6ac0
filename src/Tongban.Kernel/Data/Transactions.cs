using System.Data.Common;
using Microsoft.EntityFrameworkCore.Storage;

namespace Tongban.Kernel.Data;

internal static class Transactions
{
    /// <summary>
    /// Rolls back after a failure without hiding it: when the failure broke the connection the
    /// server has already discarded the transaction, and the rollback's own error would mask the cause.
    /// </summary>
    public static async Task RollbackQuietlyAsync(this IDbContextTransaction transaction)
    {
        try
        {
            await transaction.RollbackAsync(CancellationToken.None);
        }
        catch (Exception e) when (e is ObjectDisposedException or InvalidOperationException or DbException)
        {
            // The original exception is rethrown by the caller.
        }
    }
}
