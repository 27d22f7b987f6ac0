using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Modules;
using Tongban.Patents.Demo;
using Tongban.Patents.Portfolio;
using Tongban.Testing;

namespace Tongban.Patents.Tests.Data;

public sealed class DemoTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Demo_seeds_five_holders_with_about_5000_patents_of_all_types_and_states(string provider)
    {
        await using var world = await PatentsWorld.CreateAsync(provider);
        await using var scope = world.AsSystem();
        await PatentsDemo.SeedAsync(scope.ServiceProvider, new DemoContext(7, new Dictionary<string, Guid>()), default);

        var db = scope.ServiceProvider.GetRequiredService<PatentsDb>();
        var count = await db.Patents.CountAsync();
        Assert.InRange(count, 4900, 5100);
        var states = await db.Patents.Select(p => p.Status).Distinct().ToListAsync();
        Assert.Contains(LegalStatus.Lapsed, states);
        Assert.Contains(LegalStatus.Expired, states);
        Assert.Contains(LegalStatus.Pending, states);
        Assert.Equal(3, await db.Patents.Select(p => p.Type).Distinct().CountAsync());
        Assert.True(await db.FeePayments.AnyAsync(f => f.SurchargeFen > 0));
        Assert.Equal(21, await db.NationalPhases.Where(n => n.Office != "").GroupBy(n => n.PatentId).Select(g => g.Count()).MaxAsync());
        Assert.True(await db.Transformations.AnyAsync(t => t.Mode == Transformation.TransformationMode.Pledge));
        Assert.True(await db.Scores.AnyAsync());
    }
}
