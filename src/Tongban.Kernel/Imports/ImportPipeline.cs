using System.Runtime.CompilerServices;
using System.Text.Json;
using CsvHelper;
using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;

namespace Tongban.Kernel.Imports;

public enum ImportPhase
{
    /// <summary>Pass 1: every row is read and checked; nothing is written.</summary>
    Validating,

    /// <summary>Pass 2: rows go into <see cref="ImportProgress.Table"/>.</summary>
    Writing,
}

/// <summary>How far an import is: rows read (validating) or rows written into a table (writing).</summary>
public sealed record ImportProgress(ImportPhase Phase, string? Table, long Rows);

/// <summary>
/// The outcome of an import. Refused: <see cref="Errors"/> holds the first
/// <see cref="ImportPipeline.MaxErrors"/> of <see cref="ErrorCount"/> errors and nothing was written.
/// </summary>
public sealed record ImportResult(bool Accepted, IReadOnlyList<ImportError> Errors, int ErrorCount, long RowsRead, long RowsWritten, string Sha256)
{
    /// <summary>The refusal as a <see cref="RuleViolation"/> naming the first bad row, column and rule.</summary>
    public RuleViolation? ToViolation()
    {
        if (Accepted)
        {
            return null;
        }

        var first = Errors[0];
        var more = ErrorCount > 1 ? $" ({ErrorCount - 1} more errors)" : "";
        var where = first.Row > 0 ? $"row {first.Row}, column {first.Column}" : $"column {first.Column}";
        return new RuleViolation(where, first.Rule, $"{where}: '{first.Value}': {first.Message}{more} Nothing was imported.", ("value", first.Value), ("more", more));
    }

    public void ThrowIfRefused()
    {
        if (ToViolation() is { } violation)
        {
            throw violation;
        }
    }
}

/// <summary>
/// Runs an import in two streamed passes. Pass 1 reads the whole file and checks every row; any
/// error refuses the file whole and nothing is written. Pass 2 reads it again and sends the rows
/// through the provider's bulk path in one transaction, together with one audit entry (action
/// "import", the import key, the row count and the file's SHA-256). On SQLite one read writes
/// every table, a file row's values for each table in turn; on PostgreSQL the file is read once per
/// table (COPY takes one table at a time).
/// </summary>
public sealed class ImportPipeline(IServiceProvider services)
{
    public const int MaxErrors = 1000;

    private const int ProgressEvery = 1000;

    /// <summary>As below, within <paramref name="limits"/> (the web's; null for the CLI, for files too big for the web).</summary>
    public Task<ImportResult> RunAsync(IImportDefinition definition, Stream file, string fileName, IProgress<ImportProgress>? progress, ImportLimits? limits, CancellationToken ct) =>
        RunAsync(definition, file, fileName, progress, limits, again: false, ct);

    /// <summary>
    /// Imports <paramref name="file"/>; its extension (.csv or .xlsx) says how to read it. A CSV
    /// file that is not valid UTF-8 is read as GB18030 when the whole file is GB18030 (see CsvRefusalAsync). If the context is already in a
    /// transaction, the import joins it and the caller commits.
    /// </summary>
    public Task<ImportResult> RunAsync(
        IImportDefinition definition,
        Stream file,
        string fileName,
        IProgress<ImportProgress>? progress,
        CancellationToken ct) =>
        RunAsync(definition, file, fileName, progress, null, again: false, ct);

    /// <summary>As below, without size limits.</summary>
    public Task<ImportResult> RunAsync(IImportDefinition definition, Stream file, string fileName, IProgress<ImportProgress>? progress, bool again, CancellationToken ct) =>
        RunAsync(definition, file, fileName, progress, null, again, ct);

