using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Patents.Fees;
using Tongban.Patents.Portfolio;
using Tongban.Patents.Transformation;

namespace Tongban.Patents.Value;

/// <summary>A line of the ranked list.</summary>
public sealed record RankedScore(int Rank, Guid ScoreId, Guid PatentId, string ApplicationNumber, string Title, PatentType Type, int ScoreHundredths, string Grade, DateOnly ScoredOn);

/// <summary>One indicator of a score: its group, the evidence, points, weight and what it adds.</summary>
public sealed record IndicatorLine(Indicator Indicator, IndicatorGroup Group, string Evidence, int Points, int WeightPercent, int ContributionHundredths);

/// <summary>A score explained per indicator, and whether recomputing it from its stored inputs gives the same.</summary>
public sealed record ScoreExplanation(Guid ScoreId, string ApplicationNumber, string Title, ValuePurpose Purpose, int Version, IReadOnlyList<IndicatorLine> Lines, int StoredHundredths, int RecomputedHundredths, string Grade)
{
    public bool Reproduced => StoredHundredths == RecomputedHundredths;
}

/// <summary>The outcome of recomputing every stored score of a weight version.</summary>
public sealed record RecheckResult(int Checked, int Mismatches);

/// <summary>Value evaluation in the shape of GB/T 42748-2023 (item 3): weights per purpose as versions, scores with their inputs, ranks, grades, checks.</summary>
internal sealed class ValueService(PatentsDb db, KernelDb kernel, PatentsAccess access, TimeProvider clock)
{
    public RuleBook Book { get; } = RuleBook.Shipped;

    /// <summary>The suite's first weights per purpose, seeded as version 1 with this note; the standard's own tables are not confirmed (reference §6).</summary>
    private static readonly (ValuePurpose Purpose, int[] Percent, string Note)[] Starting =
    [
        (ValuePurpose.Licensing, [10, 10, 5, 5, 10, 10, 5, 15, 15, 15], "Suite default for licensing/transfer (GB/T 42748 许可转让类): economic value weighs most; not the standard's table, which is unconfirmed."),
        (ValuePurpose.Pledge, [15, 10, 10, 5, 10, 5, 5, 15, 10, 15], "Suite default for pledge financing (GB/T 42748 金融类): legal certainty and economic value; not the standard's table."),
        (ValuePurpose.Management, [10, 10, 10, 10, 10, 10, 10, 10, 10, 10], "Suite default for management grading (GB/T 42748 管理类): balanced; not the standard's table."),
    ];

