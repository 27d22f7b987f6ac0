using Microsoft.Extensions.DependencyInjection;
using Tongban.Clinic.Patients;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Testing;

namespace Tongban.Clinic.Tests.Data;

/// <summary>A migrated database with a hepatology department and two of its teams.</summary>
internal sealed class ClinicWorld : IAsyncDisposable
{
    private ClinicWorld(TestDatabase db) => Db = db;

    public TestDatabase Db { get; }

    public Guid Department { get; private set; }

    public Guid Cancer { get; private set; }

    public Guid Fatty { get; private set; }

    public static async Task<ClinicWorld> CreateAsync(string provider)
    {
        var db = await TestDatabase.CreateAsync(
            provider,
            (services, target) =>
            {
                ClinicModule.AddClinic(services, target);
                services.AddRoleCatalog(ClinicPermissions.Roles);
            },
            typeof(ClinicDb));
        var world = new ClinicWorld(db);
        await using var scope = world.AsSystem();
        var tree = scope.ServiceProvider.GetRequiredService<OrgTree>();
        var dept = await tree.CreateAsync(new NewOrg(null, OrgLevel.Province, OrgKind.Hospital, "肝病科", "Hepatology", "420100"), default);
        var cancer = await tree.CreateAsync(new NewOrg(dept.Id, OrgLevel.Prefecture, OrgKind.Hospital, "肝癌组", "Liver cancer team", "420100"), default);
        var fatty = await tree.CreateAsync(new NewOrg(dept.Id, OrgLevel.Prefecture, OrgKind.Hospital, "脂肪肝组", "Fatty liver team", "420100"), default);
        (world.Department, world.Cancer, world.Fatty) = (dept.Id, cancer.Id, fatty.Id);
        var patients = scope.ServiceProvider.GetRequiredService<PatientService>();
        await patients.RegisterTeamAsync(cancer.Id);
        await patients.RegisterTeamAsync(fatty.Id);
        var clinic = scope.ServiceProvider.GetRequiredService<ClinicDb>();
        Demo.ClinicDemo.SeedFormulary(clinic, new Kernel.Modules.DemoContext(7, new Dictionary<string, Guid>()));
        await clinic.SaveChangesAsync();
        return world;
    }

    public AsyncServiceScope AsSystem() => Db.Open(CallerScope.System("test"));

    public AsyncServiceScope As(string userName, params (string Role, Guid Org)[] grants) =>
        Db.Open(CallerScope.ForUser(Guid.NewGuid(), userName, grants.Select(g => new Grant { Id = Guid.NewGuid(), OrgId = g.Org, Role = g.Role, CoversDescendants = true }).ToList()));

    public static NewPatient Patient(Guid team, string name, string idNumber, DateOnly born, Sex sex = Sex.Male, string doctor = "dr.zhou") =>
        new(team, name, sex, born, idNumber, "13800138000", "420117", doctor);

    public ValueTask DisposeAsync() => Db.DisposeAsync();
}