    /// <summary>
    /// As above; a file whose SHA-256 the audit already records for this import is refused
    /// (import.already-imported) unless <paramref name="again"/> confirms it: rows without a natural key
    /// (epidemic cases) would be doubled by a second import.
    /// </summary>
    public async Task<ImportResult> RunAsync(
        IImportDefinition definition,
        Stream file,
        string fileName,
        IProgress<ImportProgress>? progress,
        ImportLimits? limits,
        bool again,
        CancellationToken ct)
    {
        var kind = Path.GetExtension(fileName).ToLowerInvariant() switch
        {
            ".csv" => ImportFileKind.Csv,
            ".xlsx" => ImportFileKind.Xlsx,
            _ => throw new RuleViolation("fileName", "import.file-type", $"'{fileName}' is neither a .csv nor an .xlsx file.", ("fileName", fileName)),
        };

        // Two passes need a seekable stream; anything else is spooled to a temporary file first.
        await using var spool = file.CanSeek ? null : await SpoolAsync(file, ct);
        var source = spool ?? file;
        var start = source.Position;
        if (limits is not null && kind == ImportFileKind.Xlsx)
        {
            limits.CheckExpandedSize(source);
            source.Position = start;
        }

        var inspection = await ImportSource.InspectAsync(source, ct);
        var sha256 = inspection.Sha256;
        if (kind == ImportFileKind.Csv && await CsvRefusalAsync(inspection, source, start, ct) is { } refusal)
        {
            return new ImportResult(false, [refusal], 1, 0, 0, sha256);
        }

        if (kind == ImportFileKind.Csv && inspection.BadUtf8Offset is not null)
        {
            kind = ImportFileKind.CsvGb18030;
        }

        var run = await definition.BeginAsync(services, ct);
        if (!again && await ImportedBeforeAsync(run.Context, definition.Key, sha256, ct))
        {
            return new ImportResult(false, [new ImportError(0, "file", sha256, "import.already-imported", $"This file (SHA-256 {sha256}) was already imported into {definition.Key}; import it again only with --again (API: again=true).")], 1, 0, 0, sha256);
        }

        // Pass 1: validate everything, write nothing.
        var errors = new ErrorSink();
        long rowsRead = 0;
        source.Position = start;
        await foreach (var row in RowsAsync(definition, source, kind, errors.Add, ct))
        {
            await run.ValidateAsync(row, ct);
            foreach (var error in row.Errors)
            {
                errors.Add(error);
            }

            if (++rowsRead % ProgressEvery == 0)
            {
                progress?.Report(new ImportProgress(ImportPhase.Validating, null, rowsRead));
            }

            // Issue 22 (12): a web import stops reading past its row cap, instead of spending the server on a million rows.
            if (limits is not null && rowsRead > limits.MaxRows)
            {
                errors.Add(new ImportError((int)Math.Min(rowsRead + 1, int.MaxValue), "", "", "import.too-many-rows", $"The file has more than {limits.MaxRows} rows: import it with the command line (tongban import)."));
                return new ImportResult(false, errors.Kept, errors.Count, rowsRead, 0, sha256);
            }
        }

        if (rowsRead % ProgressEvery != 0)
        {
            progress?.Report(new ImportProgress(ImportPhase.Validating, null, rowsRead));
        }

        if (rowsRead == 0 && errors.Count == 0)
        {
            errors.Add(new ImportError(0, "", "", "import.empty", "The file has no data rows."));
        }

        if (errors.Count > 0)
        {
            return new ImportResult(false, errors.Kept, errors.Count, rowsRead, 0, sha256);
        }

        // Pass 2: one transaction for every table and the audit entry.
        var ctx = run.Context;
        long written = 0;
        var own = ctx.Database.CurrentTransaction is null;
        await using (var tx = own ? await ctx.Database.BeginTransactionAsync(ct) : null)
        {
            if (run.Targets.Count > 1 && !ctx.Database.IsNpgsql())
            {
                // SQLite takes the tables in turn on one connection: one more read of the file writes them all.
                source.Position = start;
                var tableProgress = run.Targets.Select(t => progress is null ? null : (IProgress<long>)new TableProgress(progress, t.Table)).ToList();
                var counts = await BulkWriter.WriteInterleavedAsync(ctx, run.Targets, AllTargetRowsAsync(definition, run, source, kind, ct), tableProgress, ct);
                written = counts.Sum();
            }
            else
            {
                // PostgreSQL's COPY takes one table at a time: one read of the file per table.
                foreach (var (target, index) in run.Targets.Select((t, i) => (t, i)))
                {
                    source.Position = start;
                    var rows = TargetRowsAsync(definition, run, index, source, kind, ct);
                    var tableProgress = progress is null ? null : new TableProgress(progress, target.Table);
                    written += await BulkWriter.WriteAsync(ctx, target.Table, target.Columns, rows, tableProgress, ct);
                }
            }

            var diff = JsonSerializer.Serialize(new SortedDictionary<string, object?[]>(StringComparer.Ordinal)
            {
                ["file"] = [null, Path.GetFileName(fileName)],
                ["rows"] = [null, rowsRead],
                ["sha256"] = [null, sha256],
                ["written"] = [null, written],
            });
            Audit(ctx, new AuditNote("import", "Import", definition.Key, run.AuditOrgId, diff));
            await ctx.SaveChangesAsync(ct);
            if (tx is not null)
            {
                await tx.CommitAsync(ct);
            }
        }

        return new ImportResult(true, [], 0, rowsRead, written, sha256);
    }

