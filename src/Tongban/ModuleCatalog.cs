using Tongban.Epidemic;
using Tongban.Juvenile;
using Tongban.Kernel.Modules;
using Tongban.Pensions;

namespace Tongban;

/// <summary>The modules this executable composes. A new module adds one line here.</summary>
internal static class ModuleCatalog
{
    public static IReadOnlyList<ITongbanModule> All { get; } =
    [
        new PensionsModule(),
        new EpidemicModule(),
        new JuvenileModule(),
    ];
}
