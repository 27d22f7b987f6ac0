using System.Collections.Concurrent;
using System.Security.Cryptography;
using Tongban.Kernel.Errors;

namespace Tongban.Web;

/// <summary>
/// Issue 23 (1): an API POST that carries an <c>Idempotency-Key</c> header is done once. The same
/// caller sending the same key with the same body within 24 hours gets the first answer again
/// (status, content type and body, with <c>Idempotent-Replayed: true</c>); a second request that
/// arrives while the first is still running waits for it. The same key with another body is refused
/// with a problem document (422, rule <c>idempotency.key-reused</c>). A 5xx answer is not kept, so the
/// request can be retried. Keys live in the server's memory: a restart forgets them, and the filings
/// themselves still refuse a second reservation of the same record.
/// </summary>
internal sealed class IdempotencyStore(TimeProvider clock)
{
    public const string Header = "Idempotency-Key";
    public const int MaxKeyLength = 200;
    public const int MaxKeptBody = 1024 * 1024;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep;

    /// <summary>The entry for the key: the existing one, or a new one this request now owns (<c>Owned</c>).</summary>
    public (Entry Entry, bool Owned) Claim(string key, string bodyHash)
    {
        var now = clock.GetUtcNow();
        Sweep(now);
        while (true)
        {
            var fresh = new Entry(bodyHash, now);
            var entry = _entries.GetOrAdd(key, fresh);
            if (entry == fresh)
            {
                return (entry, true);
            }

            if (now - entry.At < Lifetime)
            {
                return (entry, false);
            }

            _entries.TryRemove(KeyValuePair.Create(key, entry));
        }
    }

    public void Forget(string key, Entry entry) => _entries.TryRemove(KeyValuePair.Create(key, entry));

    private void Sweep(DateTimeOffset now)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now.AddMinutes(10);
        foreach (var (key, entry) in _entries)
        {
            if (now - entry.At >= Lifetime)
            {
                _entries.TryRemove(KeyValuePair.Create(key, entry));
            }
        }
    }

    internal sealed class Entry(string bodyHash, DateTimeOffset at)
    {
        public string BodyHash { get; } = bodyHash;

        public DateTimeOffset At { get; } = at;

        public TaskCompletionSource<Answer?> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }

    internal sealed record Answer(int Status, string? ContentType, byte[] Body, string? Location);
}

internal static class Idempotency
{
    public static IApplicationBuilder UseIdempotencyKeys(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (!HttpMethods.IsPost(context.Request.Method)
                || !context.Request.Path.StartsWithSegments("/api", StringComparison.Ordinal)
                || context.Request.Headers[IdempotencyStore.Header] is not [{ } key])
            {
                await next(context);
                return;
            }

            await HandleAsync(context, next, key);
        });

    private static async Task HandleAsync(HttpContext context, RequestDelegate next, string key)
    {
        if (key.Length is 0 or > IdempotencyStore.MaxKeyLength)
        {
            await RefuseAsync(context, StatusCodes.Status400BadRequest, new RuleViolation(IdempotencyStore.Header, "idempotency.key-invalid", $"The Idempotency-Key is 1 to {IdempotencyStore.MaxKeyLength} characters.", ("max", IdempotencyStore.MaxKeyLength)));
            return;
        }

        context.Request.EnableBuffering();
        var bodyHash = Convert.ToHexStringLower(await SHA256.HashDataAsync(context.Request.Body, context.RequestAborted));
        context.Request.Body.Position = 0;
        var who = context.User.UserId()?.ToString() ?? "anonymous";
        var scoped = $"{who}\n{context.Request.Path}{context.Request.QueryString}\n{key}";
        var store = context.RequestServices.GetRequiredService<IdempotencyStore>();
        var (entry, owned) = store.Claim(scoped, bodyHash);
        if (!owned)
        {
            if (entry.BodyHash != bodyHash)
            {
                await RefuseAsync(context, StatusCodes.Status422UnprocessableEntity, new RuleViolation(IdempotencyStore.Header, "idempotency.key-reused", "This Idempotency-Key was already used for a request with another body; use a new key for a new request. Nothing was changed."));
                return;
            }

            if (await entry.Done.Task is { } answer)
            {
                await ReplayAsync(context, answer);
                return;
            }

            // The first attempt failed with a 5xx and was forgotten: this one runs afresh.
            (entry, owned) = store.Claim(scoped, bodyHash);
            if (!owned)
            {
                await RefuseAsync(context, StatusCodes.Status409Conflict, new RuleViolation(IdempotencyStore.Header, "idempotency.in-progress", "A request with this Idempotency-Key is being handled; try again shortly."));
                return;
            }
        }

        var original = context.Response.Body;
        await using var copy = new MemoryStream();
        context.Response.Body = copy;
        IdempotencyStore.Answer? kept = null;
        try
        {
            await next(context);
            var body = copy.ToArray();
            if (context.Response.StatusCode < 500 && body.Length <= IdempotencyStore.MaxKeptBody)
            {
                kept = new IdempotencyStore.Answer(context.Response.StatusCode, context.Response.ContentType, body, context.Response.Headers.Location);
            }

            context.Response.Body = original;
            await original.WriteAsync(body, context.RequestAborted);
        }
        finally
        {
            context.Response.Body = original;
            if (kept is null)
            {
                store.Forget(scoped, entry);
            }

            entry.Done.TrySetResult(kept);
        }
    }

    private static async Task ReplayAsync(HttpContext context, IdempotencyStore.Answer answer)
    {
        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = answer.ContentType;
        if (answer.Location is { } location)
        {
            context.Response.Headers.Location = location;
        }

        context.Response.Headers["Idempotent-Replayed"] = "true";
        await context.Response.Body.WriteAsync(answer.Body, context.RequestAborted);
    }

    private static async Task RefuseAsync(HttpContext context, int status, RuleViolation refusal)
    {
        var problem = ProblemMapping.RuleProblem(refusal);
        problem.Status = status;
        await Results.Problem(problem).ExecuteAsync(context);
    }
}
