using Microsoft.EntityFrameworkCore;
using Tongban.Epidemic.Cases;
using Tongban.Epidemic.Data;
using Tongban.Kernel.Audit;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Orgs;

namespace Tongban.Epidemic.Imports;

/// <summary>
/// Imports a case list (CSV or XLSX). Every row is checked first; a file with any bad row is
/// refused whole with row, column and rule, and nothing is written. Accepted rows are written in
/// one transaction, in batches.
/// </summary>
public sealed class CaseImport(EpidemicDb db, CaseRegistry registry, Districts districts)
{
    public static readonly IReadOnlyList<string> Columns =
    [
        "class", "origin", "found_by", "division_code", "diagnosis_date", "reported_at", "converted", "name",
        "address_zh", "address_en", "isolation_point", "nationality_zh", "nationality_en", "origin_zh", "origin_en",
        "port_zh", "port_en", "arrival_date", "transferred_on", "investigated_on", "control_measures_on", "discharged_on",
    ];

    internal static readonly IReadOnlyDictionary<string, CaseClass> ClassNames = new Dictionary<string, CaseClass>
    {
        ["confirmed"] = CaseClass.Confirmed,
        ["确诊病例"] = CaseClass.Confirmed,
        ["asymptomatic"] = CaseClass.Asymptomatic,
        ["无症状感染者"] = CaseClass.Asymptomatic,
    };

    internal static readonly IReadOnlyDictionary<string, CaseOrigin> OriginNames = new Dictionary<string, CaseOrigin>
    {
        ["local"] = CaseOrigin.Local,
        ["本土"] = CaseOrigin.Local,
        ["imported"] = CaseOrigin.Imported,
        ["境外输入"] = CaseOrigin.Imported,
    };

    internal static readonly IReadOnlyDictionary<string, FoundBy> FoundByNames = new Dictionary<string, FoundBy>
    {
        ["isolated_observer"] = FoundBy.IsolatedObserver,
        ["隔离观察人员"] = FoundBy.IsolatedObserver,
        ["social_screening"] = FoundBy.SocialScreening,
        ["社会面筛查人员"] = FoundBy.SocialScreening,
        ["closed_loop_arrival"] = FoundBy.ClosedLoopArrival,
        ["闭环管理入境人员"] = FoundBy.ClosedLoopArrival,
        ["not_stated"] = FoundBy.NotStated,
        ["未注明"] = FoundBy.NotStated,
    };

    public const int BatchSize = 2000;

    public async Task<ImportResult> ImportAsync(Stream stream, string fileName, CancellationToken ct)
    {
        var errors = new List<ImportError>();
        var cases = new List<EpidemicCase>();
        var rowNumber = 0;
        await districts.AllAsync(ct);
        foreach (var row in ImportFile.Rows(stream, fileName))
        {
            rowNumber++;
            if (rowNumber == 1)
            {
                foreach (var missing in new[] { "class", "origin", "division_code", "diagnosis_date" }.Where(c => !row.ContainsKey(c)))
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
            var input = new CaseInput(
                cells.Enum("class", ClassNames, required: true) ?? default,
                cells.Enum("origin", OriginNames, required: true) ?? default,
                cells.Enum("found_by", FoundByNames) ?? FoundBy.NotStated,
                cells.Text("division_code", required: true) ?? "",
                cells.Date("diagnosis_date", required: true) ?? default,
                cells.Time("reported_at"),
                cells.Bool("converted"),
                cells.Text("name"),
                cells.Text("address_zh"),
                cells.Text("address_en"),
                cells.Text("isolation_point"),
                cells.Text("nationality_zh"),
                cells.Text("nationality_en"),
                cells.Text("origin_zh"),
                cells.Text("origin_en"),
                cells.Text("port_zh"),
                cells.Text("port_en"),
                cells.Date("arrival_date"),
                cells.Date("transferred_on"),
                cells.Date("investigated_on"),
                cells.Date("control_measures_on"),
                cells.Date("discharged_on"));
            if (errors.Count == before)
            {
                try
                {
                    cases.Add(await registry.BuildAsync(input, ct));
                }
                catch (RuleViolation v)
                {
                    errors.Add(new ImportError(rowNumber, Column(v.Field), v.Rule, v.Message));
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

        await WriteAsync(cases, fileName, ct);
        return new ImportResult(true, cases.Count, []);
    }

    /// <summary>
    /// Writes checked cases in one transaction on the provider's fast path, with one audit entry for
    /// the import (file, rows, id range) instead of one per row. The caller's grants must cover every
    /// org written, as for any save.
    /// </summary>
    internal async Task WriteAsync(IReadOnlyList<EpidemicCase> cases, string source, CancellationToken ct)
    {
        foreach (var orgId in cases.Select(c => c.OrgId).Distinct())
        {
            RuleViolation.ThrowIf(
                !await OrgScope.CoversAsync(db.OrgClosures, db.Scope, orgId, ct),
                "division_code",
                "epidemic.import.out-of-scope",
                "The file holds cases of a district outside your grants.");
        }

        await using var tx = await db.Database.BeginTransactionAsync(ct);
        await CaseBulkWriter.WriteAsync(db, cases, ct);
        foreach (var c in cases.Where(c => c.IsolationPoint is not null))
        {
            db.PointPositives.Add(new PointPositive { Id = Guid.CreateVersion7(), IsolationPoint = c.IsolationPoint!, DiagnosisDate = c.DiagnosisDate, CaseId = c.Id });
        }

        var byOrg = cases.GroupBy(c => c.OrgId).Select(g => $"\"{g.Key}\":{g.Count()}");
        db.Audit(new AuditNote(
            "import",
            "epidemic.case",
            source.Length > 200 ? source[..200] : source,
            cases.Count > 0 && cases.All(c => c.OrgId == cases[0].OrgId) ? cases[0].OrgId : null,
            $"{{\"rows\":{cases.Count},\"orgs\":{{{string.Join(",", byOrg)}}}}}"));
        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
    }

    private static string Column(string field) => field switch
    {
        "divisionCode" => "division_code",
        "diagnosisDate" => "diagnosis_date",
        "arrivalDate" => "arrival_date",
        "origin" => "origin_zh",
        "port" => "port_zh",
        "convertedFromAsymptomatic" => "converted",
        "transferredOn" => "transferred_on",
        "investigatedOn" => "investigated_on",
        "controlMeasuresOn" => "control_measures_on",
        "dischargedOn" => "discharged_on",
        _ => field,
    };
}
