using Tongban.Kernel.Errors;

namespace Tongban.Kernel.Orgs;

/// <summary>The org tree's input rules, as pure functions.</summary>
public static class OrgRules
{
    public const int NameMaxLength = 200;

    /// <summary>The code the military period uses in place of a GB/T 2260 division.</summary>
    public const string MilitaryDivisionCode = "910000";

    // GB/T 2260: six digits; the first two name the province-level division, 11 (Beijing) to 82 (Macao).
    public static RuleResult DivisionCode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return RuleResult.Refused("orgs.division-code-required", "A 6-digit administrative division code (GB/T 2260) is required.");
        }

        if (code.Length != 6 || !code.All(char.IsAsciiDigit))
        {
            return RuleResult.Refused("orgs.division-code-shape", $"'{code}' is not six digits (GB/T 2260).", ("code", code));
        }

        if (code == MilitaryDivisionCode)
        {
            return RuleResult.Allowed;
        }

        var province = (code[0] - '0') * 10 + (code[1] - '0');
        return province is >= 11 and <= 82
            ? RuleResult.Allowed
            : RuleResult.Refused("orgs.division-code-province", $"'{code}' does not start with a province-level code 11-82 (GB/T 2260) and is not {MilitaryDivisionCode}.", ("code", code), ("militaryDivisionCode", MilitaryDivisionCode));
    }

    /// <summary>A node sits at its parent's level or below it (central above province above ... township).</summary>
    public static RuleResult LevelUnderParent(OrgLevel level, OrgLevel? parentLevel)
    {
        if (!Enum.IsDefined(level))
        {
            return RuleResult.Refused("orgs.level-unknown", $"Level {(int)level} is not one of central, province, prefecture, county, township.", ("level", (int)level));
        }

        return parentLevel is { } parent && level < parent
            ? RuleResult.Refused("orgs.level-above-parent", $"A {level} node cannot sit under a {parent} node.", ("level", level), ("parent", parent))
            : RuleResult.Allowed;
    }

    public static RuleResult Kind(OrgKind kind) =>
        Enum.IsDefined(kind)
            ? RuleResult.Allowed
            : RuleResult.Refused("orgs.kind-unknown", $"Kind {(int)kind} is not a known organisation kind.", ("kind", (int)kind));

    public static RuleResult Name(string? name, string language)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return RuleResult.Refused("orgs.name-required", $"The {language} name is required.", ("language", language));
        }

        return name.Trim().Length > NameMaxLength
            ? RuleResult.Refused("orgs.name-too-long", $"The {language} name is longer than {NameMaxLength} characters.", ("language", language), ("nameMaxLength", NameMaxLength))
            : RuleResult.Allowed;
    }

    /// <summary>Checks every field of a new node; <paramref name="parentLevel"/> is null for a root.</summary>
    public static void Validate(NewOrg input, OrgLevel? parentLevel, string fieldPrefix = "")
    {
        Name(input.NameZh, "Chinese").ThrowIfRefused(fieldPrefix + "nameZh");
        Name(input.NameEn, "English").ThrowIfRefused(fieldPrefix + "nameEn");
        DivisionCode(input.DivisionCode).ThrowIfRefused(fieldPrefix + "divisionCode");
        Kind(input.Kind).ThrowIfRefused(fieldPrefix + "kind");
        LevelUnderParent(input.Level, parentLevel).ThrowIfRefused(fieldPrefix + "level");
    }
}

/// <summary>Input for a new org node; <see cref="ParentId"/> null makes a root.</summary>
public sealed record NewOrg(Guid? ParentId, OrgLevel Level, OrgKind Kind, string NameZh, string NameEn, string DivisionCode, Guid? Id = null);
