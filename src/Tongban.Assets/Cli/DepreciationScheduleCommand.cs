using System.CommandLine;
using System.Globalization;
using Tongban.Assets.Depreciation;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Money;

namespace Tongban.Assets.Cli;

/// <summary>
/// `tongban assets depreciation-schedule --cost 6000 --life-years 6 --start 2025-03`: one line per
/// month, "YYYY-MM amount", the last month taking the remainder so the lines sum to the cost. No database.
/// </summary>
internal static class DepreciationScheduleCommand
{
    public static Command Create()
    {
        var cost = new Option<string>("--cost") { Description = "Original value in yuan (6000 or 6000.00)", Required = true };
        var life = new Option<int>("--life-years") { Description = "Useful life in years", Required = true };
        var start = new Option<string>("--start") { Description = "The month the asset was added (2025-03)", Required = true };
        var command = new Command("depreciation-schedule", "Monthly straight-line depreciation, no residual value (government accounting)") { cost, life, start };
        command.SetAction(parse => CliRefusal.RunAsync(parse, async output =>
        {
            var schedule = DepreciationRules.Schedule(
                Cny.Parse(parse.GetValue(cost), "cost"),
                parse.GetValue(life),
                Period.Parse(parse.GetValue(start), "start"));
            foreach (var (month, amount) in schedule)
            {
                await output.WriteLineAsync($"{month} {amount.Yuan.ToString("0.00", CultureInfo.InvariantCulture)}");
            }
        }));
        return command;
    }
}
