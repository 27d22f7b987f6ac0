using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Money;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Pensions.Amounts;

namespace Tongban.Pensions.Records;

/// <summary>A period before or after the army, as entered.</summary>
public sealed record PeriodInput(
    PeriodKind Kind, YearMonth Start, YearMonth End, string DivisionCode, string HolderName, Cny Account, bool Sealed = false, string? CertificateNumber = null);

/// <summary>A spouse as registered by the military finance department; gender and birth date come from the ID number.</summary>
public sealed record NewPerson(
    Guid MilitaryFinanceOrgId, string IdNumber, string Name, string HouseholdDivisionCode, YearMonth MilitaryStart, IReadOnlyList<PeriodInput> OtherPeriods);

/// <summary>A line of the accounts list: the person, the department keeping the account and the open or last transfer.</summary>
public sealed record PersonRow(Guid Id, string Name, string IdNumber, Gender Gender, DateOnly BirthDate, Guid OrgId, YearMonth MilitaryStart, YearMonth? MilitaryEnd, int Months, Guid? TransferId, Transfers.TransferStep? Step);

/// <summary>Insured persons, their periods and the military-period account (Notice arts. 1, 2, 6, 9).</summary>
public sealed class RecordsService(PensionsDb db, KernelDb kernel, SensitiveRecordAccess sensitive, TimeProvider clock)
{
    public async Task<Guid> RegisterAsync(NewPerson input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        await RequireOrgAsync(input.MilitaryFinanceOrgId, OrgKind.MilitaryLogisticsFinanceDepartment, PensionsPermissions.KeepAccounts, "militaryFinanceOrgId", ct);
        IdNumberRules.Valid(input.IdNumber).ThrowIfRefused("idNumber");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(input.Name), "name", "pensions.name-required", "The name is required.");
        InsuredPeriodRules.KnownDivisionCode(input.HouseholdDivisionCode).ThrowIfRefused("householdDivisionCode");
        RuleViolation.ThrowIf(input.HouseholdDivisionCode == InsuredPeriodRules.MilitaryDivisionCode, "householdDivisionCode", "pensions.division-code-military", "910000 marks the military period, not a household registration (Notice art. 8(II)).");
        var idNumber = input.IdNumber.ToUpperInvariant();
        var birth = IdNumberRules.BirthDate(idNumber);
        var thisMonth = YearMonth.Of(ChinaTime.Today(clock));
        RuleViolation.ThrowIf(input.MilitaryStart > thisMonth || input.MilitaryStart < YearMonth.Of(birth), "militaryStart", "pensions.military-start", $"The military period cannot start in {input.MilitaryStart}.", ("militaryStart", input.MilitaryStart));

        var periods = new List<InsuredPeriod>();
        for (var i = 0; i < input.OtherPeriods.Count; i++)
        {
            var p = input.OtherPeriods[i];
            var field = $"otherPeriods[{i}]";
            RuleViolation.ThrowIf(p.Kind == PeriodKind.Military, $"{field}.kind", "pensions.period-kind", "The military period is the account itself; list only periods before or after it.");
            InsuredPeriodRules.KnownDivisionCode(p.DivisionCode).ThrowIfRefused($"{field}.divisionCode");
            InsuredPeriodRules.DivisionCodeFitsKind(p.Kind, p.DivisionCode).ThrowIfRefused($"{field}.divisionCode");
            RuleViolation.ThrowIf(p.Kind == PeriodKind.BeforeArmy && p.Start >= input.MilitaryStart, $"{field}.start", "pensions.period-kind", "A period before the army must start before the military period.");
            RuleViolation.ThrowIf(p.Kind == PeriodKind.AfterArmy && p.Start <= input.MilitaryStart, $"{field}.start", "pensions.period-kind", "A period after the army must start after the military period began.");
            // Notice art. 6: a sealed period moves on the Certificate of Payment issued by the original agency.
            RuleViolation.ThrowIf(p.Sealed && p.Kind != PeriodKind.BeforeArmy, $"{field}.sealed", "pensions.sealed-before-army", "Only a period before the army can be sealed (Notice art. 6).");
            RuleViolation.ThrowIf(p.Sealed && string.IsNullOrWhiteSpace(p.CertificateNumber), $"{field}.certificateNumber", "pensions.sealed-certificate", "A sealed period needs the number of its Certificate of Payment for Basic Old-age Insurance (Notice art. 6).");
            RuleViolation.ThrowIf(p.Account.Fen < 0, $"{field}.account", "pensions.amount-negative", "The account storage cannot be negative.");
            periods.Add(new InsuredPeriod(p.Kind, p.Start, p.End, p.DivisionCode));
        }

