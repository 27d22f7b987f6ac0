using System.IO.Compression;
using Tongban.Kernel.Errors;

namespace Tongban.Kernel.Imports;

/// <summary>
/// Caps on an import from the web (issue 22 (12)): rows, and the expanded size of an XLSX (a 1.3 MB file expanded to a
/// million rows). The CLI imports without caps.
/// </summary>
public sealed record ImportLimits(long MaxRows, long MaxExpandedBytes)
{
    public const long DefaultMaxRows = 50_000;
    public const long DefaultMaxExpandedBytes = 100L * 1024 * 1024;

    public static ImportLimits Web { get; } = new(DefaultMaxRows, DefaultMaxExpandedBytes);

    /// <summary>Refuses an XLSX whose parts expand past <see cref="MaxExpandedBytes"/>, read from the zip directory before any part is opened.</summary>
    public void CheckExpandedSize(Stream xlsx)
    {
        long total;
        try
        {
            using var zip = new ZipArchive(xlsx, ZipArchiveMode.Read, leaveOpen: true);
            total = zip.Entries.Sum(e => e.Length);
        }
        catch (InvalidDataException)
        {
            throw new RuleViolation("file", "import.unreadable", "The file cannot be read. Nothing was imported.");
        }

        RuleViolation.ThrowIf(
            total > MaxExpandedBytes,
            "file",
            "import.too-large",
            $"The workbook expands to more than {MaxExpandedBytes / (1024 * 1024)} MB: import it with the command line (tongban import).",
            ("limitMb", MaxExpandedBytes / (1024 * 1024)));
    }
}
