using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Data;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Orgs;

public sealed class LargeTreeTests
{
    // 1 central + 9 provinces + 90 prefectures + 900 counties + 99,000 townships = 100,000 nodes.
    private const int Provinces = 9;
    private const int PrefecturesEach = 10;
    private const int CountiesEach = 10;
    private const int TownshipsEach = 110;

    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task Descendant_queries_answer_from_the_closure_on_a_tree_of_100000_nodes(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var (batch, firstProvince, firstCounty, lastProvince, lastPrefecture) = Build();
        long reported = 0;
        await using (var s = db.Open(CallerScope.System("bulk")))
        {
            var written = await s.ServiceProvider.GetRequiredService<OrgTree>().ImportAsync(batch, new SyncProgress(n => reported = n), default);
            Assert.Equal(100_000, written);
        }

        Assert.Equal(100_000, reported);
        await using (var s = db.Open(CallerScope.System()))
        {
            var tree = s.ServiceProvider.GetRequiredService<OrgTree>();
            var k = s.ServiceProvider.GetRequiredService<KernelDb>();
            Assert.Equal(100_000, await tree.Descendants(batch[0].Id!.Value, includeSelf: true).CountAsync());
            Assert.Equal(1 + 10 + 100 + 11_000, await tree.Descendants(firstProvince, includeSelf: true).CountAsync());
            Assert.Equal(TownshipsEach, await tree.Descendants(firstCounty, includeSelf: false).CountAsync(o => o.Level == OrgLevel.Township));
            Assert.Equal(
                1 + (Provinces * 2) + (90 * 3) + (900 * 4) + (99_000 * 5),
                await k.OrgClosures.CountAsync());

            var import = await k.AuditEntries.SingleAsync(a => a.Action == "import");
            Assert.Equal(("OrgNode", "100000"), (import.SubjectType, import.SubjectId));

            // Moving a county with its 110 townships to the last prefecture keeps every count exact.
            await tree.MoveAsync(firstCounty, lastPrefecture, default);
        }

        await using (var s = db.Open(CallerScope.System()))
        {
            var tree = s.ServiceProvider.GetRequiredService<OrgTree>();
            Assert.Equal(1 + 10 + 100 + 11_000 - 111, await tree.Descendants(firstProvince, includeSelf: true).CountAsync());
            Assert.Equal(1 + 10 + 111 + 1_100, await tree.Descendants(lastPrefecture, includeSelf: true).CountAsync());
            Assert.Equal(100_000, await tree.Descendants(batch[0].Id!.Value, includeSelf: true).CountAsync());
            var ancestors = await tree.AncestorsAsync(batch.Last(n => n.ParentId == firstCounty).Id!.Value, default);
            Assert.Equal([batch[0].Id!.Value, lastProvince, lastPrefecture, firstCounty], ancestors.Select(a => a.Id));
            var verified = await s.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync(null, default);
            Assert.True(verified.Ok, verified.Reason);
        }
    }

    private static (List<NewOrg> Batch, Guid FirstProvince, Guid FirstCounty, Guid LastProvince, Guid LastPrefecture) Build()
    {
        var batch = new List<NewOrg>(100_000);
        var central = Guid.CreateVersion7();
        batch.Add(new NewOrg(null, OrgLevel.Central, OrgKind.FinanceDepartment, "财政部", "Ministry of Finance", "110000", central));
        Guid firstProvince = default, firstCounty = default, lastProvince = default, lastPrefecture = default;
        for (var p = 0; p < Provinces; p++)
        {
            var province = Guid.CreateVersion7();
            var code = 11 + p * 7;
            batch.Add(new NewOrg(central, OrgLevel.Province, OrgKind.FinanceDepartment, $"省{p}", $"Province {p}", $"{code}0000", province));
            firstProvince = p == 0 ? province : firstProvince;
            lastProvince = province;
            for (var f = 0; f < PrefecturesEach; f++)
            {
                var prefecture = Guid.CreateVersion7();
                batch.Add(new NewOrg(province, OrgLevel.Prefecture, OrgKind.FinanceDepartment, $"市{p}-{f}", $"City {p}-{f}", $"{code}{f + 1:00}00", prefecture));
                lastPrefecture = prefecture;
                for (var c = 0; c < CountiesEach; c++)
                {
                    var county = Guid.CreateVersion7();
                    var countyCode = $"{code}{f + 1:00}{c + 1:00}";
                    batch.Add(new NewOrg(prefecture, OrgLevel.County, OrgKind.FinanceDepartment, $"县{p}-{f}-{c}", $"County {p}-{f}-{c}", countyCode, county));
                    firstCounty = firstCounty == default ? county : firstCounty;
                    for (var w = 0; w < TownshipsEach; w++)
                    {
                        batch.Add(new NewOrg(county, OrgLevel.Township, OrgKind.AdministrativeUnit, $"乡{w}", $"Township {w}", countyCode, Guid.CreateVersion7()));
                    }
                }
            }
        }

        return (batch, firstProvince, firstCounty, lastProvince, lastPrefecture);
    }

    private sealed class SyncProgress(Action<long> report) : IProgress<long>
    {
        public void Report(long value) => report(value);
    }
}
