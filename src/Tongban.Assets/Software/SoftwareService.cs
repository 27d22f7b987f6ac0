using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Errors;
using Tongban.Kernel.People;

namespace Tongban.Assets.Software;

public sealed record LicenceView(SoftwareLicence Licence, LicenceCompliance Compliance);

/// <summary>Seed 09 (5) "Software asset management": licences with seats and expiry, installations, compliance.</summary>
public sealed class SoftwareService(AssetsDb db, RoleCatalog roles, TimeProvider clock)
{
    public async Task<SoftwareLicence> AddLicenceAsync(Guid orgId, string product, string vendor, int seats, DateOnly? expires, long priceFen, CancellationToken ct = default)
    {
        await AssetsAccess.EnsureAsync(db, roles, AssetsPermissions.Manage, orgId, ct);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(product), "product", "assets.software.product", "Name the product.");
        RuleViolation.ThrowIf(seats < 1, "seats", "assets.software.seats", "A licence has at least one seat.");
        RuleViolation.ThrowIf(priceFen < 0, "price", "assets.software.price", "A price may not be negative.");
        var licence = new SoftwareLicence { Id = Guid.CreateVersion7(), OrgId = orgId, Product = product.Trim(), Vendor = vendor.Trim(), Seats = seats, Expires = expires, PriceFen = priceFen };
        db.Licences.Add(licence);
        await db.SaveChangesAsync(ct);
        return licence;
    }

    /// <summary>Records an installation; installing beyond the seats is recorded too, and shows as non-compliant.</summary>
    public async Task<SoftwareInstallation> InstallAsync(Guid licenceId, string device, DateOnly on, CancellationToken ct = default)
    {
        var licence = await db.Licences.SingleOrDefaultAsync(l => l.Id == licenceId, ct)
            ?? throw new RuleViolation("licenceId", "assets.software.unknown", $"No licence {licenceId}.", ("licenceId", licenceId));
        await AssetsAccess.EnsureAsync(db, roles, AssetsPermissions.Manage, licence.OrgId, ct);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(device), "device", "assets.software.device", "Name the device.");
        var install = new SoftwareInstallation { Id = Guid.CreateVersion7(), OrgId = licence.OrgId, LicenceId = licenceId, Device = device.Trim(), InstalledOn = on };
        db.Installations.Add(install);
        await db.SaveChangesAsync(ct);
        return install;
    }

    /// <summary>Every licence with its compliance: installed above licensed, expired, or expiring in 90 days.</summary>
    public async Task<IReadOnlyList<LicenceView>> ComplianceAsync(CancellationToken ct = default)
    {
        var today = AssetsAccess.Today(clock);
        var rows = await db.Licences.AsNoTracking()
            .Select(l => new { Licence = l, Installed = db.Installations.Count(i => i.LicenceId == l.Id) })
            .OrderBy(x => x.Licence.Product).Take(1000).ToListAsync(ct);
        return [.. rows.Select(r => new LicenceView(r.Licence, SoftwareRules.Check(r.Licence.Seats, r.Installed, r.Licence.Expires, today)))];
    }
}
