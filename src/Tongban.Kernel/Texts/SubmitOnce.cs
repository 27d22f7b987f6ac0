namespace Tongban.Kernel.Texts;

/// <summary>
/// A page's guard against a double click (issue 23 (1)): while one submit runs, the page's buttons bind
/// <c>Disabled="_once.Busy"</c> and a second click that still arrives does nothing. Blazor runs a circuit's
/// events one at a time up to their first await, so the check and the mark cannot interleave. The filing
/// itself still refuses a second reservation of the same record; this keeps the clerk from seeing one.
/// </summary>
public sealed class SubmitOnce
{
    public bool Busy { get; private set; }

    public async Task RunAsync(Func<Task> submit)
    {
        if (Busy)
        {
            return;
        }

        Busy = true;
        try
        {
            await submit();
        }
        finally
        {
            Busy = false;
        }
    }
}
