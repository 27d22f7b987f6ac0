using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Money;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Assets.Vehicles;

public sealed record NewVehicle(Guid OrgId, string Plate, string Model, VehicleCategory Category, int DisplacementMl, long PriceFen, DateOnly AcquiredOn, Guid? CardId = null);

public sealed record VehicleYearRow(Guid OrgId, VehicleCategory Category, int Vehicles, long PurchaseFen, long FuelFen, long RepairsFen, long InsuranceFen, long TollsFen, long OtherFen);

/// <summary>A unit's establishment (quota) for one vehicle category and the vehicles it holds in it.</summary>
public sealed record QuotaRow(VehicleCategory Category, int Quota, int Held);

/// <summary>Seed 09 (5) "Official vehicle management": the register, quota, equipment standard and running costs.</summary>
public sealed class VehicleService(AssetsDb db, RoleCatalog roles, TimeProvider clock)
{
    public async Task<Vehicle> RegisterAsync(NewVehicle v, CancellationToken ct = default)
    {
        await AssetsAccess.EnsureAsync(db, roles, AssetsPermissions.Manage, v.OrgId, ct);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(v.Plate) || v.Plate.Length > 20, "plate", "assets.vehicles.plate", "Give the number plate.");
        RuleViolation.ThrowIf(v.AcquiredOn > AssetsAccess.Today(clock), "acquiredOn", "assets.date.future", "The acquisition date is in the future.");
        var standard = VehicleRules.Defaults.Single(s => s.Category == v.Category);
        VehicleRules.CheckStandard(standard, new Cny(v.PriceFen), v.DisplacementMl).ThrowIfRefused("price");
        var quota = await db.VehicleQuotas.Where(q => q.OrgId == v.OrgId && q.Category == v.Category).Select(q => (int?)q.Quota).SingleOrDefaultAsync(ct) ?? 0;
        var held = await db.Vehicles.CountAsync(x => x.OrgId == v.OrgId && x.Category == v.Category && !x.Retired, ct);
        VehicleRules.CheckQuota(quota, held).ThrowIfRefused("category");
        var vehicle = new Vehicle
        {
            Id = Guid.CreateVersion7(),
            OrgId = v.OrgId,
            CardId = v.CardId,
            Plate = v.Plate.Trim(),
            Model = v.Model.Trim(),
            Category = v.Category,
            DisplacementMl = v.DisplacementMl,
            PriceFen = v.PriceFen,
            AcquiredOn = v.AcquiredOn,
        };
        db.Vehicles.Add(vehicle);
        await AssetsAccess.SaveUniqueAsync(db, "plate", "assets.vehicles.plate-taken", $"The plate {vehicle.Plate} is already registered.", ct);
        return vehicle;
    }

    public async Task SetQuotaAsync(Guid orgId, VehicleCategory category, int quota, CancellationToken ct = default)
    {
        await AssetsAccess.EnsureAsync(db, roles, AssetsPermissions.Settings, orgId, ct);
        RuleViolation.ThrowIf(quota is < 0 or > 10_000, "quota", "assets.vehicles.quota-range", "A quota is between 0 and 10,000.");
        var row = await db.VehicleQuotas.SingleOrDefaultAsync(q => q.OrgId == orgId && q.Category == category, ct);
        if (row is null)
        {
            db.VehicleQuotas.Add(new VehicleQuota { Id = Guid.CreateVersion7(), OrgId = orgId, Category = category, Quota = quota });
        }
        else
        {
            row.Quota = quota;
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Seed 09 (5) "establishment management": each category's quota at the unit (0 when none is set) and the vehicles held.</summary>
    public async Task<IReadOnlyList<QuotaRow>> QuotasAsync(Guid orgId, CancellationToken ct = default)
    {
        await AssetsAccess.EnsureAsync(db, roles, AssetsPermissions.View, orgId, ct);
        var quotas = await db.VehicleQuotas.AsNoTracking().Where(q => q.OrgId == orgId).ToDictionaryAsync(q => q.Category, q => q.Quota, ct);
        var held = await db.Vehicles.AsNoTracking().Where(v => v.OrgId == orgId && !v.Retired).GroupBy(v => v.Category)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
        return [.. Enum.GetValues<VehicleCategory>().Select(c => new QuotaRow(c, quotas.GetValueOrDefault(c), held.GetValueOrDefault(c)))];
    }

    public async Task<VehicleCost> AddCostAsync(Guid vehicleId, DateOnly on, RunningCostKind kind, long amountFen, CancellationToken ct = default)
    {
        var vehicle = await db.Vehicles.SingleOrDefaultAsync(v => v.Id == vehicleId, ct)
            ?? throw new RuleViolation("vehicleId", "assets.vehicles.unknown", $"No vehicle {vehicleId}.", ("vehicleId", vehicleId));
        await AssetsAccess.EnsureAsync(db, roles, AssetsPermissions.Manage, vehicle.OrgId, ct);
        RuleViolation.ThrowIf(amountFen <= 0, "amount", "assets.vehicles.cost-positive", "A running cost must be above zero.");
        RuleViolation.ThrowIf(on > AssetsAccess.Today(clock), "on", "assets.date.future", "The cost date is in the future.");
        var cost = new VehicleCost { Id = Guid.CreateVersion7(), OrgId = vehicle.OrgId, VehicleId = vehicle.Id, On = on, Kind = kind, AmountFen = amountFen };
        db.VehicleCosts.Add(cost);
        await db.SaveChangesAsync(ct);
        return cost;
    }

    /// <summary>The yearly report of official-vehicle purchase and running costs, per unit and category.</summary>
    public async Task<IReadOnlyList<VehicleYearRow>> YearAsync(int year, Guid? rootOrgId, CancellationToken ct = default)
    {
        var first = new DateOnly(year, 1, 1);
        var last = new DateOnly(year, 12, 31);
        var under = OrgScope.Under(db.OrgClosures, rootOrgId ?? Guid.Empty);
        var vehicles = db.Vehicles.AsNoTracking().Where(v => rootOrgId == null || under.Contains(v.OrgId));
        var fleet = await vehicles.GroupBy(v => new { v.OrgId, v.Category })
            .Select(g => new { g.Key.OrgId, g.Key.Category, Count = g.Count(x => !x.Retired), Bought = g.Where(x => x.AcquiredOn >= first && x.AcquiredOn <= last).Sum(x => x.PriceFen) })
            .ToListAsync(ct);
        var costs = await (from c in db.VehicleCosts.AsNoTracking()
                           join v in vehicles on c.VehicleId equals v.Id
                           where c.On >= first && c.On <= last
                           group c by new { v.OrgId, v.Category, c.Kind } into g
                           select new { g.Key.OrgId, g.Key.Category, g.Key.Kind, Total = g.Sum(x => x.AmountFen) }).ToListAsync(ct);
        long Cost(Guid org, VehicleCategory cat, RunningCostKind kind) => costs.Where(c => c.OrgId == org && c.Category == cat && c.Kind == kind).Sum(c => c.Total);
        return [.. fleet.OrderBy(f => f.OrgId).ThenBy(f => f.Category).Select(f => new VehicleYearRow(
            f.OrgId, f.Category, f.Count, f.Bought,
            Cost(f.OrgId, f.Category, RunningCostKind.Fuel), Cost(f.OrgId, f.Category, RunningCostKind.Repairs),
            Cost(f.OrgId, f.Category, RunningCostKind.Insurance), Cost(f.OrgId, f.Category, RunningCostKind.Tolls), Cost(f.OrgId, f.Category, RunningCostKind.Other)))];
    }

    public async Task<IReadOnlyList<Vehicle>> ListAsync(CancellationToken ct = default) =>
        await db.Vehicles.AsNoTracking().OrderBy(v => v.Plate).Take(500).ToListAsync(ct);
}
