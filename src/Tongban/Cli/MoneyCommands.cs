using System.CommandLine;
using Tongban.Kernel.Money;

namespace Tongban.Cli;

/// <summary><c>tongban money words 1234.56</c>: an amount in Chinese capital numerals; no database needed.</summary>
internal static class MoneyCommands
{
    public static Command Create()
    {
        var amount = new Argument<string>("amount") { Description = "Amount in yuan, e.g. 1234.56" };
        var words = new Command("words", "Print an amount in Chinese capital numerals (大写金额)") { amount };
        words.SetAction(async (parse, ct) =>
        {
            var value = Cny.Parse(parse.GetValue(amount), "amount");
            await parse.InvocationConfiguration.Output.WriteLineAsync(value.ToCapitalWords());
            return TongbanCli.Ok;
        });
        return new Command("money", "Amounts of money (CNY)") { words };
    }
}
