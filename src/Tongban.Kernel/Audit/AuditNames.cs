using System.Globalization;
using System.Text;
using Tongban.Kernel.Texts;

namespace Tongban.Kernel.Audit;

/// <summary>
/// Display names of what the audit log records by code: actions (<c>create</c>, <c>read-list</c>) are
/// the catalogue entries <c>audit.action.&lt;action&gt;</c>, subject types (an entity's type name such
/// as <c>AssetCard</c>, or a module's own such as <c>epidemic.due</c>) the entries
/// <c>audit.subject.&lt;type&gt;</c>, in the shared <see cref="TextCatalog"/>. A code without an entry
/// shows in words (<c>bulk-insert</c> as "bulk insert", <c>YearEndValue</c> as "year end value").
/// </summary>
public static class AuditNames
{
    public const string ActionPrefix = "audit.action.";
    public const string SubjectPrefix = "audit.subject.";

    public static string Action(string action, CultureInfo? culture = null) =>
        TextCatalog.Shared.Find(ActionPrefix + action, culture) ?? InWords(action);

    public static string Subject(string subjectType, CultureInfo? culture = null) =>
        TextCatalog.Shared.Find(SubjectPrefix + subjectType, culture) ?? InWords(subjectType);

    /// <summary>A code in lowercase words: separators become spaces, PascalCase words are split.</summary>
    public static string InWords(string code)
    {
        var sb = new StringBuilder(code.Length + 8);
        for (var i = 0; i < code.Length; i++)
        {
            var c = code[i];
            if (c is '.' or '-' or '_')
            {
                sb.Append(' ');
            }
            else if (char.IsUpper(c))
            {
                if (i > 0 && sb.Length > 0 && sb[^1] != ' ' && (char.IsLower(code[i - 1]) || (i + 1 < code.Length && char.IsLower(code[i + 1]))))
                {
                    sb.Append(' ');
                }

                sb.Append(char.ToLowerInvariant(c));
            }
            else
            {
                sb.Append(c);
            }
        }

        var words = sb.ToString().Trim();
        return words.Length == 0 ? code : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
