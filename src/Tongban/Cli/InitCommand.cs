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
            // The audit chain's key lives outside the database (issue 21 (7)): created here when it does not exist yet.
            var keyring = sp.GetRequiredService<Tongban.Kernel.Audit.AuditKeyring>();
            _ = keyring.Key;
            await output.WriteLineAsync($"audit key: {keyring.KeyPath} (anchors: {keyring.AnchorPath}); keep it outside the database's backups");

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
                $"The database has no administrator yet: give --admin-password or ${PasswordVariable} (there is no default password).", ("passwordVariable", PasswordVariable));

            await CheckPasswordAsync(scope.ServiceProvider, password!);
            if (root is null)
            {
                var name = parse.GetValue(rootName)!.Trim();
                root = await scope.ServiceProvider.GetRequiredService<OrgTree>().CreateAsync(
                    new NewOrg(null, OrgLevel.Central, OrgKind.FinanceDepartment, name, name == DefaultRootName ? "Ministry of Finance of the PRC" : name, "110000"),
                    ct);
                await output.WriteLineAsync($"created root organisation: {root.NameZh}");
            }

            var people = scope.ServiceProvider.GetRequiredService<PeopleDirectory>();
            TongbanUser admin;
            try
            {
                admin = await people.CreateUserAsync(new NewUser(user, user, password!, root.Id, null), ct);
            }
            catch (RuleViolation v) when (v.Field is "userName" or "password")
            {
                throw new RuleViolation(v.Field == "password" ? "admin-password" : "admin-user", v.Rule, v.Message);
            }

            await people.GrantAsync(admin.Id, KernelPermissions.AdministratorRole, root.Id, coversDescendants: true, ct);
            await output.WriteLineAsync($"created administrator: {user}");
            return TongbanCli.Ok;
        });
        return command;
    }

    /// <summary>Refuses a weak password before anything is written (the same validators as account creation).</summary>
    private static async Task CheckPasswordAsync(IServiceProvider services, string password)
    {
        var users = services.GetRequiredService<UserManager<TongbanUser>>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, new TongbanUser(), password);
            if (!result.Succeeded)
            {
                var first = result.Errors.First();
                throw new RuleViolation("admin-password", "people." + Kebab(first.Code), string.Join(" ", result.Errors.Select(e => e.Description)));
            }
        }
    }

    private static string Kebab(string code) =>
        string.Concat(code.Select((c, i) => char.IsUpper(c) && i > 0 ? "-" + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

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
