using Tongban.Kernel.Modules;

namespace Tongban;

/// <summary>The modules this executable composes. A new module adds one line here.</summary>
internal static class ModuleCatalog
{
    public static IReadOnlyList<ITongbanModule> All { get; } = [];
}
