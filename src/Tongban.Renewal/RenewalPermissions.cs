using Tongban.Kernel.People;

namespace Tongban.Renewal;

/// <summary>The module's permissions and the roles of housing departments per level, street offices, residents' committees and utilities.</summary>
public static class RenewalPermissions
{
    /// <summary>See communities, projects, roll-ups, concerns, sensors and alarms of the orgs granted.</summary>
    public const string View = "renewal.view";

    /// <summary>Register old communities and their renovation projects, record start, completion and funding.</summary>
    public const string EditProjects = "renewal.projects.edit";

    /// <summary>Pass a project's acceptance (竣工验收).</summary>
    public const string Accept = "renewal.projects.accept";

    /// <summary>Set the annual plan (number of communities and households) of an org for a year.</summary>
    public const string EditPlans = "renewal.plans.edit";

    /// <summary>Record a resident's concern.</summary>
    public const string RecordConcerns = "renewal.concerns.record";

    /// <summary>Assign and answer concerns, set the answer limits.</summary>
    public const string AnswerConcerns = "renewal.concerns.answer";

    /// <summary>Register sensors and alarm rules.</summary>
    public const string EditSensors = "renewal.sensors.edit";

    /// <summary>Send telemetry.</summary>
    public const string Ingest = "renewal.telemetry.ingest";

    /// <summary>Acknowledge, clear and annotate alarms.</summary>
    public const string HandleAlarms = "renewal.alarms.handle";

    public const string MinistryRole = "renewal.ministry";
    public const string ProvinceRole = "renewal.provincial-housing";
    public const string CityRole = "renewal.city-housing";
    public const string DistrictRole = "renewal.district-housing";
    public const string StreetRole = "renewal.street-office";
    public const string CommitteeRole = "renewal.residents-committee";
    public const string DispatcherRole = "renewal.utility-dispatcher";
    public const string MonitoringCentreRole = "renewal.monitoring-centre";

    public static readonly IReadOnlyList<RoleDefinition> Roles =
    [
        new(MinistryRole, "住房和城乡建设部", "Ministry of Housing and Urban-Rural Development", [View, EditPlans]),
        new(ProvinceRole, "省住房和城乡建设厅", "Provincial housing department", [View, EditPlans]),
        new(CityRole, "市住房和城乡建设局", "City housing bureau", [View, EditPlans, Accept]),
        new(DistrictRole, "区住房和城乡建设局", "District housing bureau", [View, EditPlans, EditProjects, Accept, AnswerConcerns]),
        new(StreetRole, "街道办事处", "Street office", [View, EditProjects, RecordConcerns, AnswerConcerns]),
        new(CommitteeRole, "社区居民委员会", "Residents' committee", [View, RecordConcerns]),
        new(DispatcherRole, "公用事业调度员", "Utility dispatcher", [View, EditSensors, Ingest, HandleAlarms]),
        new(MonitoringCentreRole, "城市生命线监测中心", "Urban lifeline monitoring centre", [View, EditSensors, HandleAlarms]),
    ];
}
