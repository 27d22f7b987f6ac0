using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;

namespace Tongban.Renewal.Communities;

public sealed record CommunityRow(Guid Id, Guid OrgId, string Code, string Name, string DivisionCode, int YearBuilt, int Buildings, int Households, decimal FloorAreaM2,
    bool Priority, int? PlanYear, DateOnly? StartedOn, DateOnly? CompletedOn, int FacilitiesAdded, long FundingFen);

public sealed record FundingView(Guid Id, FundingChannel Channel, long AmountFen, DateOnly On);

public sealed record ProjectView(Guid Id, string Code, RenovationCategory Category, int PlanYear, IReadOnlyList<string> Items, DateOnly? StartedOn, DateOnly? CompletedOn,
    DateOnly? AcceptedOn, int HouseholdsBenefited, int FacilitiesAdded, long FundingFen, IReadOnlyList<FundingView> Funding);

public sealed record CommunityDetails(CommunityRow Community, string OrgNameZh, string OrgNameEn, bool Renovated, IReadOnlyList<ProjectView> Projects);

/// <summary>Old communities and their renovation projects: registering, planning, start, completion, funding and acceptance.</summary>
internal sealed class RenovationService(RenewalDb db, RenewalAccess access, KernelDb kernel, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<IReadOnlyList<ContentItem>> ItemsAsync(CancellationToken ct = default) =>
        await db.ContentItems.AsNoTracking().OrderBy(i => i.Category).ThenBy(i => i.Code).ToListAsync(ct);

    public async Task<Guid> RegisterAsync(NewCommunity input, CancellationToken ct = default)
    {
        await access.EnsureAsync(RenewalPermissions.EditProjects, input.OrgId, ct);
        ProjectRules.Community(input, Today.Year);
        var code = input.Code.Trim();
        var community = new Community
        {
            Id = Guid.CreateVersion7(),
            OrgId = input.OrgId,
            Code = code,
            Name = input.Name.Trim(),
            DivisionCode = input.DivisionCode.Trim(),
            YearBuilt = input.YearBuilt,
            Buildings = input.Buildings,
            Households = input.Households,
            FloorAreaM2 = input.FloorAreaM2,
        };
        db.Communities.Add(community);
        await SaveUniqueAsync(code, ct);
        return community.Id;
    }

    /// <summary>Codes are unique across the database, rows the caller cannot see included, so the index is the check.</summary>
    private async Task SaveUniqueAsync(string code, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.InnerException is Npgsql.PostgresException { SqlState: "23505" } or Microsoft.Data.Sqlite.SqliteException { SqliteExtendedErrorCode: 2067 or 1555 })
        {
            foreach (var entry in db.ChangeTracker.Entries().Where(x => x.State == EntityState.Added).ToList())
            {
                entry.State = EntityState.Detached;
            }

            foreach (var entry in db.ChangeTracker.Entries().Where(x => x.State == EntityState.Modified).ToList())
            {
                await entry.ReloadAsync(ct);
            }

            throw new RuleViolation("code", "renewal.code-taken", $"The code {code} is taken.", ("code", code));
        }
    }

    public async Task<IReadOnlyList<CommunityRow>> ListAsync(string? search, int take = 500, CancellationToken ct = default)
    {
        var q = db.Communities.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            q = q.Where(c => c.Code.Contains(s) || c.Name.Contains(s));
        }

        var rows = await q.OrderBy(c => c.Code).Take(Math.Clamp(take, 1, 5000)).ToListAsync(ct);
        return rows.Select(Row).ToList();
    }

    private static CommunityRow Row(Community c) =>
        new(c.Id, c.OrgId, c.Code, c.Name, c.DivisionCode, c.YearBuilt, c.Buildings, c.Households, c.FloorAreaM2, ProjectRules.IsPriority(c.YearBuilt), c.PlanYear, c.StartedOn, c.CompletedOn, c.FacilitiesAdded, c.FundingFen);

    public async Task<Guid> IdOfAsync(string code, CancellationToken ct = default) =>
        (await db.Communities.Where(c => c.Code == code).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct))
            ?? throw new RuleViolation("community", "renewal.community-unknown", "No such community in your scope.");

    public async Task<Guid> ProjectIdOfAsync(string code, CancellationToken ct = default) =>
        (await db.Projects.Where(p => p.Code == code).Select(p => (Guid?)p.Id).SingleOrDefaultAsync(ct))
            ?? throw new RuleViolation("project", "renewal.project-unknown", "No such project in your scope.");

    public async Task<CommunityDetails> DetailsAsync(Guid id, CancellationToken ct = default)
    {
        var c = RuleViolation.Found(await db.Communities.AsNoTracking().SingleOrDefaultAsync(x => x.Id == id, ct), "communityId", "renewal.community-unknown", "No such community in your scope.");
        var projects = await db.Projects.AsNoTracking().Where(p => p.CommunityId == id).OrderBy(p => p.PlanYear).ThenBy(p => p.Category).ToListAsync(ct);
        var ids = projects.Select(p => p.Id).ToList();
        var items = (await db.ProjectItems.AsNoTracking().Where(i => ids.Contains(i.ProjectId)).ToListAsync(ct)).ToLookup(i => i.ProjectId, i => i.ItemCode);
        var funding = (await db.Fundings.AsNoTracking().Where(f => ids.Contains(f.ProjectId)).OrderBy(f => f.On).ToListAsync(ct)).ToLookup(f => f.ProjectId);
        var org = await kernel.Orgs.AsNoTracking().Where(o => o.Id == c.OrgId).Select(o => new { o.NameZh, o.NameEn }).SingleOrDefaultAsync(ct);
        return new CommunityDetails(
            Row(c),
            org?.NameZh ?? "",
            org?.NameEn ?? "",
            c.CompletedOn is not null,
            projects.Select(p => new ProjectView(p.Id, p.Code, p.Category, p.PlanYear, items[p.Id].Order().ToList(), p.StartedOn, p.CompletedOn, p.AcceptedOn, p.HouseholdsBenefited, p.FacilitiesAdded, p.FundingFen,
                funding[p.Id].Select(f => new FundingView(f.Id, f.Channel, f.AmountFen, f.On)).ToList())).ToList());
    }

    public async Task<Guid> AddProjectAsync(NewProject input, CancellationToken ct = default)
    {
        var community = RuleViolation.Found(await db.Communities.SingleOrDefaultAsync(c => c.Id == input.CommunityId, ct), "communityId", "renewal.community-unknown", "No such community in your scope.");
        await access.EnsureAsync(RenewalPermissions.EditProjects, community.OrgId, ct);
        var catalog = await db.ContentItems.AsNoTracking().ToDictionaryAsync(i => i.Code, i => i.Category, ct);
        var items = input.Items.Select(i => i.Trim().ToLowerInvariant()).Distinct().ToList();
        ProjectRules.Project(input with { Items = items }, community.Households, Today.Year, code => catalog.TryGetValue(code, out var cat) ? cat : null);
        var code = input.Code.Trim();
        var project = new Project
        {
            Id = Guid.CreateVersion7(),
            OrgId = community.OrgId,
            CommunityId = community.Id,
            Code = code,
            Category = input.Category,
            PlanYear = input.PlanYear,
            HouseholdsBenefited = input.HouseholdsBenefited,
            FacilitiesAdded = input.FacilitiesAdded,
        };
        db.Projects.Add(project);
        db.ProjectItems.AddRange(items.Select(i => new ProjectItem { OrgId = community.OrgId, ProjectId = project.Id, ItemCode = i }));
        community.PlanYear = community.PlanYear is { } y ? Math.Min(y, input.PlanYear) : input.PlanYear;

        // A new project reopens a renovated community until it too passes acceptance.
        community.CompletedOn = null;
        community.CompletedYear = null;
        community.FacilitiesAdded += input.FacilitiesAdded;
        await SaveUniqueAsync(code, ct);
        return project.Id;
    }

    private async Task<(Project Project, Community Community)> ProjectAsync(Guid id, string permission, CancellationToken ct)
    {
        var project = RuleViolation.Found(await db.Projects.SingleOrDefaultAsync(p => p.Id == id, ct), "projectId", "renewal.project-unknown", "No such project in your scope.");
        await access.EnsureAsync(permission, project.OrgId, ct);
        var community = await db.Communities.SingleAsync(c => c.Id == project.CommunityId, ct);
        return (project, community);
    }

    public async Task StartAsync(Guid projectId, DateOnly on, CancellationToken ct = default)
    {
        var (project, community) = await ProjectAsync(projectId, RenewalPermissions.EditProjects, ct);
        ProjectRules.Start(on, Today);
        RuleViolation.ThrowIf(project.CompletedOn is { } done && on > done, "startedOn", "renewal.completion-before-start", "The completion is before the start.", ("date", project.CompletedOn), ("start", on));
        project.StartedOn = on;
        var starts = await db.Projects.Where(p => p.CommunityId == community.Id && p.Id != project.Id && p.StartedOn != null).Select(p => p.StartedOn!.Value).ToListAsync(ct);
        community.StartedOn = starts.Append(on).Min();
        community.StartedYear = community.StartedOn.Value.Year;
        await db.SaveChangesAsync(ct);
    }

    public async Task CompleteAsync(Guid projectId, DateOnly on, CancellationToken ct = default)
    {
        var (project, _) = await ProjectAsync(projectId, RenewalPermissions.EditProjects, ct);
        RuleViolation.ThrowIf(project.AcceptedOn is not null, "completedOn", "renewal.already-accepted", "The project has passed acceptance.");
        ProjectRules.Completion(project.StartedOn, on, Today);
        project.CompletedOn = on;
        await db.SaveChangesAsync(ct);
    }

    public async Task AcceptAsync(Guid projectId, DateOnly on, CancellationToken ct = default)
    {
        var (project, community) = await ProjectAsync(projectId, RenewalPermissions.Accept, ct);
        RuleViolation.ThrowIf(project.AcceptedOn is not null, "acceptedOn", "renewal.already-accepted", "The project has passed acceptance.");
        ProjectRules.Acceptance(project.CompletedOn, on, Today);
        project.AcceptedOn = on;
        var others = await db.Projects.Where(p => p.CommunityId == community.Id && p.Id != project.Id).Select(p => p.AcceptedOn).ToListAsync(ct);
        community.CompletedOn = ProjectRules.RenovatedOn([.. others, on]);
        community.CompletedYear = community.CompletedOn?.Year;
        await db.SaveChangesAsync(ct);
    }

    public async Task<Guid> FundAsync(Guid projectId, FundingChannel channel, long amountFen, DateOnly on, CancellationToken ct = default)
    {
        var (project, community) = await ProjectAsync(projectId, RenewalPermissions.EditProjects, ct);
        ProjectRules.Funding(channel, amountFen);
        RuleViolation.ThrowIf(on > Today, "on", "renewal.date-future", "The date is after today.", ("date", on));
        var funding = new Funding { Id = Guid.CreateVersion7(), OrgId = project.OrgId, ProjectId = project.Id, Channel = channel, AmountFen = amountFen, On = on, Year = on.Year };
        db.Fundings.Add(funding);
        project.FundingFen += amountFen;
        community.FundingFen += amountFen;
        await db.SaveChangesAsync(ct);
        return funding.Id;
    }

    public async Task<IReadOnlyList<AnnualPlan>> PlansAsync(int? year, CancellationToken ct = default) =>
        await db.Plans.AsNoTracking().Where(p => year == null || p.Year == year).OrderBy(p => p.Year).ToListAsync(ct);

    /// <summary>Sets an org's annual task (issue 16 item 1: "annual plan per level").</summary>
    public async Task SetPlanAsync(Guid orgId, int year, int communities, int households, CancellationToken ct = default)
    {
        await access.EnsureAsync(RenewalPermissions.EditPlans, orgId, ct);
        RuleViolation.ThrowIf(year < ProjectRules.FirstPlanYear || year > Today.Year + 1, "year", "renewal.plan-year", "Plan year out of range.", ("min", ProjectRules.FirstPlanYear), ("max", Today.Year + 1));
        RuleViolation.ThrowIf(communities < 0, "communities", "renewal.not-negative", "Not below zero.", ("value", communities));
        RuleViolation.ThrowIf(households < 0, "households", "renewal.not-negative", "Not below zero.", ("value", households));
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.OrgId == orgId && p.Year == year, ct);
        if (plan is null)
        {
            db.Plans.Add(new AnnualPlan { OrgId = orgId, Year = year, Communities = communities, Households = households });
        }
        else
        {
            plan.Communities = communities;
            plan.Households = households;
        }

        await db.SaveChangesAsync(ct);
    }
}
