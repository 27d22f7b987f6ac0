using Tongban.Kernel.Data;

namespace Tongban.Assets.Software;

public sealed class SoftwareLicence : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public string Product { get; set; } = "";

    public string Vendor { get; set; } = "";

    public int Seats { get; set; }

    public DateOnly? Expires { get; set; }

    public long PriceFen { get; set; }
}

public sealed class SoftwareInstallation : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid LicenceId { get; set; }

    public string Device { get; set; } = "";

    public DateOnly InstalledOn { get; set; }
}
