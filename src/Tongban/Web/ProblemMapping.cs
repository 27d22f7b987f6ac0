using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Texts;

namespace Tongban.Web;

/// <summary>
/// Turns refusals into RFC 9457 problem documents: a <see cref="RuleViolation"/> is 422 naming the
/// field and rule; unreadable input (binding, JSON, bad form) is 400; a SQLite write that timed out behind
/// another is 503 with Retry-After.
/// </summary>
internal sealed class ProblemMapping(IProblemDetailsService problems) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken ct)
    {
        var problem = exception switch
        {
            RuleViolation v => RuleProblem(v),
            BadHttpRequestException b => new ProblemDetails
            {
                Status = b.StatusCode,
                Title = TextCatalog.IsChinese ? "无法读取请求。" : "The request could not be read.",
                Detail = b.Message,
                Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1",
                Extensions = { ["field"] = FieldOf(b), ["rule"] = "request.unreadable" },
            },
            _ when IsBusy(exception) => BusyProblem(context.Features.Get<Microsoft.AspNetCore.Localization.IRequestCultureFeature>()?.RequestCulture.UICulture),
            _ => null,
        };
        if (problem is null)
        {
            return false;
        }

        if (problem.Status == StatusCodes.Status503ServiceUnavailable)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        context.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = context, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>The refusal in the request's language (cookie or Accept-Language, as request localization chose).</summary>
    public static ProblemDetails RuleProblem(RuleViolation v) => new()
    {
        Status = StatusCodes.Status422UnprocessableEntity,
        Title = TextCatalog.IsChinese ? "请求不符合规则。" : "The request breaks a rule.",
        Detail = TextCatalog.Shared.Message(v),
        Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.21",
        Extensions = { ["field"] = v.Field, ["rule"] = v.Rule },
    };

    public const int RetryAfterSeconds = 5;

    /// <summary>
    /// Issue 23 (6): SQLite has one writer; a write that waited the whole busy timeout behind a long one (a big
    /// import) rolled back. The caller learns that nothing was saved and when to try again: 503 with Retry-After.
    /// </summary>
    public static bool IsBusy(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            if (e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 5 or 6 })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>In the request's language: the exception handler runs outside request localization, so it is read from the request.</summary>
    private static ProblemDetails BusyProblem(System.Globalization.CultureInfo? culture)
    {
        var v = new RuleViolation("db", "db.busy", $"The database is busy with a long write (an import or a batch run); nothing of this request was saved. Try again in {RetryAfterSeconds} seconds.", ("seconds", RetryAfterSeconds));
        var chinese = culture is null ? TextCatalog.IsChinese : TextCatalog.IsChineseCulture(culture);
        return new ProblemDetails
        {
            Status = StatusCodes.Status503ServiceUnavailable,
            Title = chinese ? "数据库正忙。" : "The database is busy.",
            Detail = TextCatalog.Shared.Message(v, culture),
            Type = "https://www.rfc-editor.org/rfc/rfc9110#section-15.6.4",
            Extensions = { ["field"] = v.Field, ["rule"] = v.Rule },
        };
    }

    /// <summary>Binding errors name the parameter as: Failed to bind parameter "int days" from "x".</summary>
    private static string FieldOf(BadHttpRequestException b)
    {
        var message = b.Message;
        var start = message.IndexOf('"', StringComparison.Ordinal);
        var end = start < 0 ? -1 : message.IndexOf('"', start + 1);
        if (start < 0 || end < 0)
        {
            return "body";
        }

        var inside = message[(start + 1)..end];
        return inside.Contains(' ', StringComparison.Ordinal) ? inside[(inside.LastIndexOf(' ') + 1)..] : inside;
    }
}
