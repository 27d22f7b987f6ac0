using Tongban.Kernel.Errors;
using Tongban.Kernel.Texts;

namespace Tongban.Components.Shared;

/// <summary>
/// Refusals shown next to the field they name: a form binds each input's Error/ErrorText here,
/// and a <see cref="RuleViolation"/> from the kernel lands on the input whose name it carries.
/// </summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, string> _errors = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>A refusal that names no field of the form, shown above it.</summary>
    public string? General { get; private set; }

    public bool Has(string field) => _errors.ContainsKey(field);

    public string? this[string field] => _errors.GetValueOrDefault(field);

    public void Clear()
    {
        _errors.Clear();
        General = null;
    }

    /// <summary>Puts the violation on its field when the form has it, else above the form.</summary>
    public void Show(RuleViolation v, params string[] formFields)
    {
        Clear();
        if (formFields.Contains(v.Field, StringComparer.OrdinalIgnoreCase))
        {
            _errors[v.Field] = Refusal.Text(v, showField: false);
        }
        else
        {
            General = Refusal.Text(v);
        }
    }
}
