using Tongban.Kernel.Data;

namespace Tongban.Web;

/// <summary>
/// How to serve: which database, where to listen, whether to seed the demo world, and how many
/// sign-in attempts one address may make a minute (on top of the per-account lockout), and the clock
/// (null: the system clock; the demo's <c>--today</c> and the test hosts set one).
/// </summary>
internal sealed record WebAppOptions(
    DatabaseTarget Target,
    string Urls = "http://127.0.0.1:5080",
    bool Demo = false,
    int Seed = 1,
    string? ContentRoot = null,
    int SignInAttemptsPerMinute = 10,
    TimeProvider? Clock = null);