    /// <summary>Counts every error and keeps the first <see cref="MaxErrors"/>.</summary>
    private sealed class ErrorSink
    {
        public List<ImportError> Kept { get; } = [];

        public int Count { get; private set; }

        public void Add(ImportError error)
        {
            Count++;
            if (Kept.Count < MaxErrors)
            {
                Kept.Add(error);
            }
        }
    }

    /// <summary>
    /// The data rows of the file as <see cref="ImportRow"/>s in the definition's column order,
    /// after checking the header: a missing, unknown or repeated column is reported (row 0) and
    /// no row is read.
    /// </summary>
    /// <summary>Whether the audit records an import of the same file (same SHA-256) under the same key.</summary>
    private static Task<bool> ImportedBeforeAsync(DbContext ctx, string key, string sha256, CancellationToken ct) =>
        ctx.Set<AuditEntry>().IgnoreQueryFilters().AsNoTracking()
            .AnyAsync(a => a.Action == "import" && a.SubjectId == key && a.Diff.Contains(sha256), ct);

    /// <summary>
    /// Issue 23 (3): the encoding is decided by strict decoding, UTF-8 (with or without BOM), else GB18030 only
    /// if no UTF-8 character came before the first invalid byte and the whole file decodes strictly; a file in neither is refused naming the row, column and byte offset of the
    /// first invalid sequence. A file that ends inside a quoted field was cut short and is refused too.
    /// </summary>
    private static async Task<ImportError?> CsvRefusalAsync(FileInspection file, Stream source, long start, CancellationToken ct)
    {
        if (file.BadUtf8Offset is { } offset)
        {
            // Chinese UTF-8 bytes mostly pair up as valid GB18030 too, so strict GB18030 decoding alone would
            // accept a damaged UTF-8 file garbled: once UTF-8 characters came before the bad byte, the file is UTF-8.
            source.Position = start;
            if (file.Utf8Text || !await ImportSource.IsGb18030Async(source, ct))
            {
                var column = file.BadColumn < file.Header.Count && file.BadRecord > 0 ? file.Header[file.BadColumn] : $"#{file.BadColumn + 1}";
                return new ImportError(file.BadRecord, column, $"0x{offset:X}", "import.encoding", $"The byte at offset {offset} is neither UTF-8 nor GB18030 (a file cut inside a character, or another encoding); save the file as UTF-8 and import it again.");
            }
        }

        return file.EndsInQuotes
            ? new ImportError(Math.Max(file.Records, 1), "", "", "import.truncated", "The file ends inside a quoted field: it was cut short. Import the whole file.")
            : null;
    }

    private static async IAsyncEnumerable<ImportRow> RowsAsync(
        IImportDefinition definition,
        Stream stream,
        ImportFileKind kind,
        Action<ImportError> headerError,
        [EnumeratorCancellation] CancellationToken ct)
    {
        var columns = definition.Columns;
        var index = new Dictionary<ImportColumn, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < columns.Count; i++)
        {
            index[columns[i]] = i;
        }

