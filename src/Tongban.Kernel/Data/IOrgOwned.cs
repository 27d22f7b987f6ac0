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

/// <summary>
/// A row recorded on an org-owned record (a behaviour on a case): it has no org of its own, so its audit
/// entries take the org of <see cref="ParentType"/> <see cref="ParentRecordId"/> and follow that org's scope.
/// </summary>
public interface IChildRecord
{
    Type ParentType { get; }

    Guid ParentRecordId { get; }
}

/// <summary>
/// A record about a person (a minor's case, an insured person, a patient): its audit diffs keep the field
/// names and keyed hashes of the values, not the values, which stay in the module table where scope and sealing
/// apply. Properties marked <see cref="AuditPlainAttribute"/> (states, flags) are written as they are.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class PersonalRecordAttribute : Attribute;

/// <summary>On a <see cref="PersonalRecordAttribute"/> record: a property whose values are not personal and are written in the diff.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AuditPlainAttribute : Attribute;
