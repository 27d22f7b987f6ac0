using System.CommandLine;
using Tongban.Clinic.Cli;

namespace Tongban.Clinic.Tests.Cli;

/// <summary><c>tongban clinic cheapest --formulary FILE.csv --drug CODE --days N</c> (issue 14 item 4's contract).</summary>
public sealed class CheapestCommandTests
{
    private const string Header = "code,name,group,unit_price,units_per_day\n";

    // Reference 2a: ETV 0.5 mg at the NVBP expansion-round price ≈0.18 yuan a tablet, TDF ≈0.2; the originator ≈12 yuan.
    private const string Formulary = Header
        + "ETV-BRAND,Entecavir originator,hbv-na,12.00,1\n"
        + "ETV-NVBP,Entecavir NVBP,hbv-na,0.18,1\n"
        + "TDF-NVBP,Tenofovir DF NVBP,hbv-na,0.20,1\n"
        + "PPC,Polyene phosphatidylcholine,membrane,1.10,6\n"
        + "PPC-GEN,Polyene phosphatidylcholine generic,membrane,0.62,6\n"
        + "DG,Diammonium glycyrrhizinate,anti-inflammatory,0.45,9\n"
        + "CG,Compound glycyrrhizin,anti-inflammatory,0.81,5\n";

    private static async Task<(int Exit, string Out, string Err)> RunAsync(string csv, params string[] args)
    {
        var file = Path.Combine(Path.GetTempPath(), $"formulary-{Guid.NewGuid():N}.csv");
        await File.WriteAllTextAsync(file, csv);
        try
        {
            _ = ModuleCatalog.Texts;
            var root = new RootCommand { ClinicCommands.Cheapest() };
            root.Options.Add(Kernel.Modules.CliRefusal.Lang);
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = await root.Parse(["cheapest", "--formulary", file, .. args, "--lang", "en"]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
            return (exit, output.ToString().ReplaceLineEndings("\n"), error.ToString());
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>(12.00 - 0.18) × 30 = 354.60: the text's "a cheap drug that solves the problem is used instead of an expensive one".</summary>
    [Fact]
    public async Task Prints_the_cheapest_member_of_the_group_and_the_saving_over_the_days()
    {
        var (exit, output, error) = await RunAsync(Formulary, "--drug", "ETV-BRAND", "--days", "30");

        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Equal("ETV-NVBP saving 354.60\n", output);
    }

    /// <summary>Daily cost is unit price × units per day: 1.10 × 6 - 0.62 × 6 = 2.88 a day, × 7 = 20.16.</summary>
    [Fact]
    public async Task The_daily_cost_is_unit_price_times_units_per_day()
    {
        var (_, output, _) = await RunAsync(Formulary, "--drug", "PPC", "--days", "7");

        Assert.Equal("PPC-GEN saving 20.16\n", output);
    }

    /// <summary>DG 0.45 × 9 = 4.05 and CG 0.81 × 5 = 4.05 a day: on a tie the drug asked for, saving 0.00; the cheapest asked for is itself.</summary>
    [Fact]
    public async Task On_a_tie_the_drug_asked_for_is_kept_with_no_saving()
    {
        Assert.Equal("CG saving 0.00\n", (await RunAsync(Formulary, "--drug", "CG", "--days", "30")).Out);
        Assert.Equal("DG saving 0.00\n", (await RunAsync(Formulary, "--drug", "DG", "--days", "30")).Out);
        Assert.Equal("ETV-NVBP saving 0.00\n", (await RunAsync(Formulary, "--drug", "ETV-NVBP", "--days", "30")).Out);
    }

    /// <summary>Issue 14 item 10: zero days, a drug outside the formulary and a bad row are refused, exit 1, naming what is wrong.</summary>
    [Fact]
    public async Task Bad_input_exits_1_naming_the_field()
    {
        var zero = await RunAsync(Formulary, "--drug", "ETV-BRAND", "--days", "0");
        Assert.Equal(1, zero.Exit);
        Assert.Contains("[clinic.order-days]", zero.Err, StringComparison.Ordinal);

        var unknown = await RunAsync(Formulary, "--drug", "XYZ", "--days", "30");
        Assert.Equal(1, unknown.Exit);
        Assert.Contains("[clinic.drug-not-in-formulary]", unknown.Err, StringComparison.Ordinal);

        var bad = await RunAsync(Header + "A,a,g,1.0,1\nB,b,g,abc,1\n", "--drug", "A", "--days", "30");
        Assert.Equal(1, bad.Exit);
        Assert.Contains("row 3, column unit_price", bad.Err, StringComparison.Ordinal);
        Assert.Equal("", bad.Out);

        var header = await RunAsync("code,name,price\nA,a,1\n", "--drug", "A", "--days", "30");
        Assert.Equal(1, header.Exit);
        Assert.Contains("[clinic.formulary-header]", header.Err, StringComparison.Ordinal);
    }
}
