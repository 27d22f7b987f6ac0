using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Modules;

namespace Tongban.Pensions.Amounts;

/// <summary>
/// <c>tongban pensions transfer-amounts --contributions FILE.csv [--rates FILE.csv] [--as-of YYYY-MM] [--json]</c>:
/// the Notice art. 7 amounts from a spreadsheet, for officers who check them by hand. Needs no database.
/// </summary>
internal static class TransferAmountsCommand
{
    public static Command Create()
    {
        var contributions = new Option<FileInfo>("--contributions")
        {
            Description = "CSV with the header month,base,individual,credited (month YYYY-MM, amounts in yuan).",
            Required = true,
        };
        var rates = new Option<FileInfo?>("--rates")
        {
            Description = "CSV with the header year,rate (rate in percent, e.g. 6.04); its years override the shipped rates.",
        };
        var asOf = new Option<string?>("--as-of")
        {
            Description = "Interest accrues through the end of this month (YYYY-MM); default: the last contribution month.",
        };
        var json = new Option<bool>("--json") { Description = "Print the amounts as one JSON object." };

        var command = new Command("transfer-amounts", "Personal account, military subsidy and total to transfer (Notice art. 7).")
        {
            contributions, rates, asOf, json,
        };
        command.SetAction(parse => CliRefusal.RunAsync(parse, async output =>
        {
            var amounts = Run(parse.GetValue(contributions)!, parse.GetValue(rates), parse.GetValue(asOf));
            await output.WriteAsync(parse.GetValue(json) ? FormatJson(amounts) : FormatLines(amounts));
        }));
        return command;
    }

    public static TransferAmounts Run(FileInfo contributionsFile, FileInfo? ratesFile, string? asOfText)
    {
        var months = ReadFile(contributionsFile, "--contributions", SpreadsheetFiles.ReadContributions);
        var rates = BookkeepingRates.Shipped;
        if (ratesFile is not null)
        {
            rates = rates.With(ReadFile(ratesFile, "--rates", reader => SpreadsheetFiles.ReadRates(reader, ratesFile.Name)));
        }

        YearMonth? asOf = asOfText is null ? null : YearMonth.Parse(asOfText, "--as-of");
        var calculator = new TransferAmountCalculator(rates, keepYears: false);
        foreach (var month in months)
        {
            calculator.Add(month);
        }

        return calculator.Finish(asOf);
    }

    /// <summary>The four-line contract: months, personal_account, military_subsidy, total; amounts with two decimals.</summary>
    public static string FormatLines(TransferAmounts amounts) =>
        string.Create(CultureInfo.InvariantCulture, $"months {amounts.Months}\npersonal_account {Plain(amounts.PersonalAccount.Yuan)}\nmilitary_subsidy {Plain(amounts.MilitarySubsidy.Yuan)}\ntotal {Plain(amounts.Total.Yuan)}\n");

    public static string FormatJson(TransferAmounts amounts)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteNumber("months", amounts.Months);
            writer.WriteNumber("personal_account", Scaled(amounts.PersonalAccount.Yuan));
            writer.WriteNumber("military_subsidy", Scaled(amounts.MilitarySubsidy.Yuan));
            writer.WriteNumber("total", Scaled(amounts.Total.Yuan));
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string Plain(decimal yuan) => yuan.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Two decimals in the JSON number too (4320.00, not 4320).</summary>
    private static decimal Scaled(decimal yuan) => decimal.Round(yuan, 2) + 0.00m;

    private static T ReadFile<T>(FileInfo file, string option, Func<TextReader, T> read)
    {
        if (!file.Exists)
        {
            throw new RuleViolation(option, "pensions.file-missing", $"The file {file.FullName} does not exist.", ("fullName", file.FullName));
        }

        using var reader = new StreamReader(file.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        try
        {
            return read(reader);
        }
        catch (RuleViolation violation)
        {
            throw new RuleViolation($"{file.Name} {violation.Field}", violation.Rule, $"{violation.Message} The whole file is refused; nothing was computed.", ("message", violation.Message));
        }
    }
}
