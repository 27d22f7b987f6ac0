using System.Globalization;
using System.Text;

namespace Tongban.Kernel.Errors;

/// <summary>What kind of text a field holds; each kind has one length limit (<see cref="TextRules.Limit"/>).</summary>
public enum TextKind
{
    /// <summary>A person's, unit's or thing's name, a title: one line.</summary>
    Name,

    /// <summary>An identifier people type or print (asset code, reference, voucher): a declared character set.</summary>
    Code,

    /// <summary>A postal address: one line.</summary>
    Address,

    /// <summary>Free text (a description, a note, a reason): lines allowed.</summary>
    FreeText,
}

/// <summary>
/// The kernel's one table of text limits and its rules for names and codes (issue 22 (12), (14)). Names carry no
/// control characters (C0, C1, line breaks), no bidirectional overrides (an RTL override reverses a minor's name on
/// screen) and no zero-width characters; codes use letters, digits, '-', '_', '.' and '/' (no "..", no leading '.' or
/// '/': no path such as "../../evil", no quotes).
/// </summary>
public static class TextRules
{
    /// <summary>Longest text of each kind, in characters.</summary>
    public static int Limit(TextKind kind) => kind switch
    {
        TextKind.Name => 200,
        TextKind.Code => 64,
        TextKind.Address => 500,
        _ => 4000,
    };

    /// <summary>The kind a field holds, read from its name (fullName, nameZh, code, assetCode, address, ...).</summary>
    public static TextKind KindOf(string field)
    {
        var f = field.ToLowerInvariant();
        return f switch
        {
            _ when f.EndsWith("code", StringComparison.Ordinal) => TextKind.Code,
            _ when f.Contains("address", StringComparison.Ordinal) => TextKind.Address,
            _ when f.Contains("name", StringComparison.Ordinal) || f is "title" => TextKind.Name,
            _ => TextKind.FreeText,
        };
    }

    /// <summary>Refuses <paramref name="value"/> when it breaks its kind's length or character rule; null or empty passes (required is another rule).</summary>
    public static void Check(string field, string? value, TextKind kind)
    {
        if (string.IsNullOrEmpty(value))
        {
            return;
        }

        var limit = Limit(kind);
        RuleViolation.ThrowIf(value.Length > limit, field, "text.too-long", $"{field} is longer than {limit} characters.", ("field", field), ("limit", limit));
        switch (kind)
        {
            case TextKind.Name or TextKind.Address:
                RuleViolation.ThrowIf(FirstHidden(value, allowLineBreaks: false) is not null, field, "text.hidden-character", $"{field} holds a control, direction or invisible character.", ("field", field));
                break;
            case TextKind.Code:
                RuleViolation.ThrowIf(!IsCode(value), field, "text.code-characters", $"{field} may hold only letters, digits, '-', '_', '.' and '/'.", ("field", field));
                break;
            default:
                RuleViolation.ThrowIf(FirstHidden(value, allowLineBreaks: true) is not null, field, "text.hidden-character", $"{field} holds a control, direction or invisible character.", ("field", field));
                break;
        }
    }

    /// <summary>The first control, bidirectional-formatting or zero-width character, or null.</summary>
    public static Rune? FirstHidden(string value, bool allowLineBreaks)
    {
        foreach (var rune in value.EnumerateRunes())
        {
            var v = rune.Value;
            if (allowLineBreaks && v is '\n' or '\r' or '\t')
            {
                continue;
            }

            if (v < 0x20 || v is >= 0x7F and <= 0x9F // C0, DEL, C1
                || v is 0x061C or 0x200E or 0x200F or (>= 0x202A and <= 0x202E) or (>= 0x2066 and <= 0x2069) // bidi marks, embeddings, overrides, isolates
                || v is (>= 0x200B and <= 0x200D) or 0x2060 or 0xFEFF or 0x180E // zero-width
                || Rune.GetUnicodeCategory(rune) is UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse)
            {
                return rune;
            }
        }

        return null;
    }

    /// <summary>Letters (any script), digits, '-', '_', '.', '/'; no "..", no leading '.' or '/'.</summary>
    public static bool IsCode(string value) =>
        value[0] is not ('.' or '/') && !value.Contains("..", StringComparison.Ordinal)
        && value.All(ch => char.IsLetterOrDigit(ch) || ch is '-' or '_' or '.' or '/');
}
