using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Matters;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Imports;

public sealed class BulkWriterTests
{
    private static readonly string[] Columns =
    [
        "Id", "OrgId", "Workflow", "Reference", "Title", "SubjectType", "SubjectId", "State",
        "StateEnteredUtc", "DueOn", "DueUtc", "Closed", "CreatedUtc", "Data", "AmountFen", "OriginOrgId", "Version",
    ];

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bulk_rows_read_back_through_ef_with_every_value_type_intact(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var s = db.Open(CallerScope.System());
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        var id = Guid.CreateVersion7();
        var org = Guid.CreateVersion7();
        var entered = new DateTime(2025, 9, 26, 1, 2, 3, 456, DateTimeKind.Utc);

        var written = await BulkWriter.WriteAsync(
            k,
            "kernel_matters",
            Columns,
            Rows(
                [id, org, "disposal", "DSP-1", "报废申请", "Card", "42", "submitted", entered, new DateOnly(2025, 10, 17), entered.AddDays(21), true, entered, "{}", 123456789012L, org, 1],
                [Guid.CreateVersion7(), org, "disposal", "DSP-2", "", "", "", "draft", entered, null, null, false, entered, "{}", null, org, 1]),
            null,
            CancellationToken.None);

        Assert.Equal(2, written);
        var m = await k.Matters.AsNoTracking().SingleAsync(x => x.Id == id);
        Assert.Equal((org, "报废申请", entered, new DateOnly(2025, 10, 17), entered.AddDays(21), true, 123456789012L), (m.OrgId, m.Title, m.StateEnteredUtc, m.DueOn, m.DueUtc, m.Closed, m.AmountFen));
        Assert.Equal(1, await k.Matters.CountAsync(x => x.DueOn == null && !x.Closed && x.AmountFen == null));
        Assert.Equal(1, await k.Matters.CountAsync(x => x.DueUtc > entered && x.OrgId == org));
    }

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Bulk_rows_roll_back_with_the_transaction_they_were_written_in(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await using var s = db.Open(CallerScope.System());
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        await using (var tx = await k.Database.BeginTransactionAsync())
        {
            var entered = new DateTime(2025, 9, 26, 1, 0, 0, DateTimeKind.Utc);
            await BulkWriter.WriteAsync(
                k,
                "kernel_matters",
                Columns,
                Rows([Guid.CreateVersion7(), Guid.CreateVersion7(), "w", "R-1", "", "", "", "s", entered, null, null, false, entered, "{}", null, Guid.CreateVersion7(), 1]),
                null,
                CancellationToken.None);
            Assert.Equal(1, await k.Matters.CountAsync());
            await tx.RollbackAsync();
        }

        Assert.Equal(0, await k.Matters.CountAsync());
    }

    [Fact]
    public async Task A_row_with_the_wrong_number_of_values_is_refused()
    {
        await using var db = await TestDatabase.CreateAsync("sqlite");
        await using var s = db.Open(CallerScope.System());
        var k = s.ServiceProvider.GetRequiredService<KernelDb>();
        await Assert.ThrowsAsync<ArgumentException>(() => BulkWriter.WriteAsync(k, "kernel_matters", Columns, Rows([Guid.NewGuid()]), null, CancellationToken.None));
        Assert.Equal(0, await k.Matters.CountAsync());
    }

    private static async IAsyncEnumerable<object?[]> Rows(params object?[][] rows)
    {
        foreach (var row in rows)
        {
            await Task.Yield();
            yield return row;
        }
    }
}