    public async Task EnsureStartingWeightsAsync(CancellationToken ct = default)
    {
        foreach (var (purpose, percent, note) in Starting)
        {
            if (!await db.WeightSets.AnyAsync(w => w.Purpose == purpose, ct))
            {
                db.WeightSets.Add(Build(purpose, 1, percent, 80, 60, 40, note));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private WeightSet Build(ValuePurpose purpose, int version, IReadOnlyList<int> p, int a, int b, int c, string note) => new()
    {
        Id = Guid.CreateVersion7(),
        Purpose = purpose,
        Version = version,
        Stability = p[0],
        ClaimBreadth = p[1],
        RemainingTerm = p[2],
        FamilyCountries = p[3],
        Advancement = p[4],
        Citations = p[5],
        IpcBreadth = p[6],
        Implementation = p[7],
        Licensing = p[8],
        Market = p[9],
        GradeA = a,
        GradeB = b,
        GradeC = c,
        Note = note,
        CreatedUtc = clock.GetUtcNow().UtcDateTime,
    };

    public async Task<IReadOnlyList<WeightSet>> WeightSetsAsync(CancellationToken ct = default) =>
        await db.WeightSets.AsNoTracking().OrderBy(w => w.Purpose).ThenByDescending(w => w.Version).ToListAsync(ct);

    public async Task<WeightSet> CurrentAsync(ValuePurpose purpose, CancellationToken ct = default)
    {
        await EnsureStartingWeightsAsync(ct);
        return await db.WeightSets.AsNoTracking().Where(w => w.Purpose == purpose).OrderByDescending(w => w.Version).FirstAsync(ct);
    }

    /// <summary>A change of weights is a new version (a national setting: the permission at the root); older scores keep theirs.</summary>
    public async Task<WeightSet> AddVersionAsync(ValuePurpose purpose, IReadOnlyList<int> percent, int gradeA, int gradeB, int gradeC, string note, CancellationToken ct = default)
    {
        ValueRules.WeightsValid(percent, gradeA, gradeB, gradeC).ThrowIfRefused("weights");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(note), "note", "patents.weights-note", "Say why the weights change (the basis of the new version).");
        var root = await kernel.Orgs.AsNoTracking().Where(o => o.ParentId == null).OrderBy(o => o.Depth).Select(o => o.Id).FirstAsync(ct);
        await access.RequireAtAsync(PatentsPermissions.EditWeights, root, "weights", ct);
        var current = await CurrentAsync(purpose, ct);
        var set = Build(purpose, current.Version + 1, percent, gradeA, gradeB, gradeC, note.Trim());
        db.WeightSets.Add(set);
        await db.SaveChangesAsync(ct);
        return set;
    }

    /// <summary>
    /// Scores the granted inventions and utility models in force (GB/T 42748 covers those two) that the caller may
    /// evaluate, under the purpose's current weights; the inputs are stored with each score.
    /// </summary>
    public async Task<int> ScoreAllAsync(ValuePurpose purpose, CancellationToken ct = default)
    {
        var set = await CurrentAsync(purpose, ct);
        var weights = set.ToWeights();
        var today = ChinaTime.Today(clock);
        var patents = await db.Patents.AsNoTracking().Where(p => p.Status == LegalStatus.Granted && p.Type != PatentType.Design).ToListAsync(ct);
        var orgs = new Dictionary<Guid, bool>();
        foreach (var org in patents.Select(p => p.OrgId).Distinct())
        {
            orgs[org] = await access.HoldsAtAsync(PatentsPermissions.Evaluate, org, ct);
        }

        RuleViolation.ThrowIf(!orgs.Values.Any(v => v), "purpose", "patents.not-permitted", "This needs the permission patents.value.evaluate at the record's organisation.", ("permission", PatentsPermissions.Evaluate));
        var ledger = await LedgerInputsAsync(ct);
        var phases = await db.NationalPhases.AsNoTracking().Where(n => n.EnteredOn != null).GroupBy(n => n.PatentId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        var old = await db.Scores.Where(s => s.WeightSetId == set.Id && s.ScoredOn == today).ToListAsync(ct);
        db.Scores.RemoveRange(old);
        var n = 0;
        foreach (var p in patents.Where(p => orgs[p.OrgId]))
        {
            var inputs = InputsOf(p, today, phases.GetValueOrDefault(p.Id), ledger.GetValueOrDefault(p.Id));
            var score = ValueRules.ScoreHundredths(inputs, weights);
            db.Scores.Add(new ValueScore
            {
                Id = Guid.CreateVersion7(),
                PatentId = p.Id,
                OrgId = p.OrgId,
                WeightSetId = set.Id,
                ScoredOn = today,
                StabilityRating = inputs.StabilityRating,
                IndependentClaims = inputs.IndependentClaims,
                RemainingYears = inputs.RemainingYears,
                TermYears = inputs.TermYears,
                FamilyCountries = inputs.FamilyCountries,
                AdvancementRating = inputs.AdvancementRating,
                ForwardCitations = inputs.ForwardCitations,
                IpcSubclasses = inputs.IpcSubclasses,
                Implemented = inputs.Implemented,
                Licences = inputs.Licences,
                IncomeFen = inputs.IncomeFen,
                ScoreHundredths = score,
                Grade = ValueRules.Grade(score, weights).ToString(),
            });
            n++;
        }

        await db.SaveChangesAsync(ct);
        return n;
    }

    internal sealed record LedgerInput(bool Implemented, int Licences, long IncomeFen);

    /// <summary>The text: value is proved by transformation. Implementation, licences and income per patent from the ledger.</summary>
    private async Task<Dictionary<Guid, LedgerInput>> LedgerInputsAsync(CancellationToken ct)
    {
        var rows = await db.Transformations.AsNoTracking().GroupBy(t => t.PatentId).Select(g => new
        {
            g.Key,
            Implemented = g.Any(t => t.Mode == TransformationMode.Implementation || t.Mode == TransformationMode.Investment || t.Mode == TransformationMode.Transfer),
            Licences = g.Count(t => t.Mode == TransformationMode.LicenceExclusive || t.Mode == TransformationMode.LicenceSole || t.Mode == TransformationMode.LicenceOrdinary || t.Mode == TransformationMode.LicenceOpen),
            Income = g.Sum(t => t.IncomeFen),
        }).ToListAsync(ct);
        return rows.ToDictionary(r => r.Key, r => new LedgerInput(r.Implemented, r.Licences, r.Income));
    }

    internal ValueInputs InputsOf(Patent p, DateOnly today, int phasesEntered, LedgerInput? ledger) =>
        InputsOf(p.Type, p.FiledOn, p.StabilityRating, p.AdvancementRating, p.IndependentClaims, p.ForwardCitations, p.IpcClasses, today, phasesEntered, ledger);

    internal ValueInputs InputsOf(PatentType type, DateOnly filed, int stability, int advancement, int claims, int citations, string ipc, DateOnly today, int phasesEntered, LedgerInput? ledger)
    {
        var term = AnnualFeeRules.TermYears(Book, type, filed);
        var remaining = Math.Max(0, term - AnnualFeeRules.PatentYearOn(filed, today) + 1);
        return new ValueInputs(stability, claims, remaining, term, 1 + phasesEntered, advancement, citations, IpcSubclasses(ipc),
            ledger?.Implemented ?? false, ledger?.Licences ?? 0, ledger?.IncomeFen ?? 0);
    }

    /// <summary>Distinct IPC subclasses (the first four characters, e.g. B64C) in a ";"-separated list.</summary>
    internal static int IpcSubclasses(string ipc)
    {
        Span<int> seen = stackalloc int[16];
        var n = 0;
        foreach (var range in ipc.AsSpan().Split(';'))
        {
            var c = ipc.AsSpan(range).Trim();
            if (c.Length == 0)
            {
                continue;
            }

            var key = 0;
            for (var i = 0; i < Math.Min(4, c.Length); i++)
            {
                key = (key * 64) + (char.ToUpperInvariant(c[i]) & 63);
            }

            if (!seen[..Math.Min(n, 16)].Contains(key))
            {
                if (n < 16)
                {
                    seen[n] = key;
                }

                n++;
            }
        }

        return n;
    }

    /// <summary>
    /// Scores every inventions and utility model in force in scope for the purpose's current weights, streamed (the
    /// patents' inputs are read row by row; only the ledger and national-phase counts are held): the pass the
    /// benchmark times. Returns the number scored and the sum of the scores.
    /// </summary>
    public async Task<(long Scored, long Sum)> ScorePassAsync(ValuePurpose purpose, DateOnly today, CancellationToken ct = default)
    {
        var weights = (await CurrentAsync(purpose, ct)).ToWeights();
        var ledger = await LedgerInputsAsync(ct);
        var phases = await db.NationalPhases.AsNoTracking().Where(n => n.EnteredOn != null).GroupBy(n => n.PatentId)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        long n = 0, sum = 0;
        await foreach (var p in db.Patents.AsNoTracking().Where(p => p.Status == LegalStatus.Granted && p.Type != PatentType.Design)
                           .Select(p => new { p.Id, p.Type, p.FiledOn, p.StabilityRating, p.AdvancementRating, p.IndependentClaims, p.ForwardCitations, p.IpcClasses })
                           .AsAsyncEnumerable().WithCancellation(ct))
        {
            var inputs = InputsOf(p.Type, p.FiledOn, p.StabilityRating, p.AdvancementRating, p.IndependentClaims, p.ForwardCitations, p.IpcClasses, today,
                phases.GetValueOrDefault(p.Id), ledger.GetValueOrDefault(p.Id));
            sum += ValueRules.ScoreHundredths(inputs, weights);
            n++;
        }

        return (n, sum);
    }

    /// <summary>The ranked list of a purpose's current version (latest score per patent), best first.</summary>
    public async Task<IReadOnlyList<RankedScore>> RankedAsync(ValuePurpose purpose, int take = 500, CancellationToken ct = default)
    {
        var set = await CurrentAsync(purpose, ct);
        var last = await db.Scores.AsNoTracking().Where(s => s.WeightSetId == set.Id).MaxAsync(s => (DateOnly?)s.ScoredOn, ct);
        if (last is null)
        {
            return [];
        }

        var rows = await db.Scores.AsNoTracking().Where(s => s.WeightSetId == set.Id && s.ScoredOn == last)
            .OrderByDescending(s => s.ScoreHundredths).ThenBy(s => s.PatentId).Take(take)
            .Join(db.Patents, s => s.PatentId, p => p.Id, (s, p) => new { s.Id, s.PatentId, p.ApplicationNumber, p.Title, p.Type, s.ScoreHundredths, s.Grade, s.ScoredOn })
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.ScoreHundredths).ThenBy(r => r.PatentId)
            .Select((r, i) => new RankedScore(i + 1, r.Id, r.PatentId, r.ApplicationNumber, r.Title, r.Type, r.ScoreHundredths, r.Grade, r.ScoredOn)).ToList();
    }

    /// <summary>One score explained indicator by indicator, recomputed from its stored inputs and its own weight version.</summary>
    public async Task<ScoreExplanation> ExplainAsync(Guid scoreId, CancellationToken ct = default)
    {
        var s = RuleViolation.Found(await db.Scores.AsNoTracking().SingleOrDefaultAsync(x => x.Id == scoreId, ct), "scoreId", "patents.score-unknown", "No such score in your scope.");
        var set = await db.WeightSets.AsNoTracking().SingleAsync(w => w.Id == s.WeightSetId, ct);
        var patent = await db.Patents.AsNoTracking().SingleAsync(p => p.Id == s.PatentId, ct);
        var w = set.ToWeights();
        var v = s.Inputs;
        var lines = Enum.GetValues<Indicator>().Select(i =>
        {
            var points = ValueRules.Points(i, v);
            return new IndicatorLine(i, ValueRules.GroupOf(i), Evidence(i, v), points, w[i], points * w[i]);
        }).ToList();
        return new ScoreExplanation(s.Id, patent.ApplicationNumber, patent.Title, set.Purpose, set.Version, lines, s.ScoreHundredths, ValueRules.ScoreHundredths(v, w), s.Grade);
    }

    public static string Evidence(Indicator i, in ValueInputs v) => i switch
    {
        Indicator.Stability => $"{v.StabilityRating}/100",
        Indicator.ClaimBreadth => $"{v.IndependentClaims}",
        Indicator.RemainingTerm => $"{v.RemainingYears}/{v.TermYears}",
        Indicator.FamilyCountries => $"{v.FamilyCountries}",
        Indicator.Advancement => $"{v.AdvancementRating}/100",
        Indicator.Citations => $"{v.ForwardCitations}",
        Indicator.IpcBreadth => $"{v.IpcSubclasses}",
        Indicator.Implementation => v.Implemented ? "✓" : "—",
        Indicator.Licensing => $"{v.Licences}",
        _ => new Kernel.Money.Cny(v.IncomeFen).ToString(),
    };

    /// <summary>Recomputes every stored score of a version from its stored inputs and counts those that differ.</summary>
    public async Task<RecheckResult> RecheckAsync(Guid weightSetId, CancellationToken ct = default)
    {
        var set = await db.WeightSets.AsNoTracking().SingleAsync(w => w.Id == weightSetId, ct);
        var w = set.ToWeights();
        var n = 0;
        var bad = 0;
        await foreach (var s in db.Scores.AsNoTracking().Where(s => s.WeightSetId == weightSetId).AsAsyncEnumerable().WithCancellation(ct))
        {
            n++;
            if (ValueRules.ScoreHundredths(s.Inputs, w) != s.ScoreHundredths || ValueRules.Grade(s.ScoreHundredths, w).ToString() != s.Grade)
            {
                bad++;
            }
        }

        return new RecheckResult(n, bad);
    }

    /// <summary>How many of the latest scores of a version fall in each grade.</summary>
    public async Task<IReadOnlyDictionary<string, int>> GradesAsync(ValuePurpose purpose, CancellationToken ct = default)
    {
        var ranked = await RankedAsync(purpose, int.MaxValue, ct);
        return ranked.GroupBy(r => r.Grade).ToDictionary(g => g.Key, g => g.Count());
    }

    public async Task SetRatingsAsync(Guid patentId, int stability, int advancement, int independentClaims, int citations, CancellationToken ct = default)
    {
        var p = RuleViolation.Found(await db.Patents.SingleOrDefaultAsync(x => x.Id == patentId, ct), "patentId", "patents.patent-unknown", "No such patent in your scope.");
        await access.RequireAtAsync(PatentsPermissions.Evaluate, p.OrgId, "patentId", ct);
        RuleViolation.ThrowIf(stability is < 0 or > 100 || advancement is < 0 or > 100, "rating", "patents.rating-range", "Ratings run from 0 to 100.");
        RuleViolation.ThrowIf(independentClaims < 0 || citations < 0, "claims", "patents.count-negative", "Counts cannot be negative.");
        (p.StabilityRating, p.AdvancementRating, p.IndependentClaims, p.ForwardCitations) = (stability, advancement, independentClaims, citations);
        await db.SaveChangesAsync(ct);
    }
}
