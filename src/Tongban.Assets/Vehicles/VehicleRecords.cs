using Tongban.Kernel.Data;

namespace Tongban.Assets.Vehicles;

public sealed class Vehicle : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid? CardId { get; set; }

    public string Plate { get; set; } = "";

    public string Model { get; set; } = "";

    public VehicleCategory Category { get; set; }

    public int DisplacementMl { get; set; }

    public long PriceFen { get; set; }

    public DateOnly AcquiredOn { get; set; }

    public bool Retired { get; set; }
}

/// <summary>A unit's establishment (quota) of vehicles of one category.</summary>
public sealed class VehicleQuota : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public VehicleCategory Category { get; set; }

    public int Quota { get; set; }
}

public sealed class VehicleCost : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid OrgId { get; set; }

    public Guid VehicleId { get; set; }

    public DateOnly On { get; set; }

    public RunningCostKind Kind { get; set; }

    public long AmountFen { get; set; }
}
