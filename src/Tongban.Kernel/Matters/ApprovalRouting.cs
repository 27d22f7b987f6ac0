using Tongban.Kernel.Orgs;

namespace Tongban.Kernel.Matters;

/// <summary>
/// Picks the routing rule for an amount. Approval thresholds are jurisdiction settings (assets
/// spec, "Approval thresholds are jurisdiction settings"), so the nearest jurisdiction that has a
/// matching rule decides, and within it the rule with the lowest <see cref="RoutingRule.Priority"/>.
/// </summary>
public static class ApprovalRouting
{
    /// <summary>The org that started the matter decides.</summary>
    public const string Unit = "unit";

    /// <summary>The nearest competent department decides.</summary>
    public const string Competent = "competent";

    /// <summary>The nearest finance department decides.</summary>
    public const string Finance = "finance";

    /// <summary>
    /// The rule that applies, or null when none matches. <paramref name="rulesOfJurisdictions"/>
    /// lists the rules of the org's jurisdictions, nearest jurisdiction first; a rule matches when
    /// it is for <paramref name="workflow"/> and MinFen &lt;= amount &lt; MaxFen (no MaxFen: no upper bound).
    /// </summary>
    public static RoutingRule? Choose(IReadOnlyList<RoutingRule> rulesOfJurisdictions, string workflow, long amountFen)
    {
        var jurisdictions = new List<Guid>();
        foreach (var rule in rulesOfJurisdictions)
        {
            if (!jurisdictions.Contains(rule.JurisdictionOrgId))
            {
                jurisdictions.Add(rule.JurisdictionOrgId);
            }
        }

        foreach (var jurisdiction in jurisdictions)
        {
            var match = rulesOfJurisdictions
                .Where(r => r.JurisdictionOrgId == jurisdiction && r.Workflow == workflow && Matches(r, amountFen))
                .OrderBy(r => r.Priority)
                .ThenBy(r => r.Code, StringComparer.Ordinal)
                .FirstOrDefault();
            if (match is not null)
            {
                return match;
            }
        }

        return null;
    }

    public static bool Matches(RoutingRule rule, long amountFen) =>
        amountFen >= rule.MinFen && (rule.MaxFen is null || amountFen < rule.MaxFen.Value);

    /// <summary>Whether [a.Min, a.Max) and [b.Min, b.Max) share an amount.</summary>
    public static bool Overlaps(RoutingRule a, RoutingRule b) =>
        a.MinFen < (b.MaxFen ?? long.MaxValue) && b.MinFen < (a.MaxFen ?? long.MaxValue);

    /// <summary>
    /// The org kind a "decided by" value points to: "competent" and "finance" name the usual
    /// steps, any <see cref="OrgKind"/> name is taken as it is, and "unit" (null kind) is the org
    /// that started the matter. False when the value means nothing.
    /// </summary>
    public static bool TryDecider(string decidedBy, out OrgKind? kind)
    {
        switch (decidedBy)
        {
            case Unit:
                kind = null;
                return true;
            case Competent:
                kind = OrgKind.CompetentDepartment;
                return true;
            case Finance:
                kind = OrgKind.FinanceDepartment;
                return true;
        }

        if (Enum.GetNames<OrgKind>().Contains(decidedBy, StringComparer.Ordinal))
        {
            kind = Enum.Parse<OrgKind>(decidedBy);
            return true;
        }

        kind = null;
        return false;
    }
}
