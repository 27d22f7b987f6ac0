using Microsoft.Extensions.DependencyInjection;
using Tongban.Juvenile.Access;
using Tongban.Juvenile.Cases;
using Tongban.Juvenile.SpecialEducation;
using Tongban.Juvenile.Statistics;
using Tongban.Kernel.Data;
using Tongban.Kernel.Matters;

namespace Tongban.Juvenile;

public static class JuvenileRegistration
{
    /// <summary>The module's context, services and the special-education workflow, on the kernel's database.</summary>
    public static IServiceCollection AddJuvenile(this IServiceCollection services, DatabaseTarget target)
    {
        services.AddModuleDb<JuvenileDb>(target);
        services.AddMatters();
        services.AddWorkflow(SpecialEducationWorkflow.Definition);
        services.AddScoped<ActingOrg>();
        services.AddScoped<CaseService>();
        services.AddScoped<Referrals>();
        services.AddScoped<SealedRecords>();
        services.AddScoped<JuvenileStatistics>();
        services.AddScoped<SpecialEducationService>();
        return services;
    }
}
