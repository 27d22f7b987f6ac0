using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Data;
using Tongban.Kernel.Matters;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Kernel.Tests.Data;

public sealed class ScopeSmokeTests
{
    [Theory]
    [MemberData(nameof(TestDatabase.Providers), MemberType = typeof(TestDatabase))]
    public async Task A_caller_counts_only_matters_of_granted_orgs(string provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var root = Guid.CreateVersion7();
        var child = Guid.CreateVersion7();
        var other = Guid.CreateVersion7();
        await using (var s = db.Open(CallerScope.System()))
        {
            var k = s.ServiceProvider.GetRequiredService<KernelDb>();
            k.OrgClosures.AddRange(
                new OrgClosure { AncestorId = root, DescendantId = root },
                new OrgClosure { AncestorId = root, DescendantId = child, Distance = 1 },
                new OrgClosure { AncestorId = child, DescendantId = child },
                new OrgClosure { AncestorId = other, DescendantId = other });
            foreach (var (org, i) in new[] { (root, 1), (child, 2), (other, 3) })
            {
                k.Matters.Add(new Matter { Id = Guid.CreateVersion7(), OrgId = org, Workflow = "w", Reference = $"R{i}", State = "s" });
            }

            await k.SaveChangesAsync();
        }

        var grants = new[] { new Grant { Role = "x", OrgId = root, CoversDescendants = true } };
        await using (var s = db.Open(CallerScope.ForUser(Guid.NewGuid(), "u", grants)))
        {
            var k = s.ServiceProvider.GetRequiredService<KernelDb>();
            Assert.Equal(2, await k.Matters.CountAsync());
            Assert.Equal(3, await k.AuditEntries.IgnoreQueryFilters().CountAsync());
        }
    }
}
