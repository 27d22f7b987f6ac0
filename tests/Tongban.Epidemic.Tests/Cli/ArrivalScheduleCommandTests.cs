using System.CommandLine;
using Tongban.Epidemic.Cli;
using Tongban.Epidemic.Policy;

namespace Tongban.Epidemic.Tests.Cli;

public sealed class ArrivalScheduleCommandTests
{
    private static (int Exit, string Out, string Err) Run(params string[] args)
    {
        var root = new RootCommand { ArrivalScheduleCommand.Create(PolicyBook.Default) };
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = root.Parse(["arrival-schedule", .. args]).Invoke(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString());
    }

    [Fact]
    public void Prints_the_first_test_limit_and_restriction_end_for_an_arrival_seed04_arrivals()
    {
        var (exit, output, _) = Run("--arrived", "2022-10-30T08:00");
        Assert.Equal(0, exit);
        Assert.Equal("first_test_by 2022-10-31T08:00\nrestrictions_until 2022-11-06T08:00\n", output);
    }

    [Fact]
    public void Prints_the_second_test_window_when_the_first_test_is_given_seed04_arrivals()
    {
        var (exit, output, _) = Run("--arrived", "2022-10-30T08:00", "--first-test", "2022-10-30T20:00");
        Assert.Equal(0, exit);
        Assert.Equal(
            "first_test_by 2022-10-31T08:00\nsecond_test_from 2022-10-31T20:00\nsecond_test_by 2022-11-02T08:00\nrestrictions_until 2022-11-06T08:00\n",
            output);
    }

    [Fact]
    public void A_first_test_before_arrival_exits_1_with_the_reason()
    {
        var (exit, output, error) = Run("--arrived", "2022-10-30T08:00", "--first-test", "2022-10-30T07:00");
        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("cannot be before the arrival", error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unreadable_time_exits_1_naming_the_option()
    {
        var (exit, _, error) = Run("--arrived", "yesterday");
        Assert.Equal(1, exit);
        Assert.StartsWith("error: arrived: ", error, StringComparison.Ordinal);
    }
}
