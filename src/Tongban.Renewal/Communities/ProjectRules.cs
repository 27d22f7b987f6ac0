using Tongban.Kernel.Errors;

namespace Tongban.Renewal.Communities;

/// <summary>A community as entered (by hand, API, CLI or import).</summary>
public sealed record NewCommunity(Guid OrgId, string Code, string Name, string DivisionCode, int YearBuilt, int Buildings, int Households, decimal FloorAreaM2);

/// <summary>A project as entered: its community, category, plan year, content items, households benefited and facilities added.</summary>
public sealed record NewProject(Guid CommunityId, string Code, RenovationCategory Category, int PlanYear, IReadOnlyList<string> Items, int HouseholdsBenefited, int FacilitiesAdded);

/// <summary>The rules of old-community renovation, each a small function citing where it comes from.</summary>
public static class ProjectRules
{
    /// <summary>The first year of the national programme's figures (reference §2: 2019-2025).</summary>
    public const int FirstPlanYear = 2019;

    public const int CodeMaxLength = 40;

    /// <summary>
    /// Reference §1, Scope: "Priority: communities built before the end of 2000"; localities may also renovate a reserve
    /// of 2001-2005 stock, so later years are allowed but not priority.
    /// </summary>
    public static bool IsPriority(int yearBuilt) => yearBuilt <= 2000;

    /// <summary>Checks a community's figures: a name and code, a division code of 6, 9 or 12 digits, a past year built, at least one building and household.</summary>
    public static void Community(NewCommunity c, int thisYear)
    {
        Code(c.Code, "code");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(c.Name) || c.Name.Trim().Length > 200, "name", "renewal.name-required", "A community has a name of at most 200 characters.");
        var division = c.DivisionCode?.Trim() ?? "";
        RuleViolation.ThrowIf(division.Length is not (6 or 9 or 12) || !division.All(char.IsAsciiDigit), "divisionCode", "renewal.division-code", "A division code has 6, 9 or 12 digits (GB/T 2260 and the statistical zoning code).", ("value", division));
        RuleViolation.ThrowIf(c.YearBuilt < 1900 || c.YearBuilt > thisYear, "yearBuilt", "renewal.year-built", $"The year built lies between 1900 and {thisYear}.", ("max", thisYear));
        RuleViolation.ThrowIf(c.Buildings < 1, "buildings", "renewal.at-least-one", "At least one.", ("value", c.Buildings));
        RuleViolation.ThrowIf(c.Households < 1, "households", "renewal.at-least-one", "At least one.", ("value", c.Households));
        RuleViolation.ThrowIf(c.FloorAreaM2 <= 0, "floorAreaM2", "renewal.area-positive", "The floor area is above zero.", ("value", c.FloorAreaM2));
    }

    public static void Code(string? code, string field)
    {
        var c = code?.Trim() ?? "";
        RuleViolation.ThrowIf(c.Length == 0, field, "renewal.code-required", "A code is required.");
        RuleViolation.ThrowIf(c.Length > CodeMaxLength, field, "renewal.code-too-long", $"A code has at most {CodeMaxLength} characters.", ("max", CodeMaxLength));
    }

    /// <summary>
    /// A project's plan (国办发〔2020〕23号, three categories: each project carries items of its own category only); the
    /// households it benefits are at most the community's.
    /// </summary>
    public static void Project(NewProject p, int communityHouseholds, int thisYear, Func<string, RenovationCategory?> categoryOf)
    {
        Code(p.Code, "code");
        RuleViolation.ThrowIf(!Enum.IsDefined(p.Category), "category", "renewal.category-unknown", "The category is basic, improvement or enhancement.");
        RuleViolation.ThrowIf(p.PlanYear < FirstPlanYear || p.PlanYear > thisYear + 1, "planYear", "renewal.plan-year", $"The plan year lies between {FirstPlanYear} and {thisYear + 1}.", ("min", FirstPlanYear), ("max", thisYear + 1));
        RuleViolation.ThrowIf(p.Items.Count == 0, "items", "renewal.items-required", "Name at least one content item.");
        foreach (var item in p.Items)
        {
            var category = categoryOf(item);
            RuleViolation.ThrowIf(category is null, "items", "renewal.item-unknown", $"'{item}' is not a content item.", ("item", item));
            RuleViolation.ThrowIf(category != p.Category, "items", "renewal.item-category", $"'{item}' belongs to another category.", ("item", item));
        }

        RuleViolation.ThrowIf(p.HouseholdsBenefited < 0 || p.HouseholdsBenefited > communityHouseholds, "householdsBenefited", "renewal.households-benefited", $"Households benefited lie between 0 and the community's {communityHouseholds}.", ("max", communityHouseholds));
        RuleViolation.ThrowIf(p.FacilitiesAdded < 0, "facilitiesAdded", "renewal.not-negative", "Not below zero.", ("value", p.FacilitiesAdded));
    }

    /// <summary>Start of works: not in the future.</summary>
    public static void Start(DateOnly on, DateOnly today) =>
        RuleViolation.ThrowIf(on > today, "startedOn", "renewal.date-future", "The date is after today.", ("date", on));

    /// <summary>Completion of works: after a start, not before it (issue 16 item 5), not in the future.</summary>
    public static void Completion(DateOnly? startedOn, DateOnly on, DateOnly today)
    {
        RuleViolation.ThrowIf(startedOn is null, "completedOn", "renewal.not-started", "The project has not started.");
        RuleViolation.ThrowIf(on < startedOn, "completedOn", "renewal.completion-before-start", "The completion is before the start.", ("date", on), ("start", startedOn));
        RuleViolation.ThrowIf(on > today, "completedOn", "renewal.date-future", "The date is after today.", ("date", on));
    }

    /// <summary>Acceptance (竣工验收): after completion, not before it, not in the future.</summary>
    public static void Acceptance(DateOnly? completedOn, DateOnly on, DateOnly today)
    {
        RuleViolation.ThrowIf(completedOn is null, "acceptedOn", "renewal.not-completed", "The project is not completed.");
        RuleViolation.ThrowIf(on < completedOn, "acceptedOn", "renewal.acceptance-before-completion", "The acceptance is before the completion.", ("date", on), ("completed", completedOn));
        RuleViolation.ThrowIf(on > today, "acceptedOn", "renewal.date-future", "The date is after today.", ("date", on));
    }

    /// <summary>Funding by channel (23号文: central subsidy, local budgets, special bonds, utilities, social capital, residents): never below zero.</summary>
    public static void Funding(FundingChannel channel, long amountFen)
    {
        RuleViolation.ThrowIf(!Enum.IsDefined(channel), "channel", "renewal.channel-unknown", "Unknown funding channel.");
        RuleViolation.ThrowIf(amountFen < 0, "amount", "renewal.funding-negative", "Funding cannot be below zero.", ("value", amountFen / 100m));
    }

    /// <summary>Issue 16 item 1: a community counts as renovated when its projects (at least one) have all passed acceptance; the day is the last acceptance.</summary>
    public static DateOnly? RenovatedOn(IReadOnlyCollection<DateOnly?> acceptances) =>
        acceptances.Count > 0 && acceptances.All(a => a is not null) ? acceptances.Max() : null;

    /// <summary>
    /// The annual task completion rate in percent to one decimal, half up: communities started in the year against the
    /// year's planned number (seed 06: Zhejiang's "annual task completion rate has exceeded 99.3%"); null without a plan.
    /// </summary>
    public static decimal? CompletionRate(int started, int planned) =>
        planned <= 0 ? null : decimal.Round(started * 100m / planned, 1, MidpointRounding.AwayFromZero);
}
