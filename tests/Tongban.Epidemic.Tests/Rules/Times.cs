using Tongban.Epidemic.Management;

namespace Tongban.Epidemic.Tests.Rules;

internal static class Times
{
    /// <summary>A Beijing local time as UTC.</summary>
    public static DateTime Bj(string local) => Iso.ParseLocal(local, "t");
}
