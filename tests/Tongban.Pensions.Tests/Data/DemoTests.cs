using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Modules;
using Tongban.Pensions.Transfers;
using Tongban.Testing;

namespace Tongban.Pensions.Tests.Data;

public sealed class DemoTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Demo_has_spouses_and_transfers_at_every_step_some_overdue(string provider)
    {
        await using var world = await PensionsWorld.CreateAsync(provider);
        await using (var seed = world.AsSystem())
        {
            var demo = new DemoContext(42, new Dictionary<string, Guid> { ["central-finance"] = world.Root });
            await Demo.PensionsDemo.SeedAsync(seed.ServiceProvider, demo, default, persons: 25);
            await Demo.PensionsDemo.SeedAsync(seed.ServiceProvider, demo, default, persons: 25);
        }

        await using var scope = world.AsSystem();
        var db = scope.ServiceProvider.GetRequiredService<PensionsDb>();
        var steps = await db.Transfers.Select(t => t.Step).Distinct().ToListAsync();
        var today = new DateOnly(2025, 9, 26);

        Assert.Equal(25, await db.Persons.CountAsync());
        Assert.True(await db.Periods.CountAsync(p => p.Sealed) > 0);
        Assert.True(await db.Contributions.CountAsync(c => c.Month < 199801) > 0);
        Assert.Equal(Enum.GetValues<TransferStep>().Order(), steps.Order());
        Assert.True(await db.Transfers.CountAsync(t => t.DueOn < today && t.Step != TransferStep.Completed) > 0);
        Assert.True(await db.Transfers.CountAsync(t => t.Step == TransferStep.Completed && t.PersonalAccountFen > 0) > 0);
    }
}
