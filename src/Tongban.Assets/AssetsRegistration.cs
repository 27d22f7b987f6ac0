using Microsoft.Extensions.DependencyInjection;
using Tongban.Assets.Allocation;
using Tongban.Assets.Cards;
using Tongban.Assets.Depreciation;
using Tongban.Assets.Disposal;
using Tongban.Assets.Software;
using Tongban.Assets.Stocktake;
using Tongban.Assets.Use;
using Tongban.Assets.Vehicles;
using Tongban.Kernel.Data;
using Tongban.Kernel.Matters;

namespace Tongban.Assets;

public static class AssetsRegistration
{
    /// <summary>The module's context, workflows and services, on the kernel's database.</summary>
    public static IServiceCollection AddAssets(this IServiceCollection services, DatabaseTarget target)
    {
        services.AddModuleDb<AssetsDb>(target);
        foreach (var workflow in AssetWorkflows.All)
        {
            services.AddWorkflow(workflow);
        }

        services.AddScoped<CardRegistry>();
        services.AddScoped<AllocationService>();
        services.AddScoped<UseService>();
        services.AddScoped<DisposalService>();
        services.AddScoped<DepreciationRun>();
        services.AddScoped<StocktakeService>();
        services.AddScoped<VehicleService>();
        services.AddScoped<SoftwareService>();
        services.AddScoped<Kernel.Matters.IStepConsequence, AssetDecisions>();
        services.AddScoped<OrphanMatters>();
        services.AddHostedService<OrphanMatterCheck>();
        return services;
    }
}
