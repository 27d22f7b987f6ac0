using System.CommandLine;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Money;
using Tongban.Pensions.Documents;
using Tongban.Pensions.Estimate;
using Tongban.Pensions.Transfers;

namespace Tongban.Pensions.Cli;

/// <summary>The verbs that read the database: an annex as a PDF, the pension estimate.</summary>
internal static class RecordCommands
{
    /// <summary><c>tongban pensions form --transfer ID --annex 1..4 --out FILE.pdf</c>.</summary>
    public static Command Form(CliContext cli)
    {
        var transfer = new Option<Guid>("--transfer") { Description = "The transfer's id", Required = true };
        var annex = new Option<int>("--annex") { Description = "1 voucher, 2 application, 3 contact letter, 4 information form", Required = true };
        var output = new Option<FileInfo>("--out") { Description = "Where to write the PDF", Required = true };
        var command = new Command("form", "An annex of the Notice as a PDF filled from the records (same record, same bytes)") { transfer, annex, output };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var services = cli.Open(parse);
            var document = await services.GetRequiredService<TransferDocuments>().RenderAsync(parse.GetValue(transfer), TransferForms.KindOf(parse.GetValue(annex)), ct);
            var file = parse.GetValue(output)!;
            await File.WriteAllBytesAsync(file.FullName, document.Bytes, ct);
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"wrote {file.FullName} ({document.Bytes.Length} bytes)"));
        }));
        return command;
    }

    /// <summary><c>tongban pensions estimate --person ID|ID-NUMBER --average-wage YUAN [--index 1.0] [--age 50|55|60]</c>.</summary>
    public static Command Estimate(CliContext cli)
    {
        var person = new Option<string>("--person") { Description = "The person's id, or their 18-character ID number", Required = true };
        var wage = new Option<string>("--average-wage") { Description = "Average monthly wage of the previous year at the benefit place, in yuan", Required = true };
        var index = new Option<decimal>("--index") { Description = "Average contribution index (0.6 to 3)", DefaultValueFactory = _ => 1m };
        var age = new Option<int?>("--age") { Description = "Retirement age 50, 55 or 60 (default: 60 for men, 50 for women)" };
        var command = new Command("estimate", "Monthly basic pension at retirement from the merged record (国发〔2005〕38号), with formula and inputs") { person, wage, index, age };
        command.SetAction((parse, ct) => CliRefusal.RunAsync(parse, async writer =>
        {
            var services = cli.Open(parse);
            var db = services.GetRequiredService<PensionsDb>();
            var key = parse.GetValue(person)!.Trim().ToUpperInvariant();
            var found = Guid.TryParse(key, out var id)
                ? await db.Persons.SingleOrDefaultAsync(p => p.Id == id, ct)
                : await db.Persons.FirstOrDefaultAsync(p => p.IdNumber == key, ct);
            RuleViolation.ThrowIf(found is null, "--person", "pensions.person-unknown", $"No insured person {key}.", ("key", key));
            var input = new EstimateInput(parse.GetValue(age) ?? PensionEstimator.DefaultAge(found!.Gender), Cny.Parse(parse.GetValue(wage), "--average-wage"), parse.GetValue(index));
            var e = await services.GetRequiredService<PensionEstimator>().EstimateAsync(found!.Id, input, ct);
            var c = CultureInfo.InvariantCulture;
            await writer.WriteLineAsync(string.Create(c, $"insured_months {e.InsuredMonths}"));
            await writer.WriteLineAsync(string.Create(c, $"retirement_age {e.RetirementAge}"));
            await writer.WriteLineAsync(string.Create(c, $"average_wage {e.AverageMonthlyWage.Yuan:0.00}"));
            await writer.WriteLineAsync(string.Create(c, $"index {e.AverageIndex}"));
            foreach (var part in e.AccountParts)
            {
                await writer.WriteLineAsync(string.Create(c, $"account_part {part.Amount.Yuan:0.00} {part.Source}"));
            }

            await writer.WriteLineAsync(string.Create(c, $"account_balance {e.AccountBalance.Yuan:0.00}"));
            await writer.WriteLineAsync(string.Create(c, $"months_divisor {e.MonthsDivisor}"));
            await writer.WriteLineAsync(string.Create(c, $"basic_part {e.BasicPart.Yuan:0.00}"));
            await writer.WriteLineAsync(string.Create(c, $"account_part_monthly {e.AccountPart.Yuan:0.00}"));
            await writer.WriteLineAsync(string.Create(c, $"total {e.Total.Yuan:0.00}"));
            await writer.WriteLineAsync(e.Formula);
        }));
        return command;
    }
}
