using Tongban.Epidemic.Management;
using Tongban.Epidemic.People;
using Tongban.Kernel.Errors;

namespace Tongban.Epidemic.Imports;

/// <summary>
/// Imports people under management (CSV or XLSX), each with the schedule of the policy in force
/// at their start. Refused whole on any bad row, with row, column and rule.
/// </summary>
public sealed class PersonImport(EpidemicDb db, FollowUp followUp)
{
    public static readonly IReadOnlyList<string> Columns =
        ["kind", "name", "start", "division_code", "phone", "address_zh", "isolation_point", "certificate_code"];

    internal static readonly IReadOnlyDictionary<string, ManagementKind> KindNames = new Dictionary<string, ManagementKind>
    {
        ["centralised_isolation"] = ManagementKind.CentralisedIsolation,
        ["集中隔离"] = ManagementKind.CentralisedIsolation,
        ["home_isolation"] = ManagementKind.HomeIsolation,
        ["居家隔离"] = ManagementKind.HomeIsolation,
        ["home_monitoring"] = ManagementKind.HomeMonitoring,
        ["居家健康监测"] = ManagementKind.HomeMonitoring,
        ["arrival"] = ManagementKind.Arrival,
        ["进返人员"] = ManagementKind.Arrival,
    };

    public async Task<ImportResult> ImportAsync(Stream stream, string fileName, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        var people = new List<ManagedPerson>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var rowNumber = 0;
        foreach (var row in ImportFile.Rows(stream, fileName))
        {
            rowNumber++;
            if (rowNumber == 1)
            {
                foreach (var missing in new[] { "kind", "name", "start", "division_code" }.Where(c => !row.ContainsKey(c)))
                {
                    errors.Add(new ImportError(0, missing, "epidemic.import.column-missing", "The header lacks this column."));
                }

                if (errors.Count > 0)
                {
                    break;
                }
            }

            var before = errors.Count;
            var cells = new ImportFile.Cells(row, rowNumber, errors);
            var input = new PersonInput(
                cells.Enum("kind", KindNames, required: true) ?? default,
                cells.Text("name", required: true) ?? "",
                cells.Time("start", required: true) ?? default,
                cells.Text("division_code", required: true),
                Phone: cells.Text("phone"),
                AddressZh: cells.Text("address_zh"),
                IsolationPoint: cells.Text("isolation_point"),
                CertificateCode: cells.Text("certificate_code"));
            if (errors.Count == before)
            {
                try
                {
                    var person = await followUp.BuildAsync(input, ct);
                    if (!codes.Add(person.CertificateCode))
                    {
                        errors.Add(new ImportError(rowNumber, "certificate_code", "epidemic.import.duplicate-code", $"The code '{person.CertificateCode}' appears twice in the file."));
                    }

                    await followUp.RecomputeAsync(person, [], ct);
                    people.Add(person);
                }
                catch (RuleViolation v)
                {
                    errors.Add(new ImportError(rowNumber, v.Field == "divisionCode" ? "division_code" : v.Field, v.Rule, v.Message));
                }
            }

            if (errors.Count >= ImportFile.MaxErrors)
            {
                break;
            }
        }

        if (errors.Count > 0)
        {
            return new ImportResult(false, rowNumber, errors);
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        foreach (var chunk in people.Chunk(CaseImport.BatchSize))
        {
            db.People.AddRange(chunk);
            await db.SaveChangesAsync(ct);
            db.ChangeTracker.Clear();
        }

        await tx.CommitAsync(ct);
        return new ImportResult(true, people.Count, []);
    }
}
