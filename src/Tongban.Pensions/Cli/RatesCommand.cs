using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Pensions.Amounts;

namespace Tongban.Pensions.Cli;

/// <summary>
/// <c>tongban pensions rates list</c> and <c>tongban pensions rates set --year Y --rate PERCENT --source TEXT</c>: the
/// personal-account bookkeeping rates by year, the same table the rates page edits (every change audited). A year with
/// no rate (the current one until MOHRSS and MOF publish it) refuses every computation through it, naming the year.
/// </summary>
internal static class RatesCommand
{
    public static Command Create(CliContext cli)
    {
        var list = new Command("list", "Every stored rate with its source, and the years up to this one that have none");
        list.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var services = cli.Open(parse);
            var table = await services.GetRequiredService<RatesService>().LoadAsync(ct);
            var c = CultureInfo.InvariantCulture;
            foreach (var r in table.All)
            {
                await writer.WriteLineAsync(string.Create(c, $"{r.Year} {r.RatePercent:0.00} {r.Source}"));
            }

            var missing = RatesService.MissingYears(table, ChinaTime.Today(services.GetRequiredService<TimeProvider>()).Year);
            if (missing.Count > 0)
            {
                await writer.WriteLineAsync($"missing {string.Join(' ', missing)}");
            }
        }));

        var year = new Option<int>("--year") { Description = "The year the rate applies to", Required = true };
        var rate = new Option<decimal>("--rate") { Description = "The rate in percent, at most two decimals (e.g. 1.50)", Required = true };
        var source = new Option<string>("--source") { Description = "Where the rate comes from (the notice, or the instruction to apply it)", Required = true };
        var set = new Command("set", "Enter or change a year's rate with its source (role pensions.rates-keeper)") { year, rate, source };
        set.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var services = cli.Open(parse);
            await services.GetRequiredService<RatesService>().SetAsync(parse.GetValue(year), parse.GetValue(rate), parse.GetValue(source) ?? string.Empty, ct);
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"rate {parse.GetValue(year)} {parse.GetValue(rate):0.00}"));
        }));

        return new Command("rates", "Personal-account bookkeeping rates by year (list, set)") { list, set };
    }
}
