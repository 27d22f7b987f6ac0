using Tongban.Kernel.People;

namespace Tongban.Pensions;

/// <summary>The module's permissions and the roles that carry them.</summary>
public static class PensionsPermissions
{
    public const string View = "pensions.view";
    public const string KeepAccounts = "pensions.accounts.keep";
    public const string Transfer = "pensions.transfers.handle";
    public const string EditRates = "pensions.rates.edit";

    public const string MilitaryFinanceClerk = "pensions.military-finance-clerk";
    public const string AgencyClerk = "pensions.agency-clerk";
    public const string RatesKeeper = "pensions.rates-keeper";

    public static readonly IReadOnlyList<RoleDefinition> Roles =
    [
        new(MilitaryFinanceClerk, "军队财务部门经办人", "Military finance clerk", [View, KeepAccounts, Transfer]),
        new(AgencyClerk, "社会保险经办机构经办人", "Social insurance agency clerk", [View, Transfer]),
        new(RatesKeeper, "记账利率维护人员", "Bookkeeping-rate keeper", [View, EditRates]),
    ];
}
