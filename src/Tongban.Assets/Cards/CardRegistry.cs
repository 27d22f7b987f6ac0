using Microsoft.EntityFrameworkCore;
using Tongban.Assets.Depreciation;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Assets.Cards;

public sealed record NewCard(
    Guid OrgId,
    string Name,
    string ClassCode,
    Composition Composition,
    long OriginalValueFen,
    DateOnly AcquiredOn,
    AcquisitionWay Way = AcquisitionWay.Purchase,
    FundingSource Funding = FundingSource.FiscalAppropriation,
    string UserDepartment = "",
    string Custodian = "",
    string Location = "",
    int Quantity = 1,
    string? Code = null,
    BuildingStructure Structure = BuildingStructure.None,
    bool AtNominalAmount = false);

/// <summary>A card's place and keeper; any change is a history step.</summary>
public sealed record CardPlacement(string UserDepartment, string Custodian, string Location);

/// <summary>One class of the useful-life table at an org: the table's figure (and top of range), the life in force, whether set here.</summary>
public sealed record UsefulLifeRow(string ClassCode, string NameZh, string NameEn, int TableYears, int? TableMaxYears, int Years, bool SetHere, string Source = "", DateOnly? EffectiveFrom = null);

/// <summary>Asset cards: registration, placement, evaluation and property right, history, spare assets.</summary>
public sealed class CardRegistry(AssetsDb db, KernelDb kernel, RoleCatalog roles, CallerScopeAccessor caller, TimeProvider clock)
{
    public async Task<AssetCard> RegisterAsync(NewCard c, CancellationToken ct = default)
    {
        var card = await BuildAsync(c, ct);
        db.Cards.Add(card);
        db.CardEvents.Add(Event(card, "added", $"{c.Way} {new Kernel.Money.Cny(c.OriginalValueFen)}"));
        await AssetsAccess.SaveUniqueAsync(db, "code", "assets.card.code-taken", $"The code {card.Code} is taken.", ct);
        return card;
    }

    /// <summary>Checks a new card and fills its depreciation fields; saves nothing.</summary>
    public async Task<AssetCard> BuildAsync(NewCard c, CancellationToken ct)
    {
        await AssetsAccess.EnsureAsync(db, roles, AssetsPermissions.Manage, c.OrgId, ct);
        var today = AssetsAccess.Today(clock);
        var code = string.IsNullOrWhiteSpace(c.Code) ? NewCode(c.AcquiredOn) : c.Code.Trim();
        CardRules.CheckNew(code, c.Name, c.ClassCode, c.Composition, c.OriginalValueFen, c.AcquiredOn, today);
        CardRules.CheckStructure(c.ClassCode, c.Structure);
        CardRules.CheckNominal(c.AtNominalAmount, c.OriginalValueFen);
        RuleViolation.ThrowIf(c.Quantity < 1, "quantity", "assets.card.quantity", "The quantity is at least one.");
        var years = UsefulLives.YearsFor(c.ClassCode.Trim(), c.Structure, c.AcquiredOn, await LifeOverridesAsync(c.OrgId, ct));
        var depreciable = DepreciationRules.Depreciates(c.Composition, c.ClassCode, years) && !c.AtNominalAmount;
        return new AssetCard
        {
            Id = Guid.CreateVersion7(),
            OrgId = c.OrgId,
            Code = code,
            Name = c.Name.Trim(),
            ClassCode = c.ClassCode.Trim(),
            Structure = c.Structure,
            AtNominalAmount = c.AtNominalAmount,
            Composition = c.Composition,
            AcquisitionWay = c.Way,
            AcquiredOn = c.AcquiredOn,
            FundingSource = c.Funding,
            Quantity = c.Quantity,
            OriginalValueFen = c.OriginalValueFen,
            LifeMonths = depreciable ? years!.Value * 12 : 0,
            Depreciable = depreciable,
            StartPeriod = Period.Of(c.AcquiredOn).Index,
            UserDepartment = c.UserDepartment.Trim(),
            Custodian = c.Custodian.Trim(),
            Location = c.Location.Trim(),
            Status = AssetStatus.InUse,
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
    }

    public static string NewCode(DateOnly acquired) => $"ZC{acquired:yyyyMM}{Guid.CreateVersion7().ToString("N")[^8..].ToUpperInvariant()}";

    public Task<AssetCard?> FindAsync(Guid id, CancellationToken ct = default) => db.Cards.AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, ct);

    public Task<AssetCard?> FindByCodeAsync(string code, CancellationToken ct = default)
    {
        var trimmed = code.Trim();
        return db.Cards.AsNoTracking().SingleOrDefaultAsync(c => c.Code == trimmed, ct);
    }

    public async Task<IReadOnlyList<CardEvent>> HistoryAsync(Guid cardId, CancellationToken ct = default) =>
        await db.CardEvents.AsNoTracking().Where(e => e.CardId == cardId).OrderBy(e => e.AtUtc).ThenBy(e => e.Id).ToListAsync(ct);

