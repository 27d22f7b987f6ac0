using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.People;
using Tongban.Testing;
using Xunit.Abstractions;

namespace Tongban.Kernel.Tests.Imports;

public sealed class StreamingImportTests(ITestOutputHelper output)
{
    private const int Rows = 100_000;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_hundred_thousand_generated_rows_stream_through_with_progress_in_order(string provider)
    {
        await using var db = await OrgImportTests.CreateAsync(provider);
        var progress = new Recorder();
        await using var s = db.Open(CallerScope.System());
        var pipeline = s.ServiceProvider.GetRequiredService<ImportPipeline>();
        var definition = s.ServiceProvider.GetRequiredService<ImportCatalog>().Find("kernel.orgs")!;
        await using var file = new GeneratedOrgCsv(Rows);

        var result = await pipeline.RunAsync(definition, file, "generated.csv", progress, CancellationToken.None);

        foreach (var g in progress.Reports.GroupBy(p => (p.Phase, p.Table)))
        {
            output.WriteLine($"{g.Key}: {g.First().Ms} .. {g.Last().Ms} ms");
        }

        Assert.True(result.Accepted, string.Join("; ", result.Errors.Take(3)));
        Assert.Equal(Rows, result.RowsRead);
        Assert.Equal(Rows + (2L * Rows - 1), result.RowsWritten);

        // Progress arrives while rows stream, in increasing order per phase and table, and ends at the totals.
        foreach (var group in progress.Reports.GroupBy(p => (p.Phase, p.Table)))
        {
            var counts = group.Select(p => p.Rows).ToList();
            Assert.True(counts.Count >= 100, $"{group.Key}: only {counts.Count} reports");
            Assert.True(counts.Zip(counts.Skip(1)).All(pair => pair.Second > pair.First), $"{group.Key} went backwards");
        }

        Assert.Equal([ImportPhase.Validating, ImportPhase.Writing], progress.Reports.Select(p => p.Phase).Distinct());
        Assert.Equal(Rows, progress.Reports.Last(p => p.Phase == ImportPhase.Validating).Rows);
        Assert.Equal(Rows, progress.Reports.Last(p => p.Table == "kernel_orgs").Rows);
        Assert.Equal(2L * Rows - 1, progress.Reports.Last(p => p.Table == "kernel_org_closure").Rows);

        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        Assert.Equal(Rows, await k.Orgs.CountAsync());
        Assert.Equal(2 * Rows - 1, await k.OrgClosures.CountAsync());
    }

    /// <summary>Records progress synchronously, in the order the pipeline reports it.</summary>
    private sealed class Recorder : IProgress<ImportProgress>
    {
        private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();

        public List<(ImportPhase Phase, string? Table, long Rows, long Ms)> Reports { get; } = [];

        public void Report(ImportProgress value) => Reports.Add((value.Phase, value.Table, value.Rows, _clock.ElapsedMilliseconds));
    }

    /// <summary>
    /// A forward-only stream that writes an org file on the fly: one province root and
    /// <c>rows - 1</c> schools under it. It never holds more than one line.
    /// </summary>
    private sealed class GeneratedOrgCsv(int rows) : Stream
    {
        private byte[] _line = Encoding.UTF8.GetBytes("code,parent_code,level,kind,name_zh,name_en,division_code\n");
        private int _offset;
        private int _next;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => throw new NotSupportedException();
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var written = 0;
            while (written < count)
            {
                if (_offset == _line.Length)
                {
                    if (_next == rows)
                    {
                        break;
                    }

                    _line = Encoding.UTF8.GetBytes(_next == 0
                        ? "ROOT,,Province,EducationDepartment,北京市教育委员会,Beijing Education Commission,110000\n"
                        : $"S{_next},ROOT,Township,School,第{_next}小学,School {_next},110108\n");
                    _offset = 0;
                    _next++;
                }

                var n = Math.Min(count - written, _line.Length - _offset);
                Array.Copy(_line, _offset, buffer, offset + written, n);
                _offset += n;
                written += n;
            }

            return written;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
