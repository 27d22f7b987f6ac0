using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using MudBlazor;
using Tongban.Kernel.Errors;

namespace Tongban.Kernel.Texts;

/// <summary>
/// A refusal on a page, in the user's language: the field's display name and the rule's text
/// (the rule code in the tooltip). Pages catch with <see cref="CatchAsync"/> and render
/// <c>&lt;Refusal Error="_error" /&gt;</c>.
/// </summary>
public sealed class Refusal : ComponentBase
{
    [Parameter]
    public RuleViolation? Error { get; set; }

    [Parameter]
    public Severity Severity { get; set; } = Severity.Error;

    /// <summary>Off where the form already shows which field it is.</summary>
    [Parameter]
    public bool ShowField { get; set; } = true;

    [Parameter]
    public string? Class { get; set; } = "mb-4";

    [Parameter]
    public string TestId { get; set; } = "refusal";

    /// <summary>Help shown under the text (e.g. where to fix it).</summary>
    [Parameter]
    public RenderFragment? ChildContent { get; set; }

    /// <summary>Runs a page's action; a refusal is returned to show, anything else propagates.</summary>
    public static async Task<RuleViolation?> CatchAsync(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (RuleViolation v)
        {
            return v;
        }
    }

    /// <inheritdoc cref="CatchAsync"/>
    public static RuleViolation? Catch(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (RuleViolation v)
        {
            return v;
        }
    }

    /// <summary>The text a page shows for a refusal, in the UI language.</summary>
    public static string Text(RuleViolation v, bool showField = true) =>
        showField ? TextCatalog.Shared.Describe(v) : TextCatalog.Shared.Message(v);

    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        if (Error is not { } v)
        {
            return;
        }

        builder.OpenComponent<MudAlert>(0);
        builder.AddComponentParameter(1, nameof(MudAlert.Severity), Severity);
        builder.AddComponentParameter(2, nameof(MudAlert.Class), Class);
        builder.AddComponentParameter(3, nameof(MudAlert.UserAttributes), new Dictionary<string, object?>
        {
            ["data-testid"] = TestId,
            ["data-rule"] = v.Rule,
            ["title"] = v.Rule,
        });
        builder.AddComponentParameter(4, nameof(MudAlert.ChildContent), (RenderFragment)(content =>
        {
            content.AddContent(0, Text(v, ShowField));
            content.AddContent(1, ChildContent);
        }));
        builder.CloseComponent();
    }
}
