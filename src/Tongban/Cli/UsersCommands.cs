using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.People;

namespace Tongban.Cli;

/// <summary><c>tongban users add|grant</c>: accounts and grants, as the system actor.</summary>
internal static class UsersCommands
{
    public const string PasswordVariable = "TONGBAN_USER_PASSWORD";

    public static Command Create(CliSession session)
    {
        var userName = new Argument<string>("user") { Description = "User name" };
        var displayName = new Option<string?>("--name") { Description = "Display name (default: the user name)" };
        var org = new Option<string>("--org") { Description = "Home organisation: its id, or its exact Chinese name", Required = true };
        var password = new Option<string?>("--password") { Description = $"Password (or ${PasswordVariable})" };
        var email = new Option<string?>("--email") { Description = "E-mail address" };
        var add = new Command("add", "Create an account") { userName, displayName, org, password, email };
        add.SetAction(async (parse, ct) =>
        {
            var services = await session.OpenAsync(parse, ct);
            var db = services.GetRequiredService<KernelDb>();
            var orgId = await ResolveOrgAsync(db, parse.GetValue(org)!, ct);
            var secret = parse.GetValue(password) ?? Environment.GetEnvironmentVariable(PasswordVariable);
            RuleViolation.ThrowIf(string.IsNullOrEmpty(secret), "password", "users.password-required", $"Give --password or ${PasswordVariable}.", ("passwordVariable", PasswordVariable));
            var name = parse.GetValue(userName)!;
            var user = await services.GetRequiredService<PeopleDirectory>().CreateUserAsync(
                new NewUser(name, parse.GetValue(displayName) ?? name, secret!, orgId, parse.GetValue(email)), ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"created user {user.UserName} {user.Id}");
            return TongbanCli.Ok;
        });

        var grantUser = new Argument<string>("user") { Description = "User name" };
        var role = new Argument<string>("role") { Description = "Role, e.g. administrator, auditor or a module's role" };
        var grantOrg = new Option<string>("--org") { Description = "Organisation: its id, or its exact Chinese name", Required = true };
        var descendants = new Option<bool>("--descendants") { Description = "The grant also covers every organisation below" };
        var grant = new Command("grant", "Grant a role at an organisation") { grantUser, role, grantOrg, descendants };
        grant.SetAction(async (parse, ct) =>
        {
            var services = await session.OpenAsync(parse, ct);
            var db = services.GetRequiredService<KernelDb>();
            var name = parse.GetValue(grantUser)!;
            var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == name, ct)
                ?? throw new RuleViolation("user", "people.user-not-found", $"There is no account '{name}'.", ("name", name));
            var orgId = await ResolveOrgAsync(db, parse.GetValue(grantOrg)!, ct);
            var g = await services.GetRequiredService<PeopleDirectory>().GrantAsync(user.Id, parse.GetValue(role)!, orgId, parse.GetValue(descendants), ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync(
                $"granted {g.Role} at {orgId} to {user.UserName}{(g.CoversDescendants ? " (with descendants)" : "")}");
            return TongbanCli.Ok;
        });

        return new Command("users", "Accounts and grants") { add, grant, ResetPassword(session), Disable(session, true), Disable(session, false), Remove(session), SignOutEverywhere(session) };
    }

    // Account life cycle (issue 22 (2)): as the system actor, audited like every change.

    private static Command ResetPassword(CliSession session)
    {
        var userName = new Argument<string>("user") { Description = "User name" };
        var password = new Option<string?>("--password") { Description = $"New password (or ${PasswordVariable})" };
        var command = new Command("reset-password", "Set a new password; the account's sessions end and a lockout is lifted") { userName, password };
        command.SetAction(async (parse, ct) =>
        {
            var services = await session.OpenAsync(parse, ct);
            var secret = parse.GetValue(password) ?? Environment.GetEnvironmentVariable(PasswordVariable);
            RuleViolation.ThrowIf(string.IsNullOrEmpty(secret), "password", "users.password-required", $"Give --password or ${PasswordVariable}.", ("passwordVariable", PasswordVariable));
            var user = await FindUserAsync(services, parse.GetValue(userName)!, ct);
            await services.GetRequiredService<PeopleDirectory>().ResetPasswordAsync(user.Id, secret!, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"password reset for {user.UserName}");
            return TongbanCli.Ok;
        });
        return command;
    }

    private static Command Disable(CliSession session, bool disable)
    {
        var userName = new Argument<string>("user") { Description = "User name" };
        var command = new Command(
            disable ? "disable" : "enable",
            disable ? "Disable an account: no sign-in; its sessions and API tokens stop at once" : "Enable a disabled account again") { userName };
        command.SetAction(async (parse, ct) =>
        {
            var services = await session.OpenAsync(parse, ct);
            var user = await FindUserAsync(services, parse.GetValue(userName)!, ct);
            await services.GetRequiredService<PeopleDirectory>().SetDisabledAsync(user.Id, disable, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"{(disable ? "disabled" : "enabled")} {user.UserName}");
            return TongbanCli.Ok;
        });
        return command;
    }

    private static Command Remove(CliSession session)
    {
        var userName = new Argument<string>("user") { Description = "User name" };
        var command = new Command("remove", "Remove an account with its grants and API tokens") { userName };
        command.SetAction(async (parse, ct) =>
        {
            var services = await session.OpenAsync(parse, ct);
            var user = await FindUserAsync(services, parse.GetValue(userName)!, ct);
            await services.GetRequiredService<PeopleDirectory>().RemoveUserAsync(user.Id, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"removed {user.UserName}");
            return TongbanCli.Ok;
        });
        return command;
    }

    private static Command SignOutEverywhere(CliSession session)
    {
        var userName = new Argument<string>("user") { Description = "User name" };
        var command = new Command("sign-out", "End every session of an account (a lost device); its API tokens stay") { userName };
        command.SetAction(async (parse, ct) =>
        {
            var services = await session.OpenAsync(parse, ct);
            var user = await FindUserAsync(services, parse.GetValue(userName)!, ct);
            await services.GetRequiredService<PeopleDirectory>().SignOutEverywhereAsync(user.Id, ct);
            await parse.InvocationConfiguration.Output.WriteLineAsync($"signed out {user.UserName} everywhere");
            return TongbanCli.Ok;
        });
        return command;
    }

    private static async Task<TongbanUser> FindUserAsync(IServiceProvider services, string name, CancellationToken ct) =>
        await services.GetRequiredService<KernelDb>().Users.AsNoTracking().SingleOrDefaultAsync(u => u.UserName == name, ct)
        ?? throw new RuleViolation("user", "people.user-not-found", $"There is no account '{name}'.", ("name", name));

    /// <summary>An org by id, or by its exact Chinese name when exactly one org has it.</summary>
    internal static async Task<Guid> ResolveOrgAsync(KernelDb db, string text, CancellationToken ct)
    {
        if (Guid.TryParse(text, out var id))
        {
            RuleViolation.ThrowIf(!await db.Orgs.AnyAsync(o => o.Id == id, ct), "org", "orgs.not-found", $"There is no organisation {id}.", ("id", id));
            return id;
        }

        var name = text.Trim();
        var matches = await db.Orgs.Where(o => o.NameZh == name).Select(o => o.Id).Take(2).ToListAsync(ct);
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new RuleViolation("org", "orgs.not-found", $"There is no organisation named '{name}'.", ("name", name)),
            _ => throw new RuleViolation("org", "orgs.ambiguous-name", $"More than one organisation is named '{name}'; give its id.", ("name", name)),
        };
    }
}
