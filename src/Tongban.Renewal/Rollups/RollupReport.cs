using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Renewal.Communities;

namespace Tongban.Renewal.Rollups;

/// <summary>One line of a roll-up: a child org (or, at the lowest level, a community) with its figures to date and for the year.</summary>
public sealed record RollupLine(Guid? OrgId, Guid? CommunityId, string NameZh, string NameEn, int Communities, int Started, int Completed, long Households, long Facilities,
    long FundingFen, int StartedInYear, int CompletedInYear, int? PlannedInYear, decimal? Rate);

/// <summary>One year of the org's series: its plan, the communities started and completed in it, and the completion rate.</summary>
public sealed record RollupYear(int Year, int? Planned, int Started, int Completed, long Households, long Facilities, decimal? Rate);

public sealed record ChannelTotal(FundingChannel Channel, long AmountFen);

public sealed record RollupView(Guid OrgId, Guid? ParentId, string NameZh, string NameEn, OrgLevel Level, int Year, RollupLine Total, IReadOnlyList<RollupLine> Lines,
    IReadOnlyList<RollupYear> Years, IReadOnlyList<ChannelTotal> Funding);

/// <summary>
/// Roll-ups along the org tree (issue 16 item 2: community, street, district, city, province, nation): the database
/// groups the communities by owning org and year started and completed, and the groups are summed up the tree here.
/// </summary>
internal sealed class RollupReport(RenewalDb db, KernelDb kernel, RoleCatalog roles, TimeProvider clock)
{
    private sealed record Group(Guid OrgId, int? StartedYear, int? CompletedYear, int Count, long Households, long Facilities, long Funding);

    /// <summary>The org the caller's view starts at: the highest org of its grants, or the tree's root for the system.</summary>
    public async Task<Guid> DefaultOrgAsync(CancellationToken ct)
    {
        var scope = db.Scope.For(RenewalPermissions.View, roles);
        var ids = scope.SubtreeRootIds.Concat(scope.ExactOrgIds).ToList();
        var q = scope.Unrestricted ? kernel.Orgs.AsNoTracking().Where(o => o.ParentId == null) : kernel.Orgs.AsNoTracking().Where(o => ids.Contains(o.Id));
        return (await q.OrderBy(o => o.Depth).ThenBy(o => o.NameZh).Select(o => (Guid?)o.Id).FirstOrDefaultAsync(ct))
            ?? throw new RuleViolation("orgId", "renewal.not-permitted", "This needs the permission renewal.view.", ("permission", RenewalPermissions.View));
    }