        int[]? positions = null;
        var number = 0;
        var records = ImportSource.ReadAsync(stream, kind, ct).GetAsyncEnumerator(ct);
        try
        {
            while (true)
            {
                try
                {
                    if (!await records.MoveNextAsync())
                    {
                        yield break;
                    }
                }
                catch (Exception e) when (e is CsvFormatException or InvalidDataException or System.Xml.XmlException)
                {
                    // A broken quote in a CSV, or an .xlsx that is not a workbook.
                    headerError(new ImportError(positions is null ? 0 : number + 1, "", "", "import.unreadable", e.Message));
                    yield break;
                }

                var record = records.Current;
                if (positions is null)
                {
                    positions = MapHeader(columns, record, headerError);
                    if (positions is null)
                    {
                        yield break;
                    }

                    continue;
                }

                var cells = new string[columns.Count];
                for (var c = 0; c < cells.Length; c++)
                {
                    cells[c] = positions[c] < record.Length ? record[positions[c]] : "";
                }

                yield return new ImportRow(++number, index, cells);
            }
        }
        finally
        {
            await records.DisposeAsync();
        }
    }

    /// <summary>Where each declared column is in the file, or null after reporting what is wrong.</summary>
    private static int[]? MapHeader(IReadOnlyList<ImportColumn> columns, string[] header, Action<ImportError> error)
    {
        var positions = new int[columns.Count];
        var ok = true;
        for (var c = 0; c < columns.Count; c++)
        {
            var found = Enumerable.Range(0, header.Length).Where(i => columns[c].Matches(header[i])).ToList();
            if (found.Count != 1)
            {
                var (rule, what) = found.Count == 0 ? ("import.column-missing", "is missing") : ("import.column-repeated", "appears more than once");
                error(new ImportError(0, columns[c].Name, "", rule, $"Column '{columns[c].Name}' ({columns[c].TitleZh}) {what} in the header."));
                ok = false;
                continue;
            }

            positions[c] = found[0];
        }

        foreach (var name in header.Where(h => h.Trim().Length > 0 && !columns.Any(c => c.Matches(h))))
        {
            error(new ImportError(0, name, name, "import.column-unknown", $"Column '{name}' is not one of: {string.Join(", ", columns.Select(c => c.Name))}."));
            ok = false;
        }

        return ok ? positions : null;
    }

    private static async IAsyncEnumerable<object?[]> TargetRowsAsync(
        IImportDefinition definition,
        IImportRun run,
        int target,
        Stream stream,
        ImportFileKind kind,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in RowsAsync(definition, stream, kind, e => throw new InvalidOperationException(e.Message), ct))
        {
            foreach (var values in run.RowsFor(target, row))
            {
                yield return values;
            }
        }
    }

    /// <summary>Every table's rows of each file row, the tables in order, tagged with the table's index.</summary>
    private static async IAsyncEnumerable<(int Target, object?[] Values)> AllTargetRowsAsync(
        IImportDefinition definition,
        IImportRun run,
        Stream stream,
        ImportFileKind kind,
        [EnumeratorCancellation] CancellationToken ct)
    {
        await foreach (var row in RowsAsync(definition, stream, kind, e => throw new InvalidOperationException(e.Message), ct))
        {
            for (var target = 0; target < run.Targets.Count; target++)
            {
                foreach (var values in run.RowsFor(target, row))
                {
                    yield return (target, values);
                }
            }
        }
    }

    private static void Audit(DbContext ctx, AuditNote note)
    {
        switch (ctx)
        {
            case KernelDb kernel:
                kernel.Audit(note);
                break;
            case TongbanDbContext module:
                module.Audit(note);
                break;
            default:
                throw new InvalidOperationException($"{ctx.GetType().Name} is not a Tongban context and cannot record the import's audit entry.");
        }
    }

    private static async Task<FileStream> SpoolAsync(Stream file, CancellationToken ct)
    {
        var path = Path.Combine(Path.GetTempPath(), $"tongban-import-{Guid.NewGuid():N}.tmp");
        var spool = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        await file.CopyToAsync(spool, ct);
        spool.Position = 0;
        return spool;
    }

    /// <summary>Reports rows written into one table, synchronously and in order.</summary>
    private sealed class TableProgress(IProgress<ImportProgress> progress, string table) : IProgress<long>
    {
        public void Report(long value) => progress.Report(new ImportProgress(ImportPhase.Writing, table, value));
    }
}
