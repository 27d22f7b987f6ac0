using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Texts;

namespace Tongban.Web;

/// <summary>
/// Turns refusals into RFC 9457 problem documents: a <see cref="RuleViolation"/> is 422 naming the
/// field and rule; unreadable input (binding, JSON, bad form) is 400.
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
            _ => null,
        };
        if (problem is null)
        {
            return false;
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
