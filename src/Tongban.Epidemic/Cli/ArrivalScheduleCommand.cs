using System.CommandLine;
using Tongban.Epidemic.Management;
using Tongban.Epidemic.Policy;
using Tongban.Kernel.Modules;

namespace Tongban.Epidemic.Cli;

/// <summary>
/// `tongban epidemic arrival-schedule --arrived 2022-10-30T08:00 [--first-test 2022-10-30T20:00]`:
/// the "two tests in three days" windows and the restriction end, in Beijing time. Needs no database.
/// </summary>
internal static class ArrivalScheduleCommand
{
    public static Command Create(PolicyBook policies)
    {
        var arrived = new Option<string>("--arrived") { Description = "Arrival time, Beijing time (2022-10-30T08:00)", Required = true };
        var firstTest = new Option<string?>("--first-test") { Description = "When the first test was sampled, Beijing time" };
        var command = new Command("arrival-schedule", "Test windows and restriction end for an arrival (seed 04)");
        command.Options.Add(arrived);
        command.Options.Add(firstTest);
        command.SetAction(parse => CliRefusal.RunAsync(parse, async output =>
        {
            var error = parse.InvocationConfiguration.Error;
            var arrivedUtc = Iso.ParseLocal(parse.GetValue(arrived)!, "arrived");
            var firstText = parse.GetValue(firstTest);
            var firstUtc = firstText is null ? (DateTime?)null : Iso.ParseLocal(firstText, "first-test");
            var schedule = ArrivalRules.Schedule(arrivedUtc, firstUtc, policies.At(arrivedUtc));
            await output.WriteLineAsync($"first_test_by {Iso.Local(schedule.FirstTestByUtc)}");
            if (schedule.SecondTestFromUtc is { } from)
            {
                await output.WriteLineAsync($"second_test_from {Iso.Local(from)}");
                await output.WriteLineAsync($"second_test_by {Iso.Local(schedule.SecondTestByUtc)}");
            }

            await output.WriteLineAsync($"restrictions_until {Iso.Local(schedule.RestrictionsUntilUtc)}");
            if (schedule.FirstTestLate)
            {
                await error.WriteLineAsync($"warning: the first test was taken after {Iso.Local(schedule.FirstTestByUtc)}");
            }

            if (schedule.SecondWindowEmpty)
            {
                await error.WriteLineAsync("warning: no time remains for a second test that respects both the gap and the limit");
            }
        }));
        return command;
    }
}
