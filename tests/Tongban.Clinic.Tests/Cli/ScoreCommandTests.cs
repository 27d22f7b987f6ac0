using System.CommandLine;
using Tongban.Clinic.Cli;

namespace Tongban.Clinic.Tests.Cli;

/// <summary><c>tongban clinic score ...</c> (issue 14 item 3's contract).</summary>
public sealed class ScoreCommandTests
{
    private static async Task<(int Exit, string Out, string Err)> RunAsync(params string[] args)
    {
        _ = ModuleCatalog.Texts;
        var root = new RootCommand { ClinicCommands.Score() };
        root.Options.Add(Kernel.Modules.CliRefusal.Lang);
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = await root.Parse(["score", .. args, "--lang", "en"]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString());
    }

    /// <summary>Reference 4b's worked case: bilirubin 3 mg/dL, creatinine 2 mg/dL, INR 2 give MELD 25; sodium 130 gives MELD-Na 28.</summary>
    [Fact]
    public async Task Prints_child_pugh_meld_and_meld_na_one_per_line()
    {
        var (exit, output, error) = await RunAsync("--bilirubin", "51.3", "--albumin", "30", "--inr", "2.0", "--creatinine", "176.8", "--ascites", "mild", "--encephalopathy", "none", "--sodium", "130");

        Assert.Equal(0, exit);
        Assert.Equal("", error);

        // Child-Pugh: bilirubin 2 + albumin 2 + INR 2 + ascites 2 + encephalopathy 1 = 9, class B (reference 4a).
        Assert.Equal("child_pugh 9 B\nmeld 25\nmeld_na 28\n", output);
    }

    [Fact]
    public async Task Without_sodium_there_is_no_meld_na_and_dialysis_counts_creatinine_as_4()
    {
        var (exit, output, _) = await RunAsync("--bilirubin", "51.3", "--albumin", "40", "--inr", "2.0", "--creatinine", "80", "--ascites", "none", "--encephalopathy", "none", "--dialysis");

        Assert.Equal(0, exit);
        Assert.Equal("child_pugh 7 B\nmeld 32\n", output);
    }

    /// <summary>Reference section 3: albumin below 5 g/L is a unit error (g/dL typed as g/L); the command exits 1 naming the field.</summary>
    [Fact]
    public async Task A_value_beyond_the_hard_limits_exits_1_naming_the_field()
    {
        var (exit, output, error) = await RunAsync("--bilirubin", "20", "--albumin", "3.5", "--inr", "1.0", "--creatinine", "80", "--ascites", "none", "--encephalopathy", "none");

        Assert.Equal(1, exit);
        Assert.Equal("", output);
        Assert.Contains("error: albumin:", error, StringComparison.Ordinal);
        Assert.Contains("[clinic.lab-below-hard]", error, StringComparison.Ordinal);
        Assert.Contains("5", error, StringComparison.Ordinal);
    }
}