        periods.Add(new InsuredPeriod(PeriodKind.Military, input.MilitaryStart, thisMonth, InsuredPeriodRules.MilitaryDivisionCode));
        InsuredPeriodRules.NoOverlap(periods.Where(p => p.Kind != PeriodKind.AfterArmy)).ThrowIfRefused("otherPeriods");
        InsuredPeriodRules.NoOverlap(periods.Where(p => p.Kind != PeriodKind.Military)).ThrowIfRefused("otherPeriods");

        // The caller covers the department (checked above), so its rows are all in view.
        var exists = await db.Persons.AnyAsync(p => p.IdNumber == idNumber && p.OrgId == input.MilitaryFinanceOrgId, ct);
        RuleViolation.ThrowIf(exists, "idNumber", "pensions.person-exists", "This department already keeps an account for this identity number.");

        var person = new InsuredPerson
        {
            Id = Guid.CreateVersion7(),
            OrgId = input.MilitaryFinanceOrgId,
            IdNumber = idNumber,
            Name = input.Name.Trim(),
            // GB 11643: the 17th digit is odd for men, even for women.
            Gender = (idNumber[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female,
            BirthDate = birth,
            HouseholdDivisionCode = input.HouseholdDivisionCode,
            MilitaryStart = ToInt(input.MilitaryStart),
            CreatedUtc = clock.GetUtcNow().UtcDateTime,
        };
        db.Persons.Add(person);
        foreach (var p in input.OtherPeriods)
        {
            db.Periods.Add(new InsuredPeriodRecord
            {
                Id = Guid.CreateVersion7(),
                OrgId = person.OrgId,
                PersonId = person.Id,
                Kind = p.Kind,
                Start = ToInt(p.Start),
                End = ToInt(p.End),
                DivisionCode = InsuredPeriodRules.RecordedDivisionCode(p.Kind, p.DivisionCode),
                HolderName = p.HolderName.Trim(),
                AccountFen = p.Account.Fen,
                Sealed = p.Sealed,
                CertificateNumber = p.CertificateNumber?.Trim(),
            });
        }

        await db.SaveChangesAsync(ct);
        return person.Id;
    }

    /// <summary>
    /// Books months of the military-period account (Notice art. 1). The batch is refused whole if any month is outside
    /// the military period, already booked, repeated, or has a base of zero or below.
    /// </summary>
    public async Task RecordContributionsAsync(Guid personId, IReadOnlyList<ContributionMonth> months, CancellationToken ct = default)
    {
        var person = await FindAsync(personId, ct);
        await OrgScope.RequirePermissionAtAsync(db.OrgClosures, db.Scope, PensionsPermissions.KeepAccounts, person.OrgId, ct, "personId");
        var start = FromInt(person.MilitaryStart);
        YearMonth? end = person.MilitaryEnd is { } e ? FromInt(e) : null;
        var thisMonth = YearMonth.Of(ChinaTime.Today(clock));
        var booked = (await db.Contributions.Where(c => c.PersonId == personId).Select(c => c.Month).ToListAsync(ct)).ToHashSet();
        var batch = new HashSet<int>();
        for (var i = 0; i < months.Count; i++)
        {
            var m = months[i];
            var field = $"months[{i}]";
            ContributionRules.WithinMilitaryPeriod(m.Month, start, end ?? thisMonth).ThrowIfRefused($"{field}.month");
            ContributionRules.CheckAmounts(m.Base, m.Individual, m.Credited, field);
            var key = ToInt(m.Month);
            RuleViolation.ThrowIf(booked.Contains(key) || !batch.Add(key), $"{field}.month", "pensions.month-duplicate", $"The month {m.Month} is already booked.", ("month", m.Month));
            db.Contributions.Add(new ContributionRecord
            {
                OrgId = person.OrgId,
                PersonId = personId,
                Month = key,
                BaseFen = m.Base.Fen,
                IndividualFen = m.Individual.Fen,
                CreditedFen = m.Credited.Fen,
            });
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// Books many accounts' months at once (a ledger import, the demo): each person's months are checked as in
    /// <see cref="RecordContributionsAsync"/>, the whole batch is refused if any is wrong, and the rows go in on the
    /// provider's bulk path with one audit entry per department for the batch instead of one per row.
    /// </summary>
    public async Task<long> RecordContributionsBulkAsync(IReadOnlyList<(Guid PersonId, IReadOnlyList<ContributionMonth> Months)> batch, string source, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        var thisMonth = YearMonth.Of(ChinaTime.Today(clock));
        var rows = new List<object?[]>();
        var byOrg = new SortedDictionary<Guid, (int Persons, int Rows)>();
        for (var b = 0; b < batch.Count; b++)
        {
            var (personId, months) = batch[b];
            var person = await FindAsync(personId, ct);
            var start = FromInt(person.MilitaryStart);
            YearMonth? end = person.MilitaryEnd is { } e ? FromInt(e) : null;
            var booked = (await db.Contributions.Where(c => c.PersonId == personId).Select(c => c.Month).ToListAsync(ct)).ToHashSet();
            for (var i = 0; i < months.Count; i++)
            {
                var m = months[i];
                var field = $"[{b}].months[{i}]";
                ContributionRules.WithinMilitaryPeriod(m.Month, start, end ?? thisMonth).ThrowIfRefused($"{field}.month");
                ContributionRules.CheckAmounts(m.Base, m.Individual, m.Credited, field);
                RuleViolation.ThrowIf(!booked.Add(ToInt(m.Month)), $"{field}.month", "pensions.month-duplicate", $"The month {m.Month} is already booked.", ("month", m.Month));
                rows.Add([person.OrgId, personId, ToInt(m.Month), m.Base.Fen, m.Individual.Fen, m.Credited.Fen]);
            }

            var (p0, r0) = byOrg.GetValueOrDefault(person.OrgId);
            byOrg[person.OrgId] = (p0 + 1, r0 + months.Count);
        }

        // The bulk path skips SaveChanges' scope check: every department of the batch is checked here.
        foreach (var orgId in byOrg.Keys)
        {
            await OrgScope.RequirePermissionAtAsync(db.OrgClosures, db.Scope, PensionsPermissions.KeepAccounts, orgId, ct, "personId");
        }

        await using var tx = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        var written = await BulkWriter.WriteAsync(
            db, "pensions_contributions", ["OrgId", "PersonId", "Month", "BaseFen", "IndividualFen", "CreditedFen"], ToAsync(rows), null, ct);
        foreach (var (orgId, (persons, count)) in byOrg)
        {
            db.Audit(new AuditNote("import", "pensions.contribution", source.Length > 200 ? source[..200] : source, orgId, $"{{\"rows\":{count},\"persons\":{persons}}}"));
        }

        await db.SaveChangesAsync(ct);
        if (tx is not null)
        {
            await tx.CommitAsync(ct);
        }

        return written;
    }

    private static async IAsyncEnumerable<object?[]> ToAsync(List<object?[]> rows)
    {
        foreach (var row in rows)
        {
            yield return row;
        }

        await Task.CompletedTask;
    }

    /// <summary>Notice art. 9: the merged insured months before, during (through its end or <paramref name="asOf"/>) and after the army.</summary>
    public async Task<int> MergedMonthsAsync(Guid personId, YearMonth asOf, CancellationToken ct = default)
    {
        var person = await FindAsync(personId, ct);
        var periods = await db.Periods.AsNoTracking().Where(p => p.PersonId == personId).ToListAsync(ct);
        var all = periods.Select(p => new InsuredPeriod(p.Kind, FromInt(p.Start), FromInt(p.End), p.DivisionCode)).ToList();
        all.Add(new InsuredPeriod(PeriodKind.Military, FromInt(person.MilitaryStart), person.MilitaryEnd is { } end ? FromInt(end) : asOf, InsuredPeriodRules.MilitaryDivisionCode));
        return InsuredPeriodRules.MergedMonths(all);
    }

    /// <summary>The accounts the caller's grants cover, by name, with their contribution months and latest transfer.</summary>
    public async Task<IReadOnlyList<PersonRow>> ListAsync(CancellationToken ct = default)
    {
        var rows = await db.Persons.AsNoTracking()
            .OrderBy(p => p.Name).ThenBy(p => p.IdNumber)
            .Select(p => new
            {
                p.Id,
                p.Name,
                p.IdNumber,
                p.Gender,
                p.BirthDate,
                p.OrgId,
                p.MilitaryStart,
                p.MilitaryEnd,
                Months = db.Contributions.Count(c => c.PersonId == p.Id),
                Transfer = db.Transfers.Where(t => t.PersonId == p.Id).OrderByDescending(t => t.CreatedUtc).Select(t => new { t.Id, t.Step }).FirstOrDefault(),
            })
            .ToListAsync(ct);
        await sensitive.RecordListAsync(db, nameof(InsuredPerson), "{}", rows.Count, null, null, ct);
        return rows.Select(r => new PersonRow(
            r.Id, r.Name, r.IdNumber, r.Gender, r.BirthDate, r.OrgId, FromInt(r.MilitaryStart), r.MilitaryEnd is { } e ? FromInt(e) : null, r.Months,
            r.Transfer?.Id, r.Transfer?.Step)).ToList();
    }

    /// <summary>A person's account read as amounts (an official's view of the statement): the read is audited.</summary>
    public async Task<InsuredPerson> ReadAccountAsync(Guid personId, string purpose, CancellationToken ct = default)
    {
        var person = await FindAsync(personId, ct);
        await sensitive.RecordReadAsync(db, nameof(InsuredPerson), person.Id.ToString(), person.OrgId, purpose, ct);
        return person;
    }

    /// <summary>The months booked on a person's military-period account, in order (Notice art. 1).</summary>
    public async Task<IReadOnlyList<ContributionMonth>> MonthsAsync(Guid personId, CancellationToken ct = default)
    {
        await FindAsync(personId, ct);
        var rows = await db.Contributions.AsNoTracking().Where(c => c.PersonId == personId).OrderBy(c => c.Month)
            .Select(c => new { c.Month, c.BaseFen, c.IndividualFen, c.CreditedFen }).ToListAsync(ct);
        return rows.Select(r => new ContributionMonth(FromInt(r.Month), new Cny(r.BaseFen), new Cny(r.IndividualFen), new Cny(r.CreditedFen))).ToList();
    }

    /// <summary>The military finance departments where the caller may keep accounts (register persons, book months).</summary>
    public async Task<IReadOnlyList<OrgNode>> KeepingDepartmentsAsync(RoleCatalog roles, CancellationToken ct = default)
    {
        var departments = await kernel.Orgs.AsNoTracking()
            .Where(o => o.Kind == OrgKind.MilitaryLogisticsFinanceDepartment && !o.Archived)
            .OrderBy(o => o.NameZh).ToListAsync(ct);
        var mine = new List<OrgNode>();
        foreach (var d in departments)
        {
            if (await OrgScope.HasPermissionAtAsync(db.OrgClosures, db.Scope, roles, PensionsPermissions.KeepAccounts, d.Id, ct))
            {
                mine.Add(d);
            }
        }

        return mine;
    }

    public async Task<InsuredPerson> FindAsync(Guid personId, CancellationToken ct) =>
        await db.Persons.SingleOrDefaultAsync(p => p.Id == personId, ct)
            ?? throw new RuleViolation("personId", "pensions.person-unknown", "No such insured person in your scope.");

    internal async Task<OrgNode> RequireOrgAsync(Guid orgId, OrgKind kind, string permission, string field, CancellationToken ct)
    {
        var org = await kernel.Orgs.AsNoTracking().SingleOrDefaultAsync(o => o.Id == orgId, ct)
            ?? throw new RuleViolation(field, "pensions.org-unknown", "No such organisation.");
        RuleViolation.ThrowIf(org.Kind != kind, field, "pensions.org-kind", $"{org.NameZh} is not a {kind}.");
        var covered = await OrgScope.HasPermissionAtAsync(db.OrgClosures, db.Scope, permission, orgId, ct);
        RuleViolation.ThrowIf(!covered, field, "pensions.org-out-of-scope", $"You do not hold {permission} at {org.NameZh}.");
        return org;
    }

    public static int ToInt(YearMonth month) => (month.Year * 100) + month.Month;

    public static YearMonth FromInt(int yyyymm) => new(yyyymm / 100, yyyymm % 100);
}
