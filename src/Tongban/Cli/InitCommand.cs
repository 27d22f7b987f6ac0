using System.CommandLine;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Hosting;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Cli;

/// <summary>
/// <c>tongban init</c>: creates or migrates the database. On a database without accounts it also
/// creates the root organisation (if none) and the first administrator, whose password is asked
/// for or given; there is no default password.
/// </summary>
internal static class InitCommand
{
    public const string PasswordVariable = "TONGBAN_ADMIN_PASSWORD";
    public const string DefaultRootName = "中华人民共和国财政部";

    public static Command Create()
    {
        var adminUser = new Option<string>("--admin-user") { Description = "First administrator's user name", DefaultValueFactory = _ => "admin" };
        var adminPassword = new Option<string?>("--admin-password") { Description = $"First administrator's password (or ${PasswordVariable}; asked for on a terminal)" };
        var rootName = new Option<string>("--root-name") { Description = "Name of the root organisation, when none exists", DefaultValueFactory = _ => DefaultRootName };
        var command = new Command("init", "Create or migrate the database; create the root organisation and first administrator") { adminUser, adminPassword, rootName };
        command.SetAction(async (parse, ct) =>
        {
            var output = parse.InvocationConfiguration.Output;
            var target = CliOptions.Target(parse);
            await using var sp = CliOptions.Open(target);
            await TongbanServices.MigrateAsync(sp, ct);
            await output.WriteLineAsync($"database ready: {target}");

            await using var scope = sp.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("init");
            var db = scope.ServiceProvider.GetRequiredService<KernelDb>();
            var root = await db.Orgs.IgnoreQueryFilters().Where(o => o.ParentId == null).OrderBy(o => o.Depth).FirstOrDefaultAsync(ct);
            if (await db.Users.AnyAsync(ct))
            {
                return TongbanCli.Ok;
            }

            var user = parse.GetValue(adminUser)!;
            var password = parse.GetValue(adminPassword) ?? Environment.GetEnvironmentVariable(PasswordVariable) ?? AskPassword(output);
            RuleViolation.ThrowIf(
                string.IsNullOrEmpty(password),
                "admin-password",
                "init.admin-password-required",
                $"The database has no administrator yet: give --admin-password or ${PasswordVariable} (there is no default password).");

            if (root is null)
            {
                var name = parse.GetValue(rootName)!.Trim();
                RuleViolation.ThrowIf(name.Length == 0, "root-name", "init.root-name-required", "The root organisation needs a name.");
                root = new OrgNode
                {
                    Id = Guid.CreateVersion7(),
                    Level = OrgLevel.Central,
                    Kind = OrgKind.FinanceDepartment,
                    NameZh = name,
                    NameEn = name == DefaultRootName ? "Ministry of Finance of the PRC" : "",
                    DivisionCode = "100000",
                };
                db.Orgs.Add(root);
                db.OrgClosures.Add(new OrgClosure { AncestorId = root.Id, DescendantId = root.Id, Distance = 0 });
                await db.SaveChangesAsync(ct);
                await output.WriteLineAsync($"created root organisation: {root.NameZh}");
            }

            var users = scope.ServiceProvider.GetRequiredService<UserManager<TongbanUser>>();
            var admin = new TongbanUser { Id = Guid.CreateVersion7(), UserName = user, DisplayName = user, HomeOrgId = root.Id };
            var created = await users.CreateAsync(admin, password!);
            if (!created.Succeeded)
            {
                var e = created.Errors.First();
                throw new RuleViolation(e.Code.StartsWith("Password", StringComparison.Ordinal) ? "admin-password" : "admin-user", "identity." + e.Code, e.Description);
            }

            db.Grants.Add(new Grant { Id = Guid.CreateVersion7(), UserId = admin.Id, Role = KernelPermissions.AdministratorRole, OrgId = root.Id, CoversDescendants = true });
            await db.SaveChangesAsync(ct);
            await output.WriteLineAsync($"created administrator: {user}");
            return TongbanCli.Ok;
        });
        return command;
    }

    private static string? AskPassword(TextWriter output)
    {
        if (Console.IsInputRedirected)
        {
            return null;
        }

        output.Write("Password for the first administrator: ");
        var chars = new List<char>();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                break;
            }

            if (key.Key == ConsoleKey.Backspace)
            {
                if (chars.Count > 0)
                {
                    chars.RemoveAt(chars.Count - 1);
                }

                continue;
            }

            chars.Add(key.KeyChar);
        }

        output.WriteLine();
        return new string([.. chars]);
    }
}
