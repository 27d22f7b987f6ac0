namespace Tongban.Juvenile.Cases;

/// <summary>
/// Art. 59: the only roots from which lists, searches, exports, counts and statistics read cases. Every
/// one leaves sealed cases out; a sealed case is read only through <see cref="Access.SealedRecords"/>.
/// The kernel's scope filter applies underneath (own organisation and cases shared with it).
/// </summary>
internal static class CaseQueries
{
    /// <summary>
    /// Unsealed cases. The test is an equality with a parameter ("Sealed" = @unsealed), not <c>!c.Sealed</c>: EF writes
    /// that as NOT ("Sealed"), which SQLite cannot match to the (OrgId, Sealed, ...) indexes, so a search read and
    /// sorted every case of the organisation, sealed ones included, instead of walking (OrgId, Sealed, FullName) in order.
    /// </summary>
    public static IQueryable<JuvenileCase> Unsealed(JuvenileDb db)
    {
        var unsealed = false;
        return db.Cases.Where(c => c.Sealed == unsealed);
    }

    /// <summary>Behaviours of unsealed cases only.</summary>
    public static IQueryable<BehaviourRecord> UnsealedBehaviours(JuvenileDb db)
    {
        var unsealed = false;
        return db.Behaviours.Where(b => db.Cases.Any(c => c.Id == b.CaseId && c.Sealed == unsealed));
    }

    public static IQueryable<MeasureRecord> UnsealedMeasures(JuvenileDb db)
    {
        var unsealed = false;
        return db.Measures.Where(m => db.Cases.Any(c => c.Id == m.CaseId && c.Sealed == unsealed));
    }
}
