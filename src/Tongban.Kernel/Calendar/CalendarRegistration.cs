using Microsoft.Extensions.DependencyInjection;

namespace Tongban.Kernel.Calendar;

public static class CalendarRegistration
{
    /// <summary>
    /// Registers one <see cref="WorkingDayCalendar"/> (embedded data plus the optional override file) as a
    /// singleton. The calendar is loaded here, so a broken override file fails at start-up, not at the first deadline.
    /// </summary>
    public static IServiceCollection AddWorkingDayCalendar(this IServiceCollection services, string? overrideFile = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddSingleton(WorkingDayCalendar.LoadDefault(overrideFile));
        return services;
    }
}
