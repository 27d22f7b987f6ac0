using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Modules;
using Tongban.Pensions.Amounts;

namespace Tongban.Pensions.Cli;

/// <summary>
/// <c>tongban pensions amounts --as-of YYYY-MM [--out FILE.csv]</c>: the Notice art. 7 amounts of every account the
/// caller may see, computed from the stored months in one streamed pass (<see cref="AmountsBatch"/>), with the totals
/// printed and, with --out, one CSV line per person.
/// </summary>
internal static class AmountsCommand
{
    public const string CsvHeader = "person_id,months,personal_account,military_subsidy,total";

    public static Command Create(CliContext cli)
    {
        var asOf = new Option<string>("--as-of") { Description = "Interest accrues through the end of this month (YYYY-MM)", Required = true };
        var output = new Option<FileInfo?>("--out") { Description = "Write one CSV line per person (person_id, months, personal_account, military_subsidy, total)" };
        var command = new Command("amounts", "Transfer amounts (art. 7) of every account in your scope, from the stored contribution months") { asOf, output };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var month = YearMonth.Parse(parse.GetValue(asOf), "--as-of");
            var services = cli.Open(parse);
            var file = parse.GetValue(output);
            await using var csv = file is null ? null : new StreamWriter(file.FullName, append: false, new System.Text.UTF8Encoding(false));
            csv?.WriteLine(CsvHeader);
            var c = CultureInfo.InvariantCulture;
            var totals = await services.GetRequiredService<AmountsBatch>().RunAsync(
                month,
                csv is null ? null : (id, a) => csv.WriteLine(string.Create(c, $"{id},{a.Months},{a.PersonalAccount.Yuan:0.00},{a.MilitarySubsidy.Yuan:0.00},{a.Total.Yuan:0.00}")),
                ct);
            await writer.WriteLineAsync(string.Create(c, $"persons {totals.Persons}"));
            await writer.WriteLineAsync(string.Create(c, $"months {totals.Months}"));
            await writer.WriteLineAsync(string.Create(c, $"personal_account {totals.PersonalAccount.Yuan:0.00}"));
            await writer.WriteLineAsync(string.Create(c, $"military_subsidy {totals.MilitarySubsidy.Yuan:0.00}"));
            await writer.WriteLineAsync(string.Create(c, $"total {totals.Total.Yuan:0.00}"));
        }));
        return command;
    }
}
