using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;

namespace Tongban.Clinic.Fund;

public enum MovementKind
{
    Gift = 1,
    Help = 2,
}

/// <summary>The department's assistance fund (seed 01: a doctor paying 600 yuan of medicine for an 80-year-old patient): its balance and the second-approval threshold.</summary>
public sealed class FundAccount : IOrgOwned
{
    public Guid OrgId { get; set; }

    public long BalanceFen { get; set; }

    /// <summary>Help above this needs a second approver (data, set by the director).</summary>
    public long SecondApproverAboveFen { get; set; }

    /// <summary>Bumped on every movement, so two payouts at once cannot both spend the same balance.</summary>
    public int Version { get; set; }
}

/// <summary>A gift into the fund or help out of it to a patient.</summary>
[PersonalRecord]
public sealed class FundMovement : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    [AuditPlain]
    public MovementKind Kind { get; set; }

    public DateOnly On { get; set; }

    public long AmountFen { get; set; }

    public Guid? PatientId { get; set; }

    /// <summary>Who gave (a gift) or what the help pays for (medicine, tests, travel).</summary>
    public string Purpose { get; set; } = "";

    [AuditPlain]
    public string ApprovedBy { get; set; } = "";

    [AuditPlain]
    public string? SecondApprover { get; set; }

    public long BalanceAfterFen { get; set; }
}

public sealed record MovementView(Guid Id, MovementKind Kind, DateOnly On, long AmountFen, Guid? PatientId, string Purpose, string ApprovedBy, string? SecondApprover, long BalanceAfterFen);

public sealed record FundYear(int Year, long GiftsFen, long HelpFen, int Helped);

public sealed record FundView(Guid OrgId, long BalanceFen, long SecondApproverAboveFen, IReadOnlyList<MovementView> Movements, IReadOnlyList<FundYear> Years);

