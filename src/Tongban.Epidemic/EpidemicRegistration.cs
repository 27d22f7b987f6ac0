using Microsoft.Extensions.DependencyInjection;
using Tongban.Epidemic.Bulletin;
using Tongban.Epidemic.Cases;
using Tongban.Epidemic.Data;
using Tongban.Epidemic.People;
using Tongban.Epidemic.Policy;
using Tongban.Kernel.Data;

namespace Tongban.Epidemic;

public static class EpidemicRegistration
{
    /// <summary>The module's context and services, on the kernel's database.</summary>
    public static IServiceCollection AddEpidemic(this IServiceCollection services, DatabaseTarget target)
    {
        services.AddModuleDb<EpidemicDb>(target);
        services.AddSingleton<AreaCache>();
        services.AddSingleton<PolicyCache>();
        services.AddScoped<Districts>();
        services.AddScoped<PolicyStore>();
        services.AddScoped<CaseRegistry>();
        services.AddScoped<LineList>();
        services.AddScoped<EpidemicCurve>();
        services.AddScoped<BulletinService>();
        services.AddScoped<FollowUp>();
        return services;
    }
}
