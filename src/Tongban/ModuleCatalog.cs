using Tongban.Assets;
using Tongban.Delivery;
using Tongban.Epidemic;
using Tongban.Juvenile;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Texts;
using Tongban.Pensions;
using Tongban.Renewal;
using Tongban.Texts;

namespace Tongban;

/// <summary>The modules this executable composes. A new module adds one line here.</summary>
internal static class ModuleCatalog
{
    // The one text catalogue (kernel, host and module entries) is published with the modules, so
    // the web app, the CLI and tests all read refusals from it.
    static ModuleCatalog() => TextCatalog.Shared = TextCatalog.Compose(HostTexts.All, HostRuleTexts.Rules, HostRuleTexts.Fields, All);

    public static TextCatalog Texts => TextCatalog.Shared;

    public static IReadOnlyList<ITongbanModule> All { get; } =
    [
        new PensionsModule(),
        new EpidemicModule(),
        new JuvenileModule(),
        new AssetsModule(),
        new DeliveryModule(),
        new RenewalModule(),
    ];
}
