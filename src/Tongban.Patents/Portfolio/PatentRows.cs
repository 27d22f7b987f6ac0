namespace Tongban.Patents.Portfolio;

/// <summary>The bulk path's column lists and row values for the register's tables (imports, demo, benchmarks).</summary>
internal static class PatentRows
{
    public static readonly string[] PatentColumns =
    [
        "Id", "OrgId", "Type", "ApplicationNumber", "Title", "FiledOn", "PriorityOn", "PublishedOn", "GrantedOn", "Status", "StatusOn", "Inventors",
        "IpcClasses", "FamilyCode", "Reduction", "OpenLicence", "PaidThroughYear", "StabilityRating", "AdvancementRating", "IndependentClaims",
        "ForwardCitations", "CreatedUtc",
    ];

    public static readonly string[] OwnerColumns = ["PatentId", "Seq", "OrgId", "Name", "SharePercent"];

    public static readonly string[] EventColumns = ["Id", "PatentId", "OrgId", "On", "Status", "Note"];

    public static object?[] Of(Patent p) =>
    [
        p.Id, p.OrgId, (int)p.Type, p.ApplicationNumber, p.Title, p.FiledOn, p.PriorityOn, p.PublishedOn, p.GrantedOn, (int)p.Status, p.StatusOn, p.Inventors,
        p.IpcClasses, p.FamilyCode, (int)p.Reduction, p.OpenLicence, p.PaidThroughYear, p.StabilityRating, p.AdvancementRating, p.IndependentClaims,
        p.ForwardCitations, p.CreatedUtc,
    ];

    public static object?[] Of(PatentOwner o) => [o.PatentId, o.Seq, o.OrgId, o.Name, o.SharePercent];

    public static object?[] Of(StatusEvent e) => [e.Id, e.PatentId, e.OrgId, e.On, (int)e.Status, e.Note];
}