/// <summary>Fund rules (issue 14 item 5).</summary>
public static class FundRules
{
    /// <summary>Issue 14 item 5: the balance can never go negative; help above it is refused.</summary>
    public static long Pay(long balanceFen, long amountFen)
    {
        RuleViolation.ThrowIf(amountFen <= 0, "amount", "clinic.fund-amount", "An amount is above zero.");
        RuleViolation.ThrowIf(amountFen > balanceFen, "amount", "clinic.fund-balance", $"The fund holds {balanceFen / 100m:0.00} yuan; it cannot pay more.", ("balance", (balanceFen / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
        return balanceFen - amountFen;
    }

    /// <summary>Issue 14 item 5: help above the threshold names a second approver, not the first.</summary>
    public static void SecondApprover(long amountFen, long thresholdFen, string approvedBy, string? second) =>
        RuleViolation.ThrowIf(
            amountFen > thresholdFen && (string.IsNullOrWhiteSpace(second) || second.Trim() == approvedBy),
            "secondApprover",
            "clinic.fund-second-approver",
            $"Help above {thresholdFen / 100m:0.00} yuan needs a second approver other than the first.",
            ("threshold", (thresholdFen / 100m).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)));
}

internal sealed class FundService(ClinicDb db, ClinicAccess access, TimeProvider clock)
{
    public DateOnly Today => ChinaTime.Today(clock);

    public async Task<IReadOnlyList<Guid>> FundsAsync(CancellationToken ct = default) => await db.FundAccounts.AsNoTracking().Select(f => f.OrgId).ToListAsync(ct);

    public async Task OpenAsync(Guid orgId, long secondApproverAboveFen, CancellationToken ct = default)
    {
        await access.EnsureAsync(ClinicPermissions.EditSchedules, orgId, ct);
        RuleViolation.ThrowIf(secondApproverAboveFen < 0, "threshold", "clinic.fund-threshold", "The threshold is zero or more.");
        var fund = await db.FundAccounts.SingleOrDefaultAsync(f => f.OrgId == orgId, ct);
        if (fund is null)
        {
            db.FundAccounts.Add(new FundAccount { OrgId = orgId, SecondApproverAboveFen = secondApproverAboveFen });
        }
        else
        {
            fund.SecondApproverAboveFen = secondApproverAboveFen;
            fund.Version++;
        }

        await db.SaveChangesAsync(ct);
    }

    private async Task<FundAccount> FundAsync(Guid orgId, CancellationToken ct) =>
        RuleViolation.Found(await db.FundAccounts.SingleOrDefaultAsync(f => f.OrgId == orgId, ct), "orgId", "clinic.fund-unknown", "No fund at this organisation.");

    public async Task GiftAsync(Guid orgId, long amountFen, string donor, CancellationToken ct = default)
    {
        await access.EnsureAsync(ClinicPermissions.Treat, orgId, ct);
        RuleViolation.ThrowIf(amountFen <= 0, "amount", "clinic.fund-amount", "An amount is above zero.");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(donor) || donor.Trim().Length > 200, "purpose", "clinic.fund-purpose", "Name the donor or the purpose (at most 200 characters).");
        var fund = await FundAsync(orgId, ct);
        fund.BalanceFen = checked(fund.BalanceFen + amountFen);
        fund.Version++;
        db.FundMovements.Add(new FundMovement { Id = Guid.CreateVersion7(), OrgId = orgId, Kind = MovementKind.Gift, On = Today, AmountFen = amountFen, Purpose = donor.Trim(), ApprovedBy = access.Me, BalanceAfterFen = fund.BalanceFen });
        await SaveAsync(ct);
    }

    /// <summary>Help to a patient of the fund's org: approved by the caller, a second approver above the threshold, never beyond the balance.</summary>
    public async Task HelpAsync(Guid orgId, Guid patientId, long amountFen, string purpose, string? secondApprover, CancellationToken ct = default)
    {
        await access.EnsureAsync(ClinicPermissions.Treat, orgId, ct);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(purpose) || purpose.Trim().Length > 200, "purpose", "clinic.fund-purpose", "Name the donor or the purpose (at most 200 characters).");
        var patient = RuleViolation.Found(await db.Patients.AsNoTracking().SingleOrDefaultAsync(p => p.Id == patientId, ct), "patientId", "clinic.patient-unknown", "No such patient in your teams.");
        RuleViolation.ThrowIf(!await OrgScope.Under(db.OrgClosures, orgId).ContainsAsync(patient.OrgId, ct), "patientId", "clinic.fund-patient", "The patient is not one of the fund's department.");
        var fund = await FundAsync(orgId, ct);
        FundRules.SecondApprover(amountFen, fund.SecondApproverAboveFen, access.Me, secondApprover);
        fund.BalanceFen = FundRules.Pay(fund.BalanceFen, amountFen);
        fund.Version++;
        db.FundMovements.Add(new FundMovement
        {
            Id = Guid.CreateVersion7(),
            OrgId = orgId,
            Kind = MovementKind.Help,
            On = Today,
            AmountFen = amountFen,
            PatientId = patientId,
            Purpose = purpose.Trim(),
            ApprovedBy = access.Me,
            SecondApprover = amountFen > fund.SecondApproverAboveFen ? secondApprover!.Trim() : null,
            BalanceAfterFen = fund.BalanceFen,
        });
        await SaveAsync(ct);
    }

    private async Task SaveAsync(CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            foreach (var entry in db.ChangeTracker.Entries().ToList())
            {
                entry.State = EntityState.Detached;
            }

            throw new RuleViolation("amount", "clinic.fund-busy", "The fund changed meanwhile; look at the balance and try again.");
        }
    }

    public async Task<FundView> ViewAsync(Guid orgId, CancellationToken ct = default)
    {
        var fund = await FundAsync(orgId, ct);
        var movements = await db.FundMovements.AsNoTracking().Where(m => m.OrgId == orgId).OrderByDescending(m => m.On).ThenByDescending(m => m.Id).Take(500).ToListAsync(ct);
        var years = await db.FundMovements.AsNoTracking().Where(m => m.OrgId == orgId)
            .GroupBy(m => m.On.Year)
            .Select(g => new FundYear(g.Key, g.Where(m => m.Kind == MovementKind.Gift).Sum(m => m.AmountFen), g.Where(m => m.Kind == MovementKind.Help).Sum(m => m.AmountFen), g.Count(m => m.Kind == MovementKind.Help)))
            .ToListAsync(ct);
        return new FundView(orgId, fund.BalanceFen, fund.SecondApproverAboveFen,
            movements.Select(m => new MovementView(m.Id, m.Kind, m.On, m.AmountFen, m.PatientId, m.Purpose, m.ApprovedBy, m.SecondApprover, m.BalanceAfterFen)).ToList(),
            years.OrderBy(y => y.Year).ToList());
    }
}
