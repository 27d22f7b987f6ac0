using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Matters;
using Tongban.Kernel.Money;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;
using Tongban.Kernel.Reports;
using Tongban.Web;

namespace Tongban.Api;

/// <summary>
/// The kernel's REST API under /api/kernel. Every call runs as the caller (cookie or API token)
/// with their scope; refusals come back as problem documents naming the field and rule.
/// </summary>
internal static class KernelApi
{
    public static void MapKernelApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/kernel").RequireAuthorization().ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        api.MapGet("/me", Me).WithTags("Kernel: people");
        api.MapPost("/me/password", MyPasswordChange).WithTags("Kernel: people");
        api.MapPost("/me/sign-out-everywhere", MySignOutEverywhere).WithTags("Kernel: people");

        var orgs = api.MapGroup("/orgs").WithTags("Kernel: organisations");
        orgs.MapGet("/", OrgChildren).RequireAuthorization(KernelPermissions.ViewOrgs);
        orgs.MapGet("/{id:guid}", OrgFind).RequireAuthorization(KernelPermissions.ViewOrgs);
        orgs.MapGet("/{id:guid}/ancestors", OrgAncestors).RequireAuthorization(KernelPermissions.ViewOrgs);
        orgs.MapPost("/", OrgCreate).RequireAuthorization(KernelPermissions.ManageOrgs);
        orgs.MapPut("/{id:guid}/name", OrgRename).RequireAuthorization(KernelPermissions.ManageOrgs);
        orgs.MapPost("/{id:guid}/move", OrgMove).RequireAuthorization(KernelPermissions.ManageOrgs);
        orgs.MapPost("/{id:guid}/archive", OrgArchive).RequireAuthorization(KernelPermissions.ManageOrgs);

        var users = api.MapGroup("/users").WithTags("Kernel: people").RequireAuthorization(KernelPermissions.ManageUsers);
        users.MapGet("/", UserList);
        users.MapPost("/", UserCreate);
        users.MapGet("/{id:guid}/grants", UserGrants);
        users.MapPost("/{id:guid}/grants", UserGrant);
        users.MapPost("/{id:guid}/password", UserPasswordReset);
        users.MapPost("/{id:guid}/disable", UserDisable);
        users.MapPost("/{id:guid}/enable", UserEnable);
        users.MapPost("/{id:guid}/sign-out-everywhere", UserSignOutEverywhere);
        users.MapDelete("/{id:guid}", UserRemove);
        api.MapDelete("/grants/{id:guid}", GrantRevoke).WithTags("Kernel: people").RequireAuthorization(KernelPermissions.ManageUsers);

        var audit = api.MapGroup("/audit").WithTags("Kernel: audit").RequireAuthorization(KernelPermissions.ViewAudit);
        audit.MapGet("/", AuditQueryAsync);
        audit.MapPost("/verify", AuditVerifyAsync);
        audit.MapPost("/adopt-legacy", AuditAdoptAsync).RequireAuthorization(KernelPermissions.Administer);

        var calendar = api.MapGroup("/calendar").WithTags("Kernel: calendar");
        calendar.MapGet("/days/{date}", CalendarDay);
        calendar.MapGet("/add-workdays", CalendarAdd);
        calendar.MapGet("/workdays-between", CalendarBetween);
        calendar.MapGet("/years", CalendarYears);
        api.MapGet("/money/words", MoneyWords).WithTags("Kernel: money");

        var matters = api.MapGroup("/matters").WithTags("Kernel: matters");
        // The matters permission is the gate; each matter is then filtered by its workflow's module permission (MatterEngine).
        matters.MapGet("/due", MattersDue).RequireAuthorization(KernelPermissions.ViewMatters);
        matters.MapGet("/{id:guid}/timeline", MatterTimeline).RequireAuthorization(KernelPermissions.ViewMatters);
        matters.MapGet("/{id:guid}/available", MatterAvailable).RequireAuthorization(KernelPermissions.ViewMatters);
        matters.MapPost("/{id:guid}/take", MatterTake);
        api.MapGet("/workflows", Workflows).WithTags("Kernel: matters");
        api.MapGet("/workflows/{name}/diagram", WorkflowDiagramSvg).WithTags("Kernel: matters");

