namespace Tongban.Juvenile.Cases;

/// <summary>
/// Art. 59: the only roots from which lists, searches, exports, counts and statistics read cases. Every
/// one leaves sealed cases out; a sealed case is read only through <see cref="Access.SealedRecords"/>.
/// The kernel's scope filter applies underneath (own organisation and cases shared with it).
/// </summary>
internal static class CaseQueries
{
    public static IQueryable<JuvenileCase> Unsealed(JuvenileDb db) => db.Cases.Where(c => !c.Sealed);

    /// <summary>Behaviours of unsealed cases only.</summary>
    public static IQueryable<BehaviourRecord> UnsealedBehaviours(JuvenileDb db) =>
        db.Behaviours.Where(b => db.Cases.Any(c => c.Id == b.CaseId && !c.Sealed));

    public static IQueryable<MeasureRecord> UnsealedMeasures(JuvenileDb db) =>
        db.Measures.Where(m => db.Cases.Any(c => c.Id == m.CaseId && !c.Sealed));
}
