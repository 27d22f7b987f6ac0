using System.CommandLine;
using System.Data.Common;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;

namespace Tongban.Cli;

/// <summary>
/// <c>tongban audit verify</c>: walks the whole chain. Prints <c>ok &lt;entries&gt;</c> and exits 0, or
/// prints the id of the first bad entry (the reason on stderr) and exits 1. <c>tongban audit adopt-legacy</c>: once, on
/// a database written before the chain was keyed, prints <c>adopted &lt;n&gt; keyed-after &lt;m&gt;</c>.
/// </summary>
internal static class AuditCommands
{
    public static Command Create(CliSession session)
    {
        var verify = new Command("verify", "Prove the audit chain unbroken, or name the first bad entry");
        verify.SetAction(async (parse, ct) =>
        {
            // Verifying creates nothing: a missing file is refused (not made into an empty database), and a
            // file that is not a readable Tongban database exits 1 with the reason.
            var target = session.Target(parse);
            if (target.Provider == DatabaseProvider.Sqlite && BackupCommands.SqliteFileOf(target) is var file && !File.Exists(file))
            {
                throw new RuleViolation("db", "db.missing", $"There is no database file {file}.", ("file", file));
            }

            var services = session.Open(parse);
            var verifier = services.GetRequiredService<AuditVerifier>();
            AuditVerification result;
            try
            {
                result = await CliProgress.RunAsync(parse, "audit verify", progress =>
                    verifier.VerifyAsync(new InlineProgress<long>(n => progress.Report(new ProgressStep(n, 0, $"{n} entries checked"))), ct));
            }
            catch (DbException e)
            {
                throw new RuleViolation("db", "audit.unreadable", $"The audit chain cannot be read: {e.Message}", ("reason", e.Message));
            }

            if (result.Ok)
            {
                await parse.InvocationConfiguration.Output.WriteLineAsync($"ok {result.Count}");
                return TongbanCli.Ok;
            }

            await parse.InvocationConfiguration.Output.WriteLineAsync(result.FirstBadId?.ToString() ?? "");
            await parse.InvocationConfiguration.Error.WriteLineAsync(
                $"error: audit: entry {result.FirstBadSeq} ({result.FirstBadId}) breaks the chain after {result.Count} good entries: {result.Reason} [audit.chain-broken]");
            return TongbanCli.Refused;
        });

        // Once, on a database written before the chain was keyed: its unkeyed prefix is anchored under the key.
        var adopt = new Command("adopt-legacy", "Adopt the unkeyed entries of a database written before the chain was keyed (once)");
        adopt.SetAction(async (parse, ct) =>
        {
            var services = await session.OpenAsync(parse, ct);
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
            var adoption = await services.GetRequiredService<AuditVerifier>().AdoptLegacyAsync(now, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"adopted {adoption.Adopted} keyed-after {adoption.KeyedAfter}");
            return TongbanCli.Ok;
        });
        return new Command("audit", "The audit chain") { verify, adopt };
    }
}
