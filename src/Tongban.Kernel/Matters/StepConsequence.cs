using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace Tongban.Kernel.Matters;

/// <summary>
/// What a module's own records do when a step is taken on a matter of one of its workflows (a
/// request marked approved, cards disposed). The engine runs it inside the step's transaction,
/// whichever door took the step (the module's page, the matter page, the API), so the step and
/// its consequence land together or not at all.
/// </summary>
public interface IStepConsequence
{
    /// <summary>The workflows whose steps this follows.</summary>
    IReadOnlyCollection<string> Workflows { get; }

    /// <summary>
    /// Applies the step to the module's records. The caller's scope here also covers the matter's
    /// origin org: the step the engine accepted is the authority for that write. Write through a
    /// context enlisted with <see cref="TakenStep.EnlistAsync"/>, or the write is not part of the step.
    /// </summary>
    Task ApplyAsync(TakenStep step, CancellationToken ct);
}

/// <summary>A step the engine has accepted and written, not yet committed.</summary>
public sealed class TakenStep
{
    private readonly DbContext _kernel;
    private readonly List<DbContext> _enlisted = [];

    internal TakenStep(Matter matter, MatterEvent step, DbContext kernel)
    {
        Matter = matter;
        Step = step;
        _kernel = kernel;
    }

    public Matter Matter { get; }

    public MatterEvent Step { get; }

    /// <summary>
    /// Makes <paramref name="module"/> write on the step's connection and transaction. The context
    /// keeps that connection for the rest of its (request or circuit) life.
    /// </summary>
    public async Task EnlistAsync(DbContext module, CancellationToken ct)
    {
        var transaction = _kernel.Database.CurrentTransaction
            ?? throw new InvalidOperationException("A step's consequence runs inside the step's transaction.");
        if (module.Database.CurrentTransaction?.GetDbTransaction() == transaction.GetDbTransaction())
        {
            return;
        }

        module.Database.SetDbConnection(_kernel.Database.GetDbConnection());
        await module.Database.UseTransactionAsync(transaction.GetDbTransaction(), ct);
        _enlisted.Add(module);
    }

    /// <summary>
    /// After the step: the enlisted contexts let go of the transaction if the step owned it (a
    /// caller's own transaction stays theirs), and after a failure forget what they tracked, so a
    /// later save cannot write a consequence that did not happen.
    /// </summary>
    internal void Release(bool transactionEnded, bool failed)
    {
        foreach (var module in _enlisted)
        {
            if (transactionEnded)
            {
                module.Database.UseTransaction(null);
            }

            if (failed)
            {
                module.ChangeTracker.Clear();
            }
        }
    }
}
