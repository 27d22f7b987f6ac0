using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;

namespace Tongban.Renewal.Concerns;

public sealed record ConcernRow(Guid Id, Guid CommunityId, string Community, ConcernTopic Topic, string Summary, DateOnly ReceivedOn, DateOnly DueOn, string? AssignedTo,
    string? Answer, DateOnly? AnsweredOn, Satisfaction? Satisfaction, bool Overdue);

/// <summary>Residents' concerns per community: recorded, assigned, answered within the working-day limit of their topic, rated.</summary>
internal sealed class ConcernService(RenewalDb db, RenewalAccess access, WorkingDayCalendar calendar, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<IReadOnlyList<AnswerLimit>> LimitsAsync(CancellationToken ct = default) =>
        await db.AnswerLimits.AsNoTracking().OrderBy(l => l.Topic).ToListAsync(ct);

    /// <summary>Changes a topic's limit; applies to concerns received from now on. Needs the answering permission at the org given.</summary>
    public async Task SetLimitAsync(Guid orgId, ConcernTopic topic, int workingDays, CancellationToken ct = default)
    {
        await access.EnsureAsync(RenewalPermissions.AnswerConcerns, orgId, ct);
        RuleViolation.ThrowIf(!Enum.IsDefined(topic), "topic", "renewal.topic-unknown", "Unknown topic.");
        ConcernRules.Limit(workingDays);
        var limit = await db.AnswerLimits.SingleAsync(l => l.Topic == topic, ct);
        limit.WorkingDays = workingDays;
        await db.SaveChangesAsync(ct);
    }

    public async Task<Guid> RecordAsync(Guid communityId, ConcernTopic topic, string summary, DateOnly receivedOn, CancellationToken ct = default)
    {
        var community = RuleViolation.Found(await db.Communities.AsNoTracking().SingleOrDefaultAsync(c => c.Id == communityId, ct), "communityId", "renewal.community-unknown", "No such community in your scope.");
        await access.EnsureAsync(RenewalPermissions.RecordConcerns, community.OrgId, ct);
        RuleViolation.ThrowIf(!Enum.IsDefined(topic), "topic", "renewal.topic-unknown", "Unknown topic.");
        ConcernRules.Received(summary, receivedOn, Today);
        var days = await db.AnswerLimits.Where(l => l.Topic == topic).Select(l => l.WorkingDays).SingleAsync(ct);
        var concern = new Concern
        {
            Id = Guid.CreateVersion7(),
            OrgId = community.OrgId,
            CommunityId = community.Id,
            Topic = topic,
            Summary = summary.Trim(),
            ReceivedOn = receivedOn,
            DueOn = ConcernRules.DueOn(receivedOn, days, calendar),
        };
        db.Concerns.Add(concern);
        await db.SaveChangesAsync(ct);
        return concern.Id;
    }

    private async Task<Concern> FindAsync(Guid id, CancellationToken ct) =>
        RuleViolation.Found(await db.Concerns.SingleOrDefaultAsync(c => c.Id == id, ct), "concernId", "renewal.concern-unknown", "No such concern in your scope.");

    public async Task AssignAsync(Guid id, string assignee, CancellationToken ct = default)
    {
        var c = await FindAsync(id, ct);
        await access.EnsureAsync(RenewalPermissions.AnswerConcerns, c.OrgId, ct);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(assignee) || assignee.Trim().Length > 100, "assignedTo", "renewal.assignee-required", "Name who answers, in at most 100 characters.");
        RuleViolation.ThrowIf(c.AnsweredOn is not null, "concernId", "renewal.already-answered", "The concern is already answered.");
        c.AssignedTo = assignee.Trim();
        await db.SaveChangesAsync(ct);
    }

    public async Task AnswerAsync(Guid id, string answer, DateOnly on, CancellationToken ct = default)
    {
        var c = await FindAsync(id, ct);
        await access.EnsureAsync(RenewalPermissions.AnswerConcerns, c.OrgId, ct);
        ConcernRules.Answer(c, answer, on, Today);
        c.Answer = answer.Trim();
        c.AnsweredOn = on;
        c.AssignedTo ??= db.Scope.ActorName;
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The resident's verdict, recorded by whoever took it (the committee or the answering office).</summary>
    public async Task RateAsync(Guid id, Satisfaction satisfaction, CancellationToken ct = default)
    {
        var c = await FindAsync(id, ct);
        await access.EnsureAsync(RenewalPermissions.RecordConcerns, c.OrgId, ct);
        ConcernRules.Rate(c, satisfaction);
        c.Satisfaction = satisfaction;
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<ConcernRow>> ListAsync(bool openOnly, int take = 500, CancellationToken ct = default)
    {
        var today = Today;
        var q = db.Concerns.AsNoTracking();
        if (openOnly)
        {
            q = q.Where(c => c.AnsweredOn == null);
        }

        var rows = await q.OrderByDescending(c => c.ReceivedOn).Take(Math.Clamp(take, 1, 5000))
            .Join(db.Communities, c => c.CommunityId, m => m.Id, (c, m) => new { c, m.Name }).ToListAsync(ct);
        return rows.Select(r => new ConcernRow(r.c.Id, r.c.CommunityId, r.Name, r.c.Topic, r.c.Summary, r.c.ReceivedOn, r.c.DueOn, r.c.AssignedTo, r.c.Answer, r.c.AnsweredOn, r.c.Satisfaction,
            ConcernRules.Overdue(r.c.DueOn, r.c.AnsweredOn, today))).ToList();
    }
}
