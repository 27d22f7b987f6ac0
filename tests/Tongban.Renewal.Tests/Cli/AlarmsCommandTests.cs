using System.CommandLine;
using Tongban.Renewal.Cli;

namespace Tongban.Renewal.Tests.Cli;

/// <summary><c>tongban renewal alarms --rules FILE.csv --telemetry FILE.csv</c> (issue 16, item 4's contract).</summary>
public sealed class AlarmsCommandTests
{
    private const string RulesHeader = "kind,metric,op,threshold,for_seconds,severity\n";
    private const string TelemetryHeader = "sensor,kind,time,metric,value\n";

    private static async Task<(int Exit, string Out, string Err)> RunAsync(string rules, string telemetry, string lang = "en")
    {
        var r = Path.Combine(Path.GetTempPath(), $"rules-{Guid.NewGuid():N}.csv");
        var t = Path.Combine(Path.GetTempPath(), $"telemetry-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(r, rules);
        await File.WriteAllTextAsync(t, telemetry);
        try
        {
            _ = ModuleCatalog.Texts;
            var root = new RootCommand { RenewalCommands.Alarms() };
            root.Options.Add(Kernel.Modules.CliRefusal.Lang);
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = await root.Parse(["alarms", "--rules", r, "--telemetry", t, "--lang", lang]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
            return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString());
        }
        finally
        {
            File.Delete(r);
            File.Delete(t);
        }
    }

    /// <summary>
    /// Reference §3c: methane alarms at 20 %LEL (GB 50838-2015's set point for utility tunnels); graded by concentration
    /// and duration (the Hefei practice). Rows come in any order; lines print in time order, ties by sensor.
    /// </summary>
    [Fact]
    public async Task Raises_when_the_condition_held_for_the_duration_and_clears_at_the_first_breaking_reading()
    {
        var telemetry = TelemetryHeader
            + "G2,gas,2026-11-30T08:02:30,ch4_lel,40\n"
            + "G1,gas,2026-11-30T08:01:00,ch4_lel,25\n"
            + "G1,gas,2026-11-30T08:00:00,ch4_lel,5\n"
            + "G1,gas,2026-11-30T08:00:30,ch4_lel,21\n"   // the run starts
            + "G1,gas,2026-11-30T08:01:30,ch4_lel,20\n"   // held 60 s: raised (>= 20)
            + "G1,gas,2026-11-30T08:02:00,ch4_lel,30\n"
            + "G1,gas,2026-11-30T08:02:30,ch4_lel,3\n"    // breaks it: cleared
            + "G2,gas,2026-11-30T08:01:30,ch4_lel,40\n"
            + "G2,gas,2026-11-30T08:01:45,pressure_kpa,900\n"; // no rule for this metric

        var (exit, output, error) = await RunAsync(RulesHeader + "gas,ch4_lel,>=,20,60,red\n", telemetry);

        Assert.Equal("", error);
        Assert.Equal(0, exit);
        Assert.Equal("raised G1 2026-11-30T08:01:30 red\ncleared G1 2026-11-30T08:02:30\nraised G2 2026-11-30T08:02:30 red\n", output);
    }

    [Fact]
    public async Task A_run_broken_before_the_duration_starts_again_and_zero_seconds_raises_at_once()
    {
        var telemetry = TelemetryHeader
            + "B1,bridge,2026-11-30T10:00:00,deflection_mm,31\n"
            + "B1,bridge,2026-11-30T10:00:30,deflection_mm,10\n"
            + "B1,bridge,2026-11-30T10:01:00,deflection_mm,31\n"
            + "B1,bridge,2026-11-30T10:01:30,deflection_mm,31\n";

        var (exit, output, _) = await RunAsync(RulesHeader + "bridge,deflection_mm,>,30,60,orange\nbridge,deflection_mm,>,30,0,yellow\n", telemetry);

        Assert.Equal(0, exit);
        Assert.Equal(
            "raised B1 2026-11-30T10:00:00 yellow\ncleared B1 2026-11-30T10:00:30\nraised B1 2026-11-30T10:01:00 yellow\n",
            output);
    }

    /// <summary>Reference §3c: network service pressure at least 0.14 MPa; below it for two minutes is an orange alarm.</summary>
    [Fact]
    public async Task Below_threshold_rules_use_less_than()
    {
        var telemetry = TelemetryHeader
            + "W1,water-supply,2026-11-30T06:00:00,pressure_mpa,0.13\n"
            + "W1,water-supply,2026-11-30T06:01:00,pressure_mpa,0.12\n"
            + "W1,water-supply,2026-11-30T06:02:00,pressure_mpa,0.10\n"
            + "W1,water-supply,2026-11-30T06:03:00,pressure_mpa,0.14\n";

        var (_, output, _) = await RunAsync(RulesHeader + "water-supply,pressure_mpa,<,0.14,120,orange\n", telemetry);

        Assert.Equal("raised W1 2026-11-30T06:02:00 orange\ncleared W1 2026-11-30T06:03:00\n", output);
    }

    [Theory]
    [InlineData("gas,ch4_lel,=>,20,60,red\n", "G1,gas,2026-11-30T08:00:00,ch4_lel,5\n", "row 1, column op", "renewal.op-unknown")]
    [InlineData("gas,ch4_lel,>,20,60,purple\n", "G1,gas,2026-11-30T08:00:00,ch4_lel,5\n", "row 1, column severity", "renewal.severity-unknown")]
    [InlineData("gas,ch4_lel,>,20,-1,red\n", "G1,gas,2026-11-30T08:00:00,ch4_lel,5\n", "row 1, column for_seconds", "renewal.file-seconds")]
    [InlineData("gas,ch4_lel,>,20,60,red\n", "G1,gas,2026-11-30T08:00:00,ch4_lel,5\nG1,gas,30/11/2026 08:01,ch4_lel,5\n", "row 2, column time", "renewal.file-time")]
    [InlineData("gas,ch4_lel,>,20,60,red\n", "G1,gas,2026-11-30T08:00:00,ch4_lel,five\n", "row 1, column value", "renewal.file-number")]
    [InlineData("gas,ch4_lel,>,20,60,red\n", "G1,gas,2026-11-30T08:00:00,ch4_lel\n", "row 1", "renewal.file-cells")]
    public async Task A_row_that_does_not_parse_exits_1_naming_the_row_and_column(string rules, string telemetry, string where, string rule)
    {
        var (exit, output, error) = await RunAsync(RulesHeader + rules, TelemetryHeader + telemetry);

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains($"error: {where}: ", error, StringComparison.Ordinal);
        Assert.Contains($"[{rule}]", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_header_is_refused_and_the_refusal_reads_in_chinese()
    {
        var (exit, _, error) = await RunAsync("kind,metric,threshold\n", TelemetryHeader, "zh-CN");

        Assert.Equal(1, exit);
        Assert.Contains("[renewal.file-header]", error, StringComparison.Ordinal);
        Assert.Contains("首行须为 kind,metric,op,threshold,for_seconds,severity", error, StringComparison.Ordinal);
    }
}
