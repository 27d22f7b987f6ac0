using System.Collections;
using System.Reflection;
using System.Text.Json;
using Tongban.Kernel.Errors;

namespace Tongban.Web;

/// <summary>
/// Checks every API handler's arguments at the boundary, before any rule runs (issue 22 (12)-(15)): enum values must
/// be defined (a disposal of kind 99 started an approval without its documents), dates must be given (an empty body's
/// 0001-01-01 answered 500), and text follows the kernel's limits and name/code rules (<see cref="TextRules"/>).
/// A refusal names the field (camelCase, as in the JSON) and the rule.
/// </summary>
internal static class InputGuard
{
    private const int MaxDepth = 4;

    public static async ValueTask<object?> FilterAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var parameters = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<MethodInfo>()?.GetParameters();
        var services = context.HttpContext.RequestServices.GetService<Microsoft.Extensions.DependencyInjection.IServiceProviderIsService>();
        for (var i = 0; i < context.Arguments.Count; i++)
        {
            var argument = context.Arguments[i];
            // Services injected into a handler are no input.
            if (argument is null || services?.IsService(argument.GetType()) == true || (parameters is not null && i < parameters.Length && services?.IsService(parameters[i].ParameterType) == true))
            {
                continue;
            }

            var name = parameters is not null && i < parameters.Length ? parameters[i].Name ?? "value" : "value";
            Check(argument, name, 0);
        }

        return await next(context);
    }

    private static void Check(object? value, string field, int depth)
    {
        switch (value)
        {
            case null:
                return;
            case Enum e:
                RuleViolation.ThrowIf(!IsDefined(e), field, "request.undefined-value", $"{field}: {e} is not one of the defined values.", ("field", field), ("value", e.ToString()));
                return;
            case DateTime d:
                RuleViolation.ThrowIf(d == default, field, "request.value-required", $"{field} needs a value.", ("field", field));
                return;
            case DateTimeOffset o:
                RuleViolation.ThrowIf(o == default, field, "request.value-required", $"{field} needs a value.", ("field", field));
                return;
            case DateOnly day:
                RuleViolation.ThrowIf(day == default, field, "request.value-required", $"{field} needs a value.", ("field", field));
                return;
            case string s:
                // A field's kind comes from its name: fullName is a name, assetCode a code, address an address.
                TextRules.Check(field, s, TextRules.KindOf(field));
                return;
        }

        if (depth >= MaxDepth)
        {
            return;
        }

        if (value is IEnumerable items and not IDictionary)
        {
            var index = 0;
            foreach (var item in items)
            {
                Check(item, $"{field}[{index++}]", depth + 1);
            }

            return;
        }

        var type = value.GetType();
        if (type.Namespace?.StartsWith("Tongban", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length == 0 && property.CanRead)
            {
                Check(property.GetValue(value), JsonNamingPolicy.CamelCase.ConvertName(property.Name), depth + 1);
            }
        }
    }

    /// <summary>Defined, or for a [Flags] enum a combination of defined bits.</summary>
    private static bool IsDefined(Enum e)
    {
        var type = e.GetType();
        if (Enum.IsDefined(type, e))
        {
            return true;
        }

        if (type.GetCustomAttribute<FlagsAttribute>() is null)
        {
            return false;
        }

        var all = Enum.GetValues(type).Cast<Enum>().Aggregate(0UL, (acc, v) => acc | Convert.ToUInt64(v, System.Globalization.CultureInfo.InvariantCulture));
        return (Convert.ToUInt64(e, System.Globalization.CultureInfo.InvariantCulture) & ~all) == 0;
    }
}
