using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Tongban.Kernel.Errors;

namespace Tongban.Kernel.Money;

/// <summary>
/// An amount of renminbi held exactly as whole fen (分, 0.01 yuan). Conversions from decimal round half away from
/// zero, the way amounts are rounded in Chinese accounting (四舍五入); arithmetic between amounts is checked.
/// </summary>
public readonly partial record struct Cny(long Fen) : IComparable<Cny>
{
    public static readonly Cny Zero = new(0);

    private static readonly string[] Digits = ["零", "壹", "贰", "叁", "肆", "伍", "陆", "柒", "捌", "玖"];
    private static readonly string[] Places = ["", "拾", "佰", "仟"];

    /// <summary>The amount in yuan, exact.</summary>
    public decimal Yuan => Fen / 100m;

    /// <summary>An amount from yuan, rounded half away from zero to the fen (1.005 -> 1.01, -1.005 -> -1.01).</summary>
    public static Cny FromYuan(decimal yuan) => Rounded(() => yuan * 100m, "amount");

    /// <summary>
    /// Reads "1234.56", "1,234.56", "¥1234.56" (or ￥), "-12.3". More than two decimals are refused
    /// (<c>money.too-many-decimals</c>) unless the extra digits are zeros, because rounding an entered amount
    /// silently gains or loses money; anything else that is not an amount is <c>money.not-a-number</c>.
    /// </summary>
    public static Cny Parse(string? text, string field = "amount")
    {
        var trimmed = text?.Trim() ?? string.Empty;
        var match = AmountPattern().Match(trimmed);
        if (!match.Success || (match.Groups["sign1"].Success && match.Groups["sign2"].Success))
        {
            throw new RuleViolation(field, "money.not-a-number", $"\"{text}\" is not an amount of money (expected e.g. 1234.56 or 1,234.56).", ("text", text));
        }

        var fraction = match.Groups["frac"].Value;
        if (fraction.Length > 2 && fraction[2..].Any(c => c != '0'))
        {
            throw new RuleViolation(field, "money.too-many-decimals", $"\"{text}\" has more than two decimals; amounts are whole fen (0.01 yuan).", ("text", text));
        }

        var digits = match.Groups["int"].Value.Replace(",", string.Empty, StringComparison.Ordinal) + "." + (fraction.Length == 0 ? "0" : fraction);
        if (!decimal.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var yuan))
        {
            throw new RuleViolation(field, "money.out-of-range", $"\"{text}\" is too large an amount.", ("text", text));
        }

        var negative = match.Groups["sign1"].Success || match.Groups["sign2"].Success;
        return Rounded(() => (negative ? -yuan : yuan) * 100m, field);
    }

    public static bool TryParse(string? text, out Cny value)
    {
        try
        {
            value = Parse(text);
            return true;
        }
        catch (RuleViolation)
        {
            value = Zero;
            return false;
        }
    }

    public static Cny operator +(Cny a, Cny b) => new(checked(a.Fen + b.Fen));

    public static Cny operator -(Cny a, Cny b) => new(checked(a.Fen - b.Fen));

    public static Cny operator -(Cny a) => new(checked(-a.Fen));

    public static bool operator <(Cny a, Cny b) => a.Fen < b.Fen;

    public static bool operator >(Cny a, Cny b) => a.Fen > b.Fen;

    public static bool operator <=(Cny a, Cny b) => a.Fen <= b.Fen;

    public static bool operator >=(Cny a, Cny b) => a.Fen >= b.Fen;

    public static Cny Sum(IEnumerable<Cny> amounts)
    {
        ArgumentNullException.ThrowIfNull(amounts);
        var total = 0L;
        foreach (var amount in amounts)
        {
            total = checked(total + amount.Fen);
        }

        return new Cny(total);
    }

    /// <summary>This amount times <paramref name="factor"/> (a rate, a share, a quantity), rounded half away from zero to the fen.</summary>
    public Cny Multiply(decimal factor)
    {
        var fen = Fen;
        return Rounded(() => fen * factor, "amount");
    }

    /// <summary>
    /// Splits this amount into <paramref name="periods"/> equal parts rounded down to the fen; the last part absorbs
    /// the remainder so that the parts add up exactly to the total (100.00 / 3 -> 33.33, 33.33, 33.34).
    /// </summary>
    public IReadOnlyList<Cny> Split(int periods)
    {
        RuleViolation.ThrowIf(periods < 1, "periods", "money.split-periods", $"An amount can only be split over one or more periods (got {periods}).", ("periods", periods));
        var part = Fen / periods;
        var parts = new Cny[periods];
        Array.Fill(parts, new Cny(part));
        parts[^1] = new Cny(Fen - (part * (periods - 1)));
        return parts;
    }

    public int CompareTo(Cny other) => Fen.CompareTo(other.Fen);

    /// <summary>"1,234.56": invariant culture, thousands separators, always two decimals.</summary>
    public override string ToString() => Yuan.ToString("#,##0.00", CultureInfo.InvariantCulture);

    /// <summary>
    /// The amount in Chinese capital numerals as written on bills, per 《支付结算办法》(银发〔1997〕393号) 附一
    /// 《正确填写票据和结算凭证的基本规定》: 1234.56 -> 壹仟贰佰叁拾肆元伍角陆分, 1000 -> 壹仟元整, -5 -> 负伍元整.
    /// The "人民币" prefix the rules require in front of the words is left to the form.
    /// </summary>
    public string ToCapitalWords()
    {
        // ulong so that long.MinValue has an absolute value too.
        var magnitude = Fen < 0 ? (ulong)(-(Fen + 1)) + 1 : (ulong)Fen;
        var yuan = magnitude / 100;
        var jiao = (int)(magnitude / 10 % 10);
        var fen = (int)(magnitude % 10);

        if (magnitude == 0)
        {
            return "零元整";
        }

        var words = new StringBuilder();
        if (Fen < 0)
        {
            words.Append('负');
        }

        // An amount under one yuan starts at 角 or 分: 0.05 -> 伍分, no "零元".
        if (yuan > 0)
        {
            AppendInteger(words, yuan);
            words.Append('元');
        }

        if (jiao == 0 && fen == 0)
        {
            // Rules 二: words ending at 元 are closed with 整.
            words.Append('整');
            return words.ToString();
        }

        if (jiao > 0)
        {
            // Rules 二: 整 after 角 may be omitted; it is omitted here (1409.50 -> …元伍角).
            words.Append(Digits[jiao]).Append('角');
        }
        else if (yuan > 0)
        {
            // Zero rule (四): 角 is 0 but 分 is not -> write 零 after 元 (¥16,409.02 -> 壹万陆仟肆佰零玖元零贰分).
            words.Append('零');
        }

        if (fen > 0)
        {
            // Rules 二: nothing follows 分.
            words.Append(Digits[fen]).Append('分');
        }

        return words.ToString();
    }

    /// <summary>
    /// Writes a positive whole number of yuan in groups of four digits (个, 万, then 亿 recursively).
    /// Zero rules (一)/(二): zeros between digits are written as one 零 (¥1,409.50 -> 壹仟肆佰零玖元, ¥6,007.14 -> 陆仟零柒元).
    /// Zero rule (三) lets a zero 万 or 元 place be written or left out when the next place is not zero
    /// (¥107,000.53 -> 壹拾万柒仟元…); it is left out here, and 元 is never followed by an optional 零.
    /// A leading 拾 is written 壹拾 (the rules' own example 壹拾万), so it cannot be altered by adding a digit in front.
    /// </summary>
    private static void AppendInteger(StringBuilder words, ulong value)
    {
        const ulong Yi = 100_000_000;
        if (value >= Yi)
        {
            AppendInteger(words, value / Yi);
            words.Append('亿');
            var rest = value % Yi;
            if (rest > 0)
            {
                if (rest < 10_000_000)
                {
                    words.Append('零');
                }

                AppendBelowYi(words, (uint)rest);
            }

            return;
        }

        AppendBelowYi(words, (uint)value);
    }

    private static void AppendBelowYi(StringBuilder words, uint value)
    {
        var wan = value / 10_000;
        var rest = value % 10_000;
        if (wan > 0)
        {
            AppendGroup(words, wan);
            words.Append('万');
            if (rest > 0 && rest < 1_000)
            {
                words.Append('零');
            }
        }

        if (rest > 0)
        {
            AppendGroup(words, rest);
        }
    }

    /// <summary>1..9999: one 零 for any run of inner zeros, nothing for trailing zeros.</summary>
    private static void AppendGroup(StringBuilder words, uint value)
    {
        var zeroPending = false;
        var started = false;
        for (var place = 3; place >= 0; place--)
        {
            var digit = (int)(value / Pow10(place) % 10);
            if (digit == 0)
            {
                zeroPending = started;
                continue;
            }

            if (zeroPending)
            {
                words.Append('零');
                zeroPending = false;
            }

            words.Append(Digits[digit]).Append(Places[place]);
            started = true;
        }
    }

    private static uint Pow10(int place) => place switch { 0 => 1, 1 => 10, 2 => 100, _ => 1000 };

    /// <summary>Rounds an exact fen computation half away from zero; overflow is a refusal, never a wrapped value.</summary>
    private static Cny Rounded(Func<decimal> fen, string field)
    {
        try
        {
            return new Cny(decimal.ToInt64(decimal.Round(fen(), MidpointRounding.AwayFromZero)));
        }
        catch (OverflowException)
        {
            throw new RuleViolation(field, "money.out-of-range", "The amount is outside the range of amounts (about ±92 thousand trillion yuan).");
        }
    }

    [GeneratedRegex(@"^(?<sign1>-)?[¥￥]?(?<sign2>-)?(?<int>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.(?<frac>[0-9]+))?$", RegexOptions.CultureInvariant)]
    private static partial Regex AmountPattern();
}
