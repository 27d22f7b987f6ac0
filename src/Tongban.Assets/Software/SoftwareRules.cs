namespace Tongban.Assets.Software;

/// <summary>Compliance of one licence: seed 09 (5) "Software asset management" (财行〔2011〕7号, legitimate software).</summary>
public sealed record LicenceCompliance(int Seats, int Installed, DateOnly? Expires, bool OverInstalled, bool Expired, bool ExpiringSoon);

public static class SoftwareRules
{
    public const int ExpiryWarningDays = 90;

    public static LicenceCompliance Check(int seats, int installed, DateOnly? expires, DateOnly today) => new(
        seats,
        installed,
        expires,
        installed > seats,
        expires is { } e && e < today,
        expires is { } x && x >= today && x <= today.AddDays(ExpiryWarningDays));
}