    public async Task<RollupView> ComputeAsync(Guid? orgId, int? year, CancellationToken ct = default)
    {
        var rootId = orgId ?? await DefaultOrgAsync(ct);
        RuleViolation.ThrowIf(
            !await OrgScope.HasPermissionAtAsync(db.OrgClosures, db.Scope, roles, RenewalPermissions.View, rootId, ct),
            "orgId",
            "renewal.not-permitted",
            "This needs the permission renewal.view at the organisation.",
            ("permission", RenewalPermissions.View));
        var root = await kernel.Orgs.AsNoTracking().SingleAsync(o => o.Id == rootId, ct);
        var children = await kernel.Orgs.AsNoTracking().Where(o => o.ParentId == rootId).OrderBy(o => o.DivisionCode).ThenBy(o => o.NameZh).ToListAsync(ct);
        var childIds = children.Select(c => c.Id).ToList();

        var communities = db.Communities.AsNoTracking();
        var funding = db.Fundings.AsNoTracking();
        // Under the tree's one root every community counts, so the filter (a join on the closure) is left out.
        if (root.ParentId is not null || await kernel.Orgs.CountAsync(o => o.ParentId == null, ct) > 1)
        {
            var under = OrgScope.Under(db.OrgClosures, rootId);
            communities = communities.Where(c => under.Contains(c.OrgId));
            funding = funding.Where(f => under.Contains(f.OrgId));
        }

        var groups = await communities
            .GroupBy(c => new { c.OrgId, c.StartedYear, c.CompletedYear })
            .Select(g => new Group(g.Key.OrgId, g.Key.StartedYear, g.Key.CompletedYear, g.Count(), g.Sum(c => c.Households), g.Sum(c => c.FacilitiesAdded), g.Sum(c => c.FundingFen)))
            .ToListAsync(ct);
        var channels = await funding.GroupBy(f => f.Channel).Select(g => new ChannelTotal(g.Key, g.Sum(f => f.AmountFen))).ToListAsync(ct);

        // Which child each owning org lies under (one closure lookup per child subtree).
        var childOf = await db.OrgClosures.AsNoTracking().Where(c => childIds.Contains(c.AncestorId)).Select(c => new { c.AncestorId, c.DescendantId }).ToListAsync(ct);
        var parentOf = childOf.GroupBy(c => c.DescendantId).ToDictionary(g => g.Key, g => g.First().AncestorId);

        var plans = await db.Plans.AsNoTracking().Where(p => p.OrgId == rootId || childIds.Contains(p.OrgId)).ToListAsync(ct);
        var chosenYear = year ?? Math.Min(ChinaTime.Today(clock).Year, Math.Max(ProjectRules.FirstPlanYear, groups.Where(g => g.StartedYear != null).Select(g => g.StartedYear!.Value).DefaultIfEmpty(ChinaTime.Today(clock).Year).Max()));

        int? PlanOf(Guid org, int y) => plans.FirstOrDefault(p => p.OrgId == org && p.Year == y)?.Communities;
        int? RootPlan(int y) => PlanOf(rootId, y) ?? (plans.Any(p => p.Year == y && childIds.Contains(p.OrgId)) ? plans.Where(p => p.Year == y && childIds.Contains(p.OrgId)).Sum(p => p.Communities) : null);

        RollupLine Line(Guid? org, Guid? community, string zh, string en, IEnumerable<Group> gs, int? planned)
        {
            var list = gs.ToList();
            var startedInYear = list.Where(g => g.StartedYear == chosenYear).Sum(g => g.Count);
            return new RollupLine(
                org, community, zh, en,
                list.Sum(g => g.Count),
                list.Where(g => g.StartedYear != null).Sum(g => g.Count),
                list.Where(g => g.CompletedYear != null).Sum(g => g.Count),
                list.Where(g => g.StartedYear != null).Sum(g => g.Households),
                list.Where(g => g.StartedYear != null).Sum(g => g.Facilities),
                list.Sum(g => g.Funding),
                startedInYear,
                list.Where(g => g.CompletedYear == chosenYear).Sum(g => g.Count),
                planned,
                planned is { } p ? ProjectRules.CompletionRate(startedInYear, p) : null);
        }

        var lines = children.Select(c => Line(c.Id, null, c.NameZh, c.NameEn, groups.Where(g => parentOf.GetValueOrDefault(g.OrgId) == c.Id), PlanOf(c.Id, chosenYear))).ToList();

        // Communities the root org owns itself are listed one by one: the lowest level of the roll-up.
        var direct = groups.Where(g => g.OrgId == rootId).ToList();
        if (direct.Count > 0)
        {
            var own = await db.Communities.AsNoTracking().Where(c => c.OrgId == rootId).OrderBy(c => c.Code).Take(2000).ToListAsync(ct);
            lines.AddRange(own.Select(c => Line(null, c.Id, c.Name, c.Name, [new Group(c.OrgId, c.StartedYear, c.CompletedYear, 1, c.Households, c.FacilitiesAdded, c.FundingFen)], null)));
        }

        var years = groups.Where(g => g.StartedYear != null).Select(g => g.StartedYear!.Value)
            .Concat(groups.Where(g => g.CompletedYear != null).Select(g => g.CompletedYear!.Value))
            .Concat(plans.Select(p => p.Year))
            .Distinct().Order()
            .Select(y =>
            {
                var started = groups.Where(g => g.StartedYear == y).ToList();
                var planned = RootPlan(y);
                var count = started.Sum(g => g.Count);
                return new RollupYear(y, planned, count, groups.Where(g => g.CompletedYear == y).Sum(g => g.Count), started.Sum(g => g.Households), started.Sum(g => g.Facilities),
                    planned is { } p ? ProjectRules.CompletionRate(count, p) : null);
            })
            .ToList();

        return new RollupView(rootId, root.ParentId, root.NameZh, root.NameEn, root.Level, chosenYear, Line(rootId, null, root.NameZh, root.NameEn, groups, RootPlan(chosenYear)),
            lines, years, channels.OrderBy(c => c.Channel).ToList());
    }
}