        var reports = api.MapGroup("/reports").WithTags("Kernel: reports");
        reports.MapGet("/", ReportList);
        reports.MapGet("/{key}", ReportRun);
        reports.MapGet("/{key}/export", ReportExportAsync);

        var imports = api.MapGroup("/imports").WithTags("Kernel: imports");
        imports.MapGet("/", ImportList);
        imports.MapPost("/{key}", ImportRun).DisableAntiforgery();

        var tokens = api.MapGroup("/tokens").WithTags("Kernel: API tokens");
        tokens.MapGet("/", TokenList);
        tokens.MapPost("/", TokenCreate);
        tokens.MapDelete("/{id:guid}", TokenRevoke);
    }

    private static Guid Caller(ClaimsPrincipal user) =>
        user.UserId() ?? throw new RuleViolation("user", "auth.not-signed-in", "Sign in first.");

    // People ------------------------------------------------------------------------------------

    public sealed record GrantDto(Guid Id, Guid UserId, string Role, Guid OrgId, string OrgName, bool CoversDescendants);

    public sealed record MeDto(Guid Id, string UserName, string DisplayName, IReadOnlyList<GrantDto> Grants);

    private static async Task<Ok<MeDto>> Me(ClaimsPrincipal principal, KernelDb db, CancellationToken ct)
    {
        var id = Caller(principal);
        var user = await db.Users.AsNoTracking().SingleAsync(u => u.Id == id, ct);
        return TypedResults.Ok(new MeDto(user.Id, user.UserName ?? "", user.DisplayName, await GrantsOf(db, id, ct)));
    }

    private static Task<IReadOnlyList<GrantDto>> GrantsOf(KernelDb db, Guid userId, CancellationToken ct) =>
        GrantsOf(db, db.Grants.AsNoTracking(), userId, ct);

    private static async Task<IReadOnlyList<GrantDto>> GrantsOf(KernelDb db, IQueryable<Grant> grants, Guid userId, CancellationToken ct) =>
        await (from g in grants
               where g.UserId == userId
               join o in db.Orgs on g.OrgId equals o.Id
               orderby o.Depth, g.Role
               select new GrantDto(g.Id, g.UserId, g.Role, g.OrgId, o.NameZh, g.CoversDescendants)).ToListAsync(ct);

    public sealed record UserDto(Guid Id, string UserName, string DisplayName, Guid? HomeOrgId, string? Email, bool LockedOut, bool Disabled = false);

    public sealed record UserPage(IReadOnlyList<UserDto> Items, int Total, int Page, int PageSize);

    private static async Task<Ok<UserPage>> UserList(PeopleDirectory people, TimeProvider clock, string? search, int page = 1, int pageSize = 50, CancellationToken ct = default)
    {
        var offset = Paging.Offset(page, pageSize);
        var now = clock.GetUtcNow();
        var q = people.ManagedUsers();
        if (!string.IsNullOrWhiteSpace(search))
        {
            q = q.Where(u => u.UserName!.Contains(search) || u.DisplayName.Contains(search));
        }

        var total = await q.CountAsync(ct);
        var items = await q.OrderBy(u => u.UserName).Skip(offset).Take(pageSize).ToListAsync(ct);
        return TypedResults.Ok(new UserPage(
            items.Select(u => new UserDto(u.Id, u.UserName ?? "", u.DisplayName, u.HomeOrgId, u.Email, u.LockoutEnd is { } end && end > now, u.DisabledAt is not null)).ToList(),
            total,
            page,
            pageSize));
    }

    private static async Task<Created<UserDto>> UserCreate(NewUser input, PeopleDirectory people, CancellationToken ct)
    {
        var u = await people.CreateUserAsync(input, ct);
        return TypedResults.Created($"/api/kernel/users/{u.Id}", new UserDto(u.Id, u.UserName ?? "", u.DisplayName, u.HomeOrgId, u.Email, false));
    }

    private static async Task<Ok<IReadOnlyList<GrantDto>>> UserGrants(Guid id, KernelDb db, PeopleDirectory people, CancellationToken ct) =>
        TypedResults.Ok(await GrantsOf(db, people.ManagedGrants(), id, ct));

    public sealed record GrantInput(string Role, Guid OrgId, bool CoversDescendants);

    private static async Task<Ok<GrantDto>> UserGrant(Guid id, GrantInput input, PeopleDirectory people, KernelDb db, CancellationToken ct)
    {
        var g = await people.GrantAsync(id, input.Role, input.OrgId, input.CoversDescendants, ct);
        var org = await db.Orgs.AsNoTracking().SingleAsync(o => o.Id == g.OrgId, ct);
        return TypedResults.Ok(new GrantDto(g.Id, g.UserId, g.Role, g.OrgId, org.NameZh, g.CoversDescendants));
    }

    // Account life cycle (issue 22 (2)) ---------------------------------------------------------

    public sealed record PasswordChangeInput(string CurrentPassword, string NewPassword);

    public sealed record PasswordResetInput(string NewPassword);

    /// <summary>The holder's own password, from a signed-in session; the session goes on, every other one ends.</summary>
    private static async Task<NoContent> MyPasswordChange(PasswordChangeInput input, HttpContext context, PeopleDirectory people, SignInManager<TongbanUser> signIn, CancellationToken ct)
    {
        var id = SessionCaller(context.User);
        await people.ChangePasswordAsync(id, input.CurrentPassword, input.NewPassword, ct);
        await KeepSessionAsync(context, signIn, id);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> MySignOutEverywhere(HttpContext context, PeopleDirectory people, SignInManager<TongbanUser> signIn, CancellationToken ct)
    {
        await people.SignOutEverywhereAsync(Caller(context.User), ct);
        await signIn.SignOutAsync();
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> UserPasswordReset(Guid id, PasswordResetInput input, PeopleDirectory people, CancellationToken ct)
    {
        await people.ResetPasswordAsync(id, input.NewPassword, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> UserDisable(Guid id, PeopleDirectory people, CancellationToken ct)
    {
        await people.SetDisabledAsync(id, true, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> UserEnable(Guid id, PeopleDirectory people, CancellationToken ct)
    {
        await people.SetDisabledAsync(id, false, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> UserSignOutEverywhere(Guid id, PeopleDirectory people, CancellationToken ct)
    {
        await people.SignOutEverywhereAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> UserRemove(Guid id, PeopleDirectory people, CancellationToken ct)
    {
        await people.RemoveUserAsync(id, ct);
        return TypedResults.NoContent();
    }

    /// <summary>The caller, when signed in with a browser session rather than an API token.</summary>
    private static Guid SessionCaller(ClaimsPrincipal user)
    {
        var id = Caller(user);
        RuleViolation.ThrowIf(user.ByApiToken(), "user", "tokens.session-only", "Only a signed-in session creates API tokens; a token cannot create another.");
        return id;
    }

    /// <summary>After the caller's own stamp changed, their session is signed in again with its original sign-in time.</summary>
    private static async Task KeepSessionAsync(HttpContext context, SignInManager<TongbanUser> signIn, Guid id)
    {
        if (await signIn.UserManager.FindByIdAsync(id.ToString()) is { } user && context.User.FindFirst(TongbanAuth.SignedInClaim) is { } signedIn)
        {
            await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new Claim(TongbanAuth.SignedInClaim, signedIn.Value)]);
        }
    }

    private static async Task<NoContent> GrantRevoke(Guid id, PeopleDirectory people, CancellationToken ct)
    {
        await people.RevokeGrantAsync(id, ct);
        return TypedResults.NoContent();
    }

    // Organisations -----------------------------------------------------------------------------

    public sealed record OrgDto(Guid Id, Guid? ParentId, string Level, string Kind, string NameZh, string NameEn, string DivisionCode, int Depth, bool Archived)
    {
        public static OrgDto Of(OrgNode o) => new(o.Id, o.ParentId, o.Level.ToString(), o.Kind.ToString(), o.NameZh, o.NameEn, o.DivisionCode, o.Depth, o.Archived);
    }

    private static async Task<Ok<IEnumerable<OrgDto>>> OrgChildren(OrgTree tree, Guid? parentId, CancellationToken ct) =>
        TypedResults.Ok((await tree.ChildrenAsync(parentId, ct)).Select(OrgDto.Of));

    private static async Task<Results<Ok<OrgDto>, NotFound>> OrgFind(Guid id, OrgTree tree, CancellationToken ct) =>
        await tree.FindAsync(id, ct) is { } o ? TypedResults.Ok(OrgDto.Of(o)) : TypedResults.NotFound();

    private static async Task<Ok<IEnumerable<OrgDto>>> OrgAncestors(Guid id, OrgTree tree, CancellationToken ct) =>
        TypedResults.Ok((await tree.AncestorsAsync(id, ct)).Select(OrgDto.Of));

    private static async Task<Created<OrgDto>> OrgCreate(NewOrg input, OrgTree tree, CancellationToken ct)
    {
        var o = await tree.CreateAsync(input, ct);
        return TypedResults.Created($"/api/kernel/orgs/{o.Id}", OrgDto.Of(o));
    }

    public sealed record RenameInput(string NameZh, string NameEn);

    private static async Task<NoContent> OrgRename(Guid id, RenameInput input, OrgTree tree, CancellationToken ct)
    {
        await tree.RenameAsync(id, input.NameZh, input.NameEn, ct);
        return TypedResults.NoContent();
    }

    public sealed record MoveInput(Guid NewParentId);

    private static async Task<NoContent> OrgMove(Guid id, MoveInput input, OrgTree tree, CancellationToken ct)
    {
        await tree.MoveAsync(id, input.NewParentId, ct);
        return TypedResults.NoContent();
    }

    private static async Task<NoContent> OrgArchive(Guid id, OrgTree tree, CancellationToken ct)
    {
        await tree.ArchiveAsync(id, ct);
        return TypedResults.NoContent();
    }

    // Audit -------------------------------------------------------------------------------------

    private static async Task<Ok<AuditPage>> AuditQueryAsync(
        AuditLog log,
        string? action,
        string? subjectType,
        string? subjectId,
        Guid? actorId,
        DateTime? fromUtc,
        DateTime? toUtc,
        int page = 1,
        int pageSize = 50,
        CancellationToken ct = default) =>
        TypedResults.Ok(await log.QueryAsync(new AuditQuery(action, subjectType, subjectId, actorId, fromUtc, toUtc, page, pageSize), ct));

    private static async Task<Ok<AuditVerification>> AuditVerifyAsync(AuditVerifier verifier, CancellationToken ct) =>
        TypedResults.Ok(await verifier.VerifyAsync(null, ct));

    private static async Task<Ok<AuditAdoption>> AuditAdoptAsync(AuditVerifier verifier, TimeProvider clock, CancellationToken ct) =>
        TypedResults.Ok(await verifier.AdoptLegacyAsync(clock.GetUtcNow().UtcDateTime, ct));

    // Calendar and money ------------------------------------------------------------------------

    /// <summary><c>provisional</c>: the answer rests on a year without a State Council notice (<c>provisionalYear</c>), derived from the holiday regulation.</summary>
    public sealed record DayDto(DateOnly Date, string Kind, bool IsWorkingDay, string? HolidayName, bool Provisional, int? ProvisionalYear);

    private static DateOnly ParseDate(string text, string field) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", out var d)
            ? d
            : throw new RuleViolation(field, "calendar.date-format", $"'{text}' is not a date in the form yyyy-MM-dd.", ("text", text));

    private static Ok<DayDto> CalendarDay(string date, WorkingDayCalendar calendar)
    {
        var d = ParseDate(date, "date");
        var kind = calendar.KindOf(d);
        var provisional = Deadlines.ProvisionalYear(calendar, d, d);
        return TypedResults.Ok(new DayDto(d, kind.ToCliName(), calendar.IsWorkingDay(d), calendar.HolidayName(d), provisional is not null, provisional));
    }

    public sealed record AddDto(DateOnly From, int Days, DateOnly Result, bool Provisional, int? ProvisionalYear);

    private static Ok<AddDto> CalendarAdd(string from, int days, WorkingDayCalendar calendar)
    {
        var d = ParseDate(from, "from");
        var result = calendar.AddWorkingDays(d, days);
        var provisional = Deadlines.ProvisionalYear(calendar, d, result);
        return TypedResults.Ok(new AddDto(d, days, result, provisional is not null, provisional));
    }

    public sealed record BetweenDto(DateOnly From, DateOnly To, int WorkingDays, bool Provisional, int? ProvisionalYear);

    private static Ok<BetweenDto> CalendarBetween(string from, string to, WorkingDayCalendar calendar)
    {
        var f = ParseDate(from, "from");
        var t = ParseDate(to, "to");
        var provisional = Deadlines.ProvisionalYear(calendar, f, t);
        return TypedResults.Ok(new BetweenDto(f, t, calendar.WorkingDaysBetween(f, t), provisional is not null, provisional));
    }

    /// <summary>The years with a loaded State Council notice; any other year in the provisional range is derived.</summary>
    public sealed record YearsDto(IReadOnlyList<int> NoticeYears, int ProvisionalFrom, int ProvisionalTo);

    private static Ok<YearsDto> CalendarYears(WorkingDayCalendar calendar) =>
        TypedResults.Ok(new YearsDto(calendar.Years, WorkingDayCalendar.ProvisionalFirstYear, WorkingDayCalendar.ProvisionalLastYear));

    public sealed record MoneyDto(long Fen, string Amount, string Words);

    private static Ok<MoneyDto> MoneyWords(string amount)
    {
        var cny = Cny.Parse(amount, "amount");
        return TypedResults.Ok(new MoneyDto(cny.Fen, cny.ToString(), cny.ToCapitalWords()));
    }

    // Matters -----------------------------------------------------------------------------------

    private static async Task<Ok<IReadOnlyList<DueItem>>> MattersDue(
        MatterEngine engine, Guid? orgId, bool overdueOnly = false, string? workflow = null, int skip = 0, int take = 50, CancellationToken ct = default) =>
        TypedResults.Ok(await engine.DueAsync(new DueQuery(orgId, true, overdueOnly, workflow, skip, take), ct));

    public sealed record EventDto(Guid Id, DateTime AtUtc, string ActorName, string Transition, string FromState, string ToState, string Inputs, string? RoutingRule, string? Comment);

    private static async Task<Ok<IEnumerable<EventDto>>> MatterTimeline(Guid id, MatterEngine engine, CancellationToken ct) =>
        TypedResults.Ok((await engine.TimelineAsync(id, ct)).Select(e => new EventDto(e.Id, e.AtUtc, e.ActorName, e.Transition, e.FromState, e.ToState, e.Inputs, e.RoutingRule, e.Comment)));

    private static async Task<Ok<IReadOnlyList<AvailableTransition>>> MatterAvailable(Guid id, MatterEngine engine, CancellationToken ct) =>
        TypedResults.Ok(await engine.AvailableAsync(id, ct));

    public sealed record TakeInput(string Transition, Dictionary<string, string>? Inputs, string? Comment);

    private static async Task<Ok<EventDto>> MatterTake(Guid id, TakeInput input, MatterEngine engine, CancellationToken ct)
    {
        var e = await engine.TakeOnMatterAsync(id, input.Transition, input.Inputs ?? [], input.Comment, ct);
        return TypedResults.Ok(new EventDto(e.Id, e.AtUtc, e.ActorName, e.Transition, e.FromState, e.ToState, e.Inputs, e.RoutingRule, e.Comment));
    }

    public sealed record WorkflowDto(string Name, string TitleZh, string TitleEn, IReadOnlyList<string> States);

    private static Ok<IEnumerable<WorkflowDto>> Workflows(WorkflowRegistry registry) =>
        TypedResults.Ok(registry.All.Select(w => new WorkflowDto(w.Name, w.TitleZh, w.TitleEn, w.States.Select(s => s.Code).ToList())));

    private static Results<ContentHttpResult, NotFound> WorkflowDiagramSvg(string name, WorkflowRegistry registry, RoleCatalog roles, bool chinese = true) =>
        registry.Find(name) is { } def ? TypedResults.Content(WorkflowDiagram.ToSvg(def, chinese, roles), "image/svg+xml") : TypedResults.NotFound();

    // Reports -----------------------------------------------------------------------------------

    public sealed record ReportDto(string Key, string TitleZh, string TitleEn, bool HasChart);

    private static Ok<IEnumerable<ReportDto>> ReportList(ReportCatalog catalog, CallerScopeAccessor caller, RoleCatalog roles) =>
        TypedResults.Ok(catalog.All
            .Where(r => OrgScope.HasPermissionAnywhere(caller.Current, roles, r.Permission))
            .Select(r => new ReportDto(r.Key, r.TitleZh, r.TitleEn, r.Chart is not null)));

    /// <summary>A report's rows; <c>TotalRows</c> and <c>Cut</c> say when the rows stop at the report's limit (issue 23 (7)).</summary>
    public sealed record TableDto(string TitleZh, string TitleEn, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<object?[]> Rows, long TotalRows = 0, string? Cut = null);

    internal static async Task<(IReport Report, ReportTable Table)> RunReportAsync(
        string key, string? from, string? to, Guid? orgId, ReportCatalog catalog, CallerScopeAccessor caller, RoleCatalog roles, IServiceProvider services, CancellationToken ct)
    {
        var report = catalog.Find(key) ?? throw new RuleViolation("key", "reports.unknown", $"There is no report '{key}'.", ("key", key));
        RuleViolation.ThrowIf(
            !OrgScope.HasPermissionAnywhere(caller.Current, roles, report.Permission),
            "key",
            "reports.not-permitted",
            $"You do not hold {report.Permission} anywhere.", ("permission", report.Permission));
        var parameters = new ReportParameters(
            from is null ? null : ParseDate(from, "from"),
            to is null ? null : ParseDate(to, "to"),
            orgId,
            new Dictionary<string, string>());
        return (report, await report.RunAsync(services, parameters, ct));
    }

    private static async Task<Ok<TableDto>> ReportRun(
        string key, string? from, string? to, Guid? orgId, ReportCatalog catalog, CallerScopeAccessor caller, RoleCatalog roles, HttpContext http, CancellationToken ct)
    {
        var (_, table) = await RunReportAsync(key, from, to, orgId, catalog, caller, roles, http.RequestServices, ct);
        return TypedResults.Ok(new TableDto(table.TitleZh, table.TitleEn, table.Columns, table.Rows, table.TotalRows ?? table.Rows.Count, table.CutNote(System.Globalization.CultureInfo.CurrentUICulture)));
    }

    private static async Task<IResult> ReportExportAsync(
        string key, string format, string? from, string? to, Guid? orgId, bool? chinese,
        ReportCatalog catalog, CallerScopeAccessor caller, RoleCatalog roles, HttpContext http, CancellationToken ct)
    {
        var (report, table) = await RunReportAsync(key, from, to, orgId, catalog, caller, roles, http.RequestServices, ct);
        var zh = chinese ?? Kernel.Texts.TextCatalog.IsChinese;
        var name = key.Replace('.', '-');
        switch (format)
        {
            case "csv":
            case "xlsx":
                {
                    var bytes = await Components.Shared.ListExport.WriteAsync(table, format, ct);
                    return TypedResults.File(bytes, Components.Shared.ListExport.ContentType(format), $"{name}.{format}");
                }

            case "svg" or "png":
                {
                    var chart = report.Chart ?? throw new RuleViolation("format", "reports.no-chart", $"Report '{key}' has no chart.", ("key", key));
                    return format == "svg"
                        ? TypedResults.File(System.Text.Encoding.UTF8.GetBytes(ChartRenderer.ToSvg(table, chart, zh)), "image/svg+xml", $"{name}.svg")
                        : TypedResults.File(ChartRenderer.ToPng(table, chart, zh), "image/png", $"{name}.png");
                }

            default:
                throw new RuleViolation("format", "reports.format", $"'{format}' is not one of csv, xlsx, svg, png.", ("format", format));
        }
    }

    // Imports -----------------------------------------------------------------------------------

    public sealed record ImportDto(string Key, string TitleZh, string TitleEn, IReadOnlyList<string> Columns);

    private static Ok<IEnumerable<ImportDto>> ImportList(ImportCatalog catalog, CallerScopeAccessor caller, RoleCatalog roles) =>
        TypedResults.Ok(catalog.All
            .Where(i => OrgScope.HasPermissionAnywhere(caller.Current, roles, i.Permission))
            .Select(i => new ImportDto(i.Key, i.TitleZh, i.TitleEn, i.Columns.Select(c => c.Name).ToList())));

    private static async Task<IResult> ImportRun(string key, IFormFile file, ImportCatalog catalog, ImportPipeline pipeline, CallerScopeAccessor caller, RoleCatalog roles, WebAppOptions web, CancellationToken ct, bool again = false)
    {
        var definition = catalog.Find(key) ?? throw new RuleViolation("key", "imports.unknown", $"There is no import '{key}'.", ("key", key));
        RuleViolation.ThrowIf(
            !OrgScope.HasPermissionAnywhere(caller.Current, roles, definition.Permission),
            "key",
            "imports.not-permitted",
            $"You do not hold {definition.Permission} anywhere.", ("permission", definition.Permission));
        await using var stream = file.OpenReadStream();
        // Capped rows and expanded size from the web (issue 22 (12)); larger files go through `tongban import`.
        var result = await pipeline.RunAsync(definition, stream, file.FileName, null, web.ImportLimits, again, ct);
        if (result.Accepted)
        {
            return TypedResults.Ok(result);
        }

        var violation = result.ToViolation()!;
        var problem = ProblemMapping.RuleProblem(violation);
        problem.Extensions["errors"] = result.Errors;
        problem.Extensions["errorCount"] = result.ErrorCount;
        return TypedResults.Problem(problem);
    }

    // API tokens --------------------------------------------------------------------------------

    public sealed record TokenDto(Guid Id, string Name, string Prefix, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt, DateTimeOffset? LastUsedAt, DateTimeOffset ExpiresAt);

    public sealed record NewTokenDto(Guid Id, string Name, string Secret, DateTimeOffset ExpiresAt);

    /// <summary>A name, and how many days the token lives (default 90, at most 365).</summary>
    public sealed record TokenInput(string Name, int? LifetimeDays = null);

    private static async Task<Ok<List<TokenDto>>> TokenList(ClaimsPrincipal principal, KernelDb db, CancellationToken ct)
    {
        var id = Caller(principal);
        var tokens = await db.ApiTokens.AsNoTracking().Where(t => t.UserId == id).ToListAsync(ct);
        return TypedResults.Ok(tokens.OrderByDescending(t => t.CreatedAt).Select(t => new TokenDto(t.Id, t.Name, t.Prefix, t.CreatedAt, t.RevokedAt, t.LastUsedAt, t.EffectiveExpiry)).ToList());
    }

    private static async Task<Ok<NewTokenDto>> TokenCreate(TokenInput input, ClaimsPrincipal principal, PeopleDirectory people, CancellationToken ct)
    {
        // Only a signed-in session mints tokens (issue 22 (4)): a leaked token cannot breed children that outlive its revocation.
        var (token, secret) = await people.CreateApiTokenAsync(SessionCaller(principal), input.Name, input.LifetimeDays ?? PeopleDirectory.DefaultTokenLifetimeDays, ct);
        return TypedResults.Ok(new NewTokenDto(token.Id, token.Name, secret, token.EffectiveExpiry));
    }

    private static async Task<NoContent> TokenRevoke(Guid id, ClaimsPrincipal principal, PeopleDirectory people, CancellationToken ct)
    {
        await people.RevokeApiTokenAsync(id, Caller(principal), ct);
        return TypedResults.NoContent();
    }
}
