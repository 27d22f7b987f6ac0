namespace Tongban.Epidemic.Cases;

/// <summary>Narrows cases to a list of owning orgs in the form the org-first indexes serve best.</summary>
internal static class CaseOrgs
{
    /// <summary>
    /// One org: "OrgId = @org", so the index also gives the sort order (an IN list, even of one
    /// parameter array on PostgreSQL, makes the database sort every matching row). Several: IN.
    /// Null: no narrowing.
    /// </summary>
    public static IQueryable<EpidemicCase> Within(IQueryable<EpidemicCase> cases, IReadOnlyList<Guid>? orgs)
    {
        if (orgs is null)
        {
            return cases;
        }

        if (orgs.Count == 1)
        {
            var org = orgs[0];
            return cases.Where(c => c.OrgId == org);
        }

        var list = orgs as List<Guid> ?? orgs.ToList();
        return cases.Where(c => list.Contains(c.OrgId));
    }
}
