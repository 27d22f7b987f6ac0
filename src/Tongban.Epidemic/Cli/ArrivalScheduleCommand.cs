using System.CommandLine;
using Tongban.Epidemic.Management;
using Tongban.Epidemic.Policy;
using Tongban.Kernel.Errors;

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
        command.SetAction(parse =>
        {
            var output = parse.InvocationConfiguration.Output;
            var error = parse.InvocationConfiguration.Error;
            try
            {
                var arrivedUtc = Iso.ParseLocal(parse.GetValue(arrived)!, "arrived");
                var firstText = parse.GetValue(firstTest);
                var firstUtc = firstText is null ? (DateTime?)null : Iso.ParseLocal(firstText, "first-test");
                var schedule = ArrivalRules.Schedule(arrivedUtc, firstUtc, policies.At(arrivedUtc));
                output.WriteLine($"first_test_by {Iso.Local(schedule.FirstTestByUtc)}");
                if (schedule.SecondTestFromUtc is { } from)
                {
                    output.WriteLine($"second_test_from {Iso.Local(from)}");
                    output.WriteLine($"second_test_by {Iso.Local(schedule.SecondTestByUtc)}");
                }

                output.WriteLine($"restrictions_until {Iso.Local(schedule.RestrictionsUntilUtc)}");
                if (schedule.FirstTestLate)
                {
                    error.WriteLine($"warning: the first test was taken after {Iso.Local(schedule.FirstTestByUtc)}");
                }

                if (schedule.SecondWindowEmpty)
                {
                    error.WriteLine("warning: no time remains for a second test that respects both the gap and the limit");
                }

                return 0;
            }
            catch (RuleViolation v)
            {
                error.WriteLine($"{v.Field}: {v.Message} ({v.Rule})");
                return 1;
            }
        });
        return command;
    }
}
