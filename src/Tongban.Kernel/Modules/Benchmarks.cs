using Tongban.Kernel.Data;

namespace Tongban.Kernel.Modules;

/// <summary>
/// One benchmark of <c>tongban bench</c>: our code path against a raw-database baseline doing the
/// same work, in the same process and run, so the ratio survives noisy machines. The kernel and
/// every module contribute theirs (<see cref="ITongbanModule.Benchmarks"/>).
/// </summary>
public interface IBenchmark
{
    /// <summary>Stable name, e.g. "audit-append" or "assets.depreciation-run".</summary>
    string Name { get; }

    string Description { get; }

    /// <summary>Prepares the data once on a fresh, migrated database; the run is timed repeatedly.</summary>
    Task<IBenchmarkRun> PrepareAsync(BenchmarkContext context, CancellationToken ct);
}

/// <summary>A prepared benchmark: both paths do <see cref="Operations"/> units of the same work per call.</summary>
public interface IBenchmarkRun : IAsyncDisposable
{
    /// <summary>Units of work per call of either path (rows appended, requests served, queries run).</summary>
    int Operations { get; }

    /// <summary>What one unit is, for the printed rate ("appends", "requests", "queries").</summary>
    string Unit { get; }

    Task OursAsync(CancellationToken ct);

    Task BaselineAsync(CancellationToken ct);

    /// <summary>Checks that both paths did the same work (e.g. same row count); throws when not.</summary>
    Task VerifyAsync(CancellationToken ct);
}

/// <summary>What a benchmark gets: the database, the suite's services on it, a size and progress.</summary>
public sealed class BenchmarkContext(DatabaseTarget target, IServiceProvider services, int size, IProgress<string> progress)
{
    public DatabaseTarget Target { get; } = target;

    /// <summary>The suite's services on <see cref="Target"/> (a migrated database).</summary>
    public IServiceProvider Services { get; } = services;

    /// <summary>Work per call (the default is the benchmark's own when 0).</summary>
    public int Size { get; } = size;

    public IProgress<string> Progress { get; } = progress;
}
