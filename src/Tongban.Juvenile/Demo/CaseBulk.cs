using Tongban.Juvenile.Cases;
using Tongban.Kernel.Audit;
using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Imports;

namespace Tongban.Juvenile.Demo;

/// <summary>
/// Writes many cases, behaviours and measures on the kernel's bulk path (binary COPY on PostgreSQL, one
/// prepared INSERT on SQLite) in one transaction, with one audit entry for the batch.
/// </summary>
internal static class CaseBulk
{
    private static readonly string[] CaseColumns =
    [
        "Id", "OrgId", "Reference", "FullName", "Gender", "BirthDate", "IdNumber", "Guardians", "GuardianPhone", "SchoolOrgId", "Residence",
        "CommunityOrgId", "DistrictCode", "CaseworkerId", "CaseworkerName", "Risk", "Stage", "OpenedOn", "CreatedUtc", "Sealed", "SealBasis", "SealedAtUtc",
    ];

    private static readonly string[] BehaviourColumns =
    [
        "Id", "CaseId", "ItemCode", "Category", "OccurredOn", "Age", "OffenceTier", "Description", "RecordedByOrgId", "RecordedBy", "RecordedAtUtc",
        "Instigated", "InstigationNote", "PoliceReportDueUtc", "PoliceReportedUtc",
    ];

    private static readonly string[] MeasureColumns =
    [
        "Id", "CaseId", "Code", "Article", "Item", "Actor", "DecidedByOrgId", "DecidedBy", "DecidedUtc", "Owner", "ReviewOn", "GuardiansNotifiedUtc", "Outcome", "Notes",
    ];

    public static async Task WriteAsync(
        JuvenileDb db,
        IEnumerable<JuvenileCase> cases,
        IEnumerable<BehaviourRecord> behaviours,
        IEnumerable<MeasureRecord> measures,
        string what,
        CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var n = await BulkWriter.WriteAsync(db, "juvenile_cases", CaseColumns, Rows(cases.Select(CaseRow)), null, ct);
        var b = await BulkWriter.WriteAsync(db, "juvenile_behaviours", BehaviourColumns, Rows(behaviours.Select(BehaviourRow)), null, ct);
        var m = await BulkWriter.WriteAsync(db, "juvenile_measures", MeasureColumns, Rows(measures.Select(MeasureRow)), null, ct);
        db.Audit(new AuditNote("bulk-insert", "juvenile.cases", what, null, $"{{\"cases\":{n},\"behaviours\":{b},\"measures\":{m}}}"));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private static object?[] CaseRow(JuvenileCase c) =>
    [
        c.Id, c.OrgId, c.Reference, c.FullName, c.Gender, c.BirthDate, c.IdNumber, c.Guardians, c.GuardianPhone, c.SchoolOrgId, c.Residence,
        c.CommunityOrgId, c.DistrictCode, c.CaseworkerId, c.CaseworkerName, (int)c.Risk, (int)c.Stage, c.OpenedOn, c.CreatedUtc, c.Sealed,
        c.SealBasis is { } s ? (int)s : null, c.SealedAtUtc,
    ];

    private static object?[] BehaviourRow(BehaviourRecord b) =>
    [
        b.Id, b.CaseId, b.ItemCode, (int)b.Category, b.OccurredOn, b.Age, b.OffenceTier is { } t ? (int)t : null, b.Description, b.RecordedByOrgId, b.RecordedBy,
        b.RecordedAtUtc, b.Instigated, b.InstigationNote, b.PoliceReportDueUtc, b.PoliceReportedUtc,
    ];

    private static object?[] MeasureRow(MeasureRecord m) =>
    [
        m.Id, m.CaseId, m.Code, m.Article, m.Item, (int)m.Actor, m.DecidedByOrgId, m.DecidedBy, m.DecidedUtc, m.Owner, m.ReviewOn, m.GuardiansNotifiedUtc, m.Outcome, m.Notes,
    ];

    private static async IAsyncEnumerable<object?[]> Rows(IEnumerable<object?[]> rows)
    {
        foreach (var r in rows)
        {
            yield return r;
        }

        await Task.CompletedTask;
    }
}
