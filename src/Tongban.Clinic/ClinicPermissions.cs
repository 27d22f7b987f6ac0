using Tongban.Kernel.People;

namespace Tongban.Clinic;

/// <summary>The module's permissions and the roles of a hepatology department (seed 01): doctors per team, nurses, primary-care doctors.</summary>
public static class ClinicPermissions
{
    /// <summary>See the patients of the orgs (teams) granted; every read of one patient's record is audited with a purpose.</summary>
    public const string View = "clinic.view";

    /// <summary>Register patients, enrol them in programmes and record visits with labs.</summary>
    public const string Treat = "clinic.treat";

    /// <summary>Work the due and overdue lists: record reminder calls and messages.</summary>
    public const string Remind = "clinic.remind";

    /// <summary>Edit the dated follow-up intervals of the programmes (reference section 1).</summary>
    public const string EditSchedules = "clinic.schedules.edit";

    /// <summary>Exports with names and ID numbers; without it exports are de-identified (issue 14 item 8).</summary>
    public const string ExportNames = "clinic.export.names";

    public const string DoctorRole = "clinic.doctor";
    public const string NurseRole = "clinic.nurse";
    public const string DirectorRole = "clinic.director";
    public const string PrimaryCareRole = "clinic.primary-care";

    public static readonly IReadOnlyList<RoleDefinition> Roles =
    [
        new(DoctorRole, "肝病科医生", "Hepatology doctor", [View, Treat, Remind]),
        new(NurseRole, "随访护士", "Follow-up nurse", [View, Remind]),
        new(DirectorRole, "科主任", "Department director", [View, Treat, Remind, EditSchedules, ExportNames]),
        new(PrimaryCareRole, "基层医生", "Primary-care doctor", [View]),
    ];
}
