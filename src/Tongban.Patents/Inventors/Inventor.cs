using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;

namespace Tongban.Patents.Inventors;

/// <summary>
/// An inventor's particulars kept by the IP manager (for the inventor's reward and remuneration, contacts): personal
/// data. The names alone are published with the patent (<see cref="Portfolio.Patent.Inventors"/>); these details are
/// read only with a stated purpose, and each read is audited.
/// </summary>
[PersonalRecord]
public sealed class Inventor : IOrgOwned
{
    public Guid Id { get; set; }

    public Guid PatentId { get; set; }

    public Guid OrgId { get; set; }

    [AuditPlain]
    public int Seq { get; set; }

    public string Name { get; set; } = "";

    public string Department { get; set; } = "";

    public string Phone { get; set; } = "";

    public string Email { get; set; } = "";

    /// <summary>Resident ID number (for the reward's tax withholding).</summary>
    public string IdNumber { get; set; } = "";
}

/// <summary>An inventor's particulars as entered.</summary>
public sealed record NewInventor(string Name, string? Department, string? Phone, string? Email, string? IdNumber);

/// <summary>The inventors' particulars of a patent: written with the keep permission at the patent's org, read with a purpose and audited.</summary>
internal sealed class InventorService(PatentsDb db, PatentsAccess access, SensitiveRecordAccess sensitive)
{
    public const string Subject = "patents.inventor";

    public async Task<Guid> AddAsync(Guid patentId, NewInventor input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var patent = RuleViolation.Found(await db.Patents.AsNoTracking().SingleOrDefaultAsync(p => p.Id == patentId, ct), "patentId", "patents.patent-unknown", "No such patent in your scope.");
        await access.RequireAtAsync(PatentsPermissions.Keep, patent.OrgId, "patentId", ct);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(input.Name), "name", "patents.inventor-name", "Name the inventor.");
        var id = input.IdNumber?.Trim().ToUpperInvariant() ?? "";
        // GB 11643-1999: 18 characters, the last a check character over the first 17.
        RuleViolation.ThrowIf(id.Length > 0 && !IdNumberValid(id), "idNumber", "patents.id-number", "Not a resident ID number (18 characters with a valid check character, GB 11643-1999).");
        RuleViolation.ThrowIf((input.Email ?? "").Trim() is { Length: > 0 } e && !e.Contains('@', StringComparison.Ordinal), "email", "patents.email", "Not an e-mail address.");
        var seq = await db.Inventors.Where(i => i.PatentId == patentId).Select(i => (int?)i.Seq).MaxAsync(ct) ?? 0;
        var inventor = new Inventor
        {
            Id = Guid.CreateVersion7(),
            PatentId = patent.Id,
            OrgId = patent.OrgId,
            Seq = seq + 1,
            Name = input.Name.Trim(),
            Department = input.Department?.Trim() ?? "",
            Phone = input.Phone?.Trim() ?? "",
            Email = input.Email?.Trim() ?? "",
            IdNumber = id,
        };
        db.Inventors.Add(inventor);
        await db.SaveChangesAsync(ct);
        return inventor.Id;
    }

    /// <summary>The patent's inventors with their particulars; one audit entry with the purpose and the row count.</summary>
    public async Task<IReadOnlyList<Inventor>> ReadAsync(Guid patentId, string purpose, CancellationToken ct = default)
    {
        SensitiveRecordAccess.PurposeRule(purpose).ThrowIfRefused("purpose");
        var patent = RuleViolation.Found(await db.Patents.AsNoTracking().Where(p => p.Id == patentId).Select(p => new { p.Id, p.OrgId }).SingleOrDefaultAsync(ct),
            "patentId", "patents.patent-unknown", "No such patent in your scope.");
        var list = await db.Inventors.AsNoTracking().Where(i => i.PatentId == patentId).OrderBy(i => i.Seq).ToListAsync(ct);
        await sensitive.RecordListAsync(db, Subject, $"patent={patent.Id}", list.Count, patent.OrgId, purpose, ct);
        return list;
    }

    /// <summary>GB 11643-1999: an 18-character resident ID number whose last character checks the first 17.</summary>
    public static bool IdNumberValid(string id) =>
        id.Length == 18 && id[..17].All(char.IsAsciiDigit) && CheckCharacter(id[..17]) == id[17];

    /// <summary>GB 11643-1999: the check character over 17 digits (ISO 7064 MOD 11-2).</summary>
    public static char CheckCharacter(string first17)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (first17[i] - '0') * weights[i];
        }

        return "10X98765432"[sum % 11];
    }
}
