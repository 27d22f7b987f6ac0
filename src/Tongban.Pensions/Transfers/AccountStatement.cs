using System.Text.Json;
using Tongban.Kernel.Money;
using Tongban.Pensions.Amounts;

namespace Tongban.Pensions.Transfers;

/// <summary>One year of a stated account, in fen (what the forms print by year).</summary>
public sealed record StatementYear(int Year, int ThroughMonth, long OpeningFen, long CreditsFen, decimal RatePercent, long InterestFen, long ClosingFen, long SubsidyFen);

/// <summary>
/// The art. 7 amounts as the military finance department stated them on a form, with the account by year. Stored on the
/// transfer so that the receiving agency prints the same figures without reading the department's contribution months.
/// </summary>
public sealed record AccountStatement(int Months, long PersonalAccountFen, long MilitarySubsidyFen, int AsOfYear, int AsOfMonth, IReadOnlyList<StatementYear> Years)
{
    public Cny PersonalAccount => new(PersonalAccountFen);

    public Cny MilitarySubsidy => new(MilitarySubsidyFen);

    public Cny Total => PersonalAccount + MilitarySubsidy;

    public static AccountStatement From(TransferAmounts amounts) =>
        new(
            amounts.Months,
            amounts.PersonalAccount.Fen,
            amounts.MilitarySubsidy.Fen,
            amounts.AsOf.Year,
            amounts.AsOf.Month,
            amounts.Years.Select(y => new StatementYear(y.Year, y.ThroughMonth, y.Opening.Fen, y.Credits.Fen, y.RatePercent, y.Interest.Fen, y.Closing.Fen, y.Subsidy.Fen)).ToList());

    public string ToJson() => JsonSerializer.Serialize(this);

    public static AccountStatement? FromJson(string? json) => json is null ? null : JsonSerializer.Deserialize<AccountStatement>(json);
}