    /// <summary>Cards under an org (its subtree), newest first, optionally filtered by a code or name fragment.</summary>
    public async Task<IReadOnlyList<AssetCard>> ListAsync(Guid? orgId, string? search, int skip, int take, CancellationToken ct = default)
    {
        var q = db.Cards.AsNoTracking();
        if (orgId is { } root)
        {
            var under = OrgScope.Under(db.OrgClosures, root);
            q = q.Where(c => under.Contains(c.OrgId));
        }

        if (!string.IsNullOrWhiteSpace(search))
        {
            var s = search.Trim();
            q = q.Where(c => c.Code.Contains(s) || c.Name.Contains(s));
        }

        return await q.OrderByDescending(c => c.AcquiredOn).ThenBy(c => c.Code).Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 500)).ToListAsync(ct);
    }

    public async Task<AssetCard> PlaceAsync(Guid cardId, CardPlacement p, CancellationToken ct = default)
    {
        var card = await LoadForChangeAsync(cardId, ct);
        RuleViolation.ThrowIf(card.Status == AssetStatus.Disposed, "cardId", "assets.card.disposed", "A disposed card cannot be moved.");
        var detail = $"{card.UserDepartment}/{card.Custodian}/{card.Location} -> {p.UserDepartment}/{p.Custodian}/{p.Location}";
        card.UserDepartment = p.UserDepartment.Trim();
        card.Custodian = p.Custodian.Trim();
        card.Location = p.Location.Trim();
        db.CardEvents.Add(Event(card, "placed", detail));
        await db.SaveChangesAsync(ct);
        return card;
    }

    /// <summary>Seed 09 (4) "Other basic work": asset evaluation, recorded per asset (the latest on the card, each one in its history).</summary>
    public async Task<AssetCard> RecordEvaluationAsync(Guid cardId, long valueFen, DateOnly on, string? agency = null, CancellationToken ct = default)
    {
        RuleViolation.ThrowIf(valueFen < 0, "value", "assets.evaluation.value", "An evaluated value may not be negative.");
        RuleViolation.ThrowIf(agency is { Length: > 200 }, "agency", "assets.evaluation.agency", "The evaluation agency's name is at most 200 characters.");
        RuleViolation.ThrowIf(on > AssetsAccess.Today(clock), "on", "assets.date.future", "The evaluation date is in the future.");
        var card = await LoadForChangeAsync(cardId, ct);
        card.EvaluatedValueFen = valueFen;
        card.EvaluatedOn = on;
        var by = string.IsNullOrWhiteSpace(agency) ? "" : $" by {agency.Trim()}";
        db.CardEvents.Add(Event(card, "evaluated", $"{new Kernel.Money.Cny(valueFen)} on {on:yyyy-MM-dd}{by}"));
        await db.SaveChangesAsync(ct);
        return card;
    }

    /// <summary>Seed 09 (4) "Other basic work": property-right registration, recorded per asset (the certificate on the card, each registration in its history).</summary>
    public async Task<AssetCard> RecordPropertyRightAsync(Guid cardId, string certificate, CancellationToken ct = default)
    {
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(certificate) || certificate.Length > 100, "certificate", "assets.property-right.certificate", "Give the certificate number (at most 100 characters).");
        var card = await LoadForChangeAsync(cardId, ct);
        card.PropertyRight = certificate.Trim();
        db.CardEvents.Add(Event(card, "property-right", card.PropertyRight));
        await db.SaveChangesAsync(ct);
        return card;
    }

    /// <summary>
    /// Idle cards of the class elsewhere in the same jurisdiction (under the holder's parent): seed 09
    /// (4) prefers adjustment from another unit to a new purchase where a spare asset exists.
    /// </summary>
    public async Task<IReadOnlyList<AssetCard>> SparesAsync(Guid orgId, string classCode, int take = 20, CancellationToken ct = default)
    {
        var org = await AssetsAccess.OrgAsync(kernel, orgId, ct);
        var root = org.ParentId ?? org.Id;

        // Seed 09 (4) asks for adjustment first, so a requester is shown the idle assets of the class
        // under the same jurisdiction: a read-only view widened to that subtree for this one query.
        using (AssetMatters.ActingFor(caller, root))
        {
            var under = OrgScope.Under(db.OrgClosures, root);
            return await db.Cards.AsNoTracking()
                .Where(c => c.ClassCode == classCode && c.Status == AssetStatus.Idle && under.Contains(c.OrgId))
                .OrderByDescending(c => c.OriginalValueFen - c.AccumulatedFen).ThenBy(c => c.Code)
                .Take(take)
                .ToListAsync(ct);
        }
    }

    /// <summary>
    /// Moves a spare card to another unit (adjustment). Adjustment between units is arranged above
    /// them (seed 09 (4): financial and competent departments equip units by adjustment), so it needs
    /// the approve permission over both the giving and the receiving unit.
    /// </summary>
    public async Task<AssetCard> AdjustAsync(Guid cardId, Guid toOrgId, CancellationToken ct = default)
    {
        var card = await db.Cards.SingleOrDefaultAsync(c => c.Id == cardId, ct)
            ?? throw new RuleViolation("cardId", "assets.card.unknown", $"No card {cardId} among the cards you may see.", ("cardId", cardId));
        await AssetsAccess.EnsureAsync(db, roles, AssetsPermissions.Approve, card.OrgId, ct);
        await AssetsAccess.EnsureAsync(db, roles, AssetsPermissions.Approve, toOrgId, ct);
        RuleViolation.ThrowIf(card.Status != AssetStatus.Idle, "cardId", "assets.adjustment.not-idle", "Only an idle asset can be adjusted to another unit.");
        var from = card.OrgId;
        card.OrgId = toOrgId;
        card.Status = AssetStatus.InUse;
        card.AcquisitionWay = AcquisitionWay.Adjustment;
        db.CardEvents.Add(Event(card, "adjusted", $"from {from} to {toOrgId}"));
        await db.SaveChangesAsync(ct);
        return card;
    }

    public async Task SetStatusAsync(Guid cardId, AssetStatus status, string why, CancellationToken ct = default)
    {
        var card = await LoadForChangeAsync(cardId, ct);
        RuleViolation.ThrowIf(card.Status == AssetStatus.Disposed, "cardId", "assets.card.disposed", "A disposed card keeps its status.");
        card.Status = status;
        db.CardEvents.Add(Event(card, "status", $"{status}: {why}"));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>Useful-life overrides seen from an org: the nearest jurisdiction's edit wins.</summary>
    public async Task<IReadOnlyDictionary<string, int>> LifeOverridesAsync(Guid orgId, CancellationToken ct)
    {
        var rows = await (from c in db.OrgClosures
                          where c.DescendantId == orgId
                          join s in db.UsefulLives on c.AncestorId equals s.OrgId
                          orderby c.Distance descending
                          select new { s.ClassCode, s.Years }).ToListAsync(ct);
        var result = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var r in rows)
        {
            result[r.ClassCode] = r.Years;
        }

        return result;
    }

    /// <summary>
    /// The useful-life table as it applies at <paramref name="orgId"/>: every depreciated class with the table's
    /// figure (财会〔2017〕4号 表1), the life in force there and whether the org itself set it.
    /// </summary>
    public async Task<IReadOnlyList<UsefulLifeRow>> LifeTableAsync(Guid orgId, CancellationToken ct = default)
    {
        await AssetsAccess.EnsureAsync(db, roles, AssetsPermissions.View, orgId, ct);
        var inForce = await LifeOverridesAsync(orgId, ct);
        var own = await db.UsefulLives.AsNoTracking().Where(s => s.OrgId == orgId).Select(s => s.ClassCode).ToListAsync(ct);
        var edition = LifeTables.On(AssetsAccess.Today(clock));
        return
        [
            .. edition.Rows
                .Where(r => !DepreciationRules.IsExcluded(r.ClassCode))
                .Select(r => new UsefulLifeRow(
                    r.Key, r.NameZh, r.NameEn, r.MinYears, r.MaxYears, inForce.TryGetValue(r.Key, out var y) ? y : r.MinYears, own.Contains(r.Key), edition.Source, edition.EffectiveFrom)),
        ];
    }

    /// <summary>Edits the useful-life table for a jurisdiction (财会〔2017〕4号 表1 minimums hold).</summary>
    public async Task SetUsefulLifeAsync(Guid jurisdictionOrgId, string classCode, int years, CancellationToken ct = default)
    {
        await AssetsAccess.EnsureAsync(db, roles, AssetsPermissions.Settings, jurisdictionOrgId, ct);
        UsefulLives.CheckEdit(classCode, years).ThrowIfRefused("years");
        var row = await db.UsefulLives.SingleOrDefaultAsync(s => s.OrgId == jurisdictionOrgId && s.ClassCode == classCode, ct);
        if (row is null)
        {
            db.UsefulLives.Add(new UsefulLifeSetting { Id = Guid.CreateVersion7(), OrgId = jurisdictionOrgId, ClassCode = classCode, Years = years });
        }
        else
        {
            row.Years = years;
        }

        await db.SaveChangesAsync(ct);
    }

    internal async Task<AssetCard> LoadForChangeAsync(Guid cardId, CancellationToken ct)
    {
        var card = await db.Cards.SingleOrDefaultAsync(c => c.Id == cardId, ct)
            ?? throw new RuleViolation("cardId", "assets.card.unknown", $"No card {cardId} among the cards you may see.", ("cardId", cardId));
        await AssetsAccess.EnsureAsync(db, roles, AssetsPermissions.Manage, card.OrgId, ct);
        return card;
    }

    internal CardEvent Event(AssetCard card, string kind, string detail) => new()
    {
        Id = Guid.CreateVersion7(),
        CardId = card.Id,
        OrgId = card.OrgId,
        AtUtc = clock.GetUtcNow().UtcDateTime,
        Kind = kind,
        Detail = detail.Length > 500 ? detail[..500] : detail,
        Actor = db.Scope.ActorName,
    };
}
