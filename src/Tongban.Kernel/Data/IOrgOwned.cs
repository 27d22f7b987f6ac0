namespace Tongban.Kernel.Data;

/// <summary>
/// A row that belongs to one organisation. Every such row is filtered by the caller's grants in
/// every query (read, count, export), and its audit entries carry the org.
/// </summary>
public interface IOrgOwned
{
    Guid OrgId { get; }
}

/// <summary>Marks a property whose values must never be written into the audit diff.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditRedactedAttribute : Attribute;
