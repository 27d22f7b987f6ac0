using Tongban.Kernel.Data;

namespace Tongban.Web;

/// <summary>How to serve: which database, where to listen, whether to seed the demo world.</summary>
internal sealed record WebAppOptions(
    DatabaseTarget Target,
    string Urls = "http://127.0.0.1:5080",
    bool Demo = false,
    int Seed = 1,
    string? ContentRoot = null);
