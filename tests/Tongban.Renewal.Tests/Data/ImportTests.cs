using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Imports;
using Tongban.Renewal.Communities;
using Tongban.Testing;

namespace Tongban.Renewal.Tests.Data;

public sealed class ImportTests
{
    public static TheoryData<string> Providers => TestDatabase.Providers;

    private const string Header = "code,name,org,division_code,year_built,buildings,households,floor_area_m2\n";

    private static async Task<ImportResult> ImportAsync(RenewalWorld world, string csv)
    {
        await using var scope = world.As("district", (RenewalPermissions.DistrictRole, world.DistrictA));
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
        return await scope.ServiceProvider.GetRequiredService<ImportPipeline>().RunAsync(new CommunityImport(), stream, "communities.csv", null, default);
    }

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_file_of_communities_is_imported(string provider)
    {
        await using var world = await RenewalWorld.CreateAsync(provider);

        var result = await ImportAsync(world, Header + "HB-101,和平里小区,湖滨街道办事处,330102001,1988,8,420,26000.5\nHB-102,幸福村小区,Hubin street office,330102001,2003,3,150,9800\n");

        Assert.True(result.Accepted, string.Join("; ", result.Errors.Select(e => $"{e.Row} {e.Column} {e.Rule}")));
        await using var scope = world.AsSystem();
        var rows = await scope.ServiceProvider.GetRequiredService<RenovationService>().ListAsync(null);
        Assert.Equal([("HB-101", true), ("HB-102", false)], rows.Select(r => (r.Code, r.Priority)));
        Assert.All(rows, r => Assert.Equal(world.StreetA, r.OrgId));
    }

    /// <summary>Issue 16 item 5: an import file with a bad row is refused whole, row and column named; nothing is written.</summary>
    [Theory]
    [MemberData(nameof(Providers))]
    public async Task A_bad_row_refuses_the_whole_file(string provider)
    {
        await using var world = await RenewalWorld.CreateAsync(provider);

        var result = await ImportAsync(
            world,
            Header
            + "HB-201,和平里小区,湖滨街道办事处,330102001,1988,8,420,26000\n"
            + "HB-202,幸福村小区,湖滨街道办事处,33010,1990,3,150,9800\n"          // division code of 5 digits
            + "HB-203,光明路小区,米市巷街道办事处,330105001,1990,3,150,9800\n"   // not the importer's district
            + "HB-201,重复小区,湖滨街道办事处,330102001,1990,3,150,9800\n");     // the code again

        Assert.False(result.Accepted);
        Assert.Equal(
            [(2, "division_code", "renewal.division-code"), (3, "org", "renewal.not-permitted"), (4, "code", "renewal.code-taken")],
            result.Errors.Select(e => (e.Row, e.Column, e.Rule)));
        await using var scope = world.AsSystem();
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<RenewalDb>().Communities.CountAsync());
    }
}
