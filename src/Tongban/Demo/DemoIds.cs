using Tongban.Kernel.Modules;

namespace Tongban.Demo;

/// <summary>Demo ids derived from the seed and a key, so the same seed gives the same world.</summary>
internal static class DemoIds
{
    public static Guid For(int seed, string key) => DemoContext.IdFor(seed, key);
}
