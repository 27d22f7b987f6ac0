using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Tongban.Clinic.FollowUp;
using Tongban.Clinic.Formulary;
using Tongban.Clinic.Patients;
using Tongban.Kernel.Data;
using Tongban.Kernel.Imports;
using Tongban.Kernel.Modules;
using Tongban.Kernel.Orgs;
using Tongban.Kernel.People;

namespace Tongban.Clinic.Bench;

/// <summary>
/// <c>clinic.overdue</c>: the overdue list of a department (the first 500 rows, most overdue first, with name, phone and
/// last contact) over N patients (200,000 by default) with four due items each and 25 visit items each (5,000,000),
/// through <see cref="FollowUpService.DueAsync"/>, against the raw indexed query joining the same two tables.
/// </summary>
internal sealed class OverdueBenchmark : IBenchmark
{
    public static readonly DateOnly AsOf = new(2026, 11, 30);

    public string Name => "clinic.overdue";

    public string Description => "The overdue list of a department with N patients (4 due items and 25 visit items each) via FollowUpService vs the raw indexed query";

    public async Task<IBenchmarkRun> PrepareAsync(BenchmarkContext context, CancellationToken ct)
    {
        var patients = context.Size > 0 ? context.Size : 200_000;
        await using var scope = context.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
        var org = await ClinicBench.OrgAsync(scope.ServiceProvider, ct);
        var db = scope.ServiceProvider.GetRequiredService<ClinicDb>();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await BulkWriter.WriteAsync(db, "clinic_patients", ClinicBench.PatientColumns, ClinicBench.Patients(org, patients), ClinicBench.Progress(context, "patients", patients), ct);
        await BulkWriter.WriteAsync(db, "clinic_due_items", DueColumns, Due(org, patients), ClinicBench.Progress(context, "due items", patients * 4L), ct);
        await BulkWriter.WriteAsync(db, "clinic_visit_items", VisitItemColumns, VisitItems(org, patients), ClinicBench.Progress(context, "visit items", patients * 25L), ct);
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "ANALYZE clinic_patients; ANALYZE clinic_due_items; ANALYZE clinic_visit_items" : "ANALYZE", ct);
        return new Run(context, org);
    }

    private static readonly string[] DueColumns =
        [nameof(DueItem.Id), nameof(DueItem.OrgId), nameof(DueItem.EnrolmentId), nameof(DueItem.PatientId), nameof(DueItem.Programme), nameof(DueItem.Item), nameof(DueItem.Doctor), nameof(DueItem.IntervalMonths), nameof(DueItem.LastDoneOn), nameof(DueItem.NextDueOn)];

    private static readonly string[] VisitItemColumns =
        [nameof(Visits.VisitItem.Id), nameof(Visits.VisitItem.OrgId), nameof(Visits.VisitItem.VisitId), nameof(Visits.VisitItem.PatientId), nameof(Visits.VisitItem.Item), nameof(Visits.VisitItem.On)];

    /// <summary>Four items per patient; one patient in six has lapsed (due up to a year ago), the rest fall due over the next six months.</summary>
    private static async IAsyncEnumerable<object?[]> Due(Guid org, int patients)
    {
        var random = new Random(20261130);
        for (var i = 0; i < patients; i++)
        {
            var patient = ClinicBench.PatientId(i);
            for (var k = 1; k <= 4; k++)
            {
                var next = i % 6 == 0 ? AsOf.AddDays(-random.Next(1, 365)) : AsOf.AddDays(random.Next(0, 183));
                yield return [Guid.CreateVersion7(), org, patient, patient, (int)Programme.ChbAntiviral, k, $"dr.{i % 20}", 6, next.AddMonths(-6), next];
            }

            if (i % 10_000 == 9_999)
            {
                await Task.Yield();
            }
        }
    }

    private static async IAsyncEnumerable<object?[]> VisitItems(Guid org, int patients)
    {
        for (var i = 0; i < patients; i++)
        {
            var patient = ClinicBench.PatientId(i);
            for (var k = 0; k < 25; k++)
            {
                yield return [Guid.CreateVersion7(), org, patient, patient, 1 + (k % 4), AsOf.AddDays(-30 * (k + 1))];
            }

            if (i % 10_000 == 9_999)
            {
                await Task.Yield();
            }
        }
    }

    private sealed class Run(BenchmarkContext context, Guid org) : IBenchmarkRun
    {
        private const int Take = 500;
        private IReadOnlyList<DueRow> _ours = [];
        private readonly List<Guid> _baseline = [];

        public int Operations => 1;

        public string Unit => "lists";

        public async Task OursAsync(CancellationToken ct)
        {
            await using var scope = context.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
            _ours = await scope.ServiceProvider.GetRequiredService<FollowUpService>().DueAsync(new DueFilter(org, OverdueOnly: true, Take: Take), AsOf, ct);
        }

        public async Task BaselineAsync(CancellationToken ct)
        {
            await using DbConnection conn = context.Target.Provider == DatabaseProvider.Sqlite ? new SqliteConnection(context.Target.ConnectionString) : new NpgsqlConnection(context.Target.ConnectionString);
            await conn.OpenAsync(ct);
            await using var cmd = conn.CreateCommand();
            var pg = context.Target.Provider != DatabaseProvider.Sqlite;
            cmd.CommandText = "SELECT d.\"Id\", p.\"Name\", p.\"Phone\", p.\"LastContactOn\", d.\"Item\", d.\"NextDueOn\" FROM clinic_due_items d JOIN clinic_patients p ON p.\"Id\" = d.\"PatientId\" "
                + $"WHERE d.\"OrgId\" = @org AND d.\"NextDueOn\" < @asOf ORDER BY d.\"NextDueOn\", d.\"Id\" LIMIT {Take}";
            var o = cmd.CreateParameter();
            o.ParameterName = "@org";
            o.Value = pg ? org : org.ToString().ToUpperInvariant();
            cmd.Parameters.Add(o);
            var a = cmd.CreateParameter();
            a.ParameterName = "@asOf";
            a.Value = pg ? AsOf : AsOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            cmd.Parameters.Add(a);
            _baseline.Clear();
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                _baseline.Add(reader.GetGuid(0));
            }
        }

        public Task VerifyAsync(CancellationToken ct) =>
            _ours.Select(r => r.DueItemId).SequenceEqual(_baseline) && _ours.Count == Take
                ? Task.CompletedTask
                : throw new InvalidOperationException($"clinic.overdue: ours {_ours.Count} rows, baseline {_baseline.Count}, or a different order.");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>
/// <c>clinic.savings</c>: the monthly savings report per doctor over N drug orders (1,000,000 by default) through
/// <see cref="OrderService.SavingsAsync"/>, against the raw GROUP BY.
/// </summary>
internal sealed class SavingsBenchmark : IBenchmark
{
    public string Name => "clinic.savings";

    public string Description => "The monthly savings report per doctor over N drug orders via OrderService vs the raw GROUP BY";

    public async Task<IBenchmarkRun> PrepareAsync(BenchmarkContext context, CancellationToken ct)
    {
        var orders = context.Size > 0 ? context.Size : 1_000_000;
        await using var scope = context.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
        var org = await ClinicBench.OrgAsync(scope.ServiceProvider, ct);
        var db = scope.ServiceProvider.GetRequiredService<ClinicDb>();
        db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
        await BulkWriter.WriteAsync(db, "clinic_drug_orders", Columns, Orders(org, orders), ClinicBench.Progress(context, "orders", orders), ct);
        await db.Database.ExecuteSqlRawAsync(db.Database.IsNpgsql() ? "ANALYZE clinic_drug_orders" : "ANALYZE", ct);
        return new Run(context);
    }

    private static readonly string[] Columns =
    [
        nameof(DrugOrder.Id), nameof(DrugOrder.OrgId), nameof(DrugOrder.PatientId), nameof(DrugOrder.Doctor), nameof(DrugOrder.On), nameof(DrugOrder.Month), nameof(DrugOrder.AskedCode),
        nameof(DrugOrder.GivenCode), nameof(DrugOrder.CheapestCode), nameof(DrugOrder.Days), nameof(DrugOrder.AskedDailyCost), nameof(DrugOrder.CheapestDailyCost), nameof(DrugOrder.SavingFen),
        nameof(DrugOrder.OfferedSavingFen), nameof(DrugOrder.Switched), nameof(DrugOrder.KeptReason), nameof(DrugOrder.CostFen), nameof(DrugOrder.OutOfPocketFen), nameof(DrugOrder.OffFormularyName),
    ];

    private static async IAsyncEnumerable<object?[]> Orders(Guid org, int count)
    {
        var random = new Random(20261201);
        for (var i = 0; i < count; i++)
        {
            var on = OverdueBenchmark.AsOf.AddDays(-random.Next(365));
            var offered = (long)random.Next(0, 40_000);
            var switched = random.Next(3) != 0;
            yield return [Guid.CreateVersion7(), org, ClinicBench.PatientId(i % 50_000), $"dr.{i % 40}", on, (on.Year * 100) + on.Month, "ETV-BRAND", switched ? "ETV-NVBP" : "ETV-BRAND", "ETV-NVBP", 30,
                12m, 0.18m, switched ? offered : 0L, offered, switched, switched ? null : 4, 36_000L, 3_600L, null];
            if (i % 10_000 == 9_999)
            {
                await Task.Yield();
            }
        }
    }

    private sealed class Run(BenchmarkContext context) : IBenchmarkRun
    {
        private const int From = 202512;
        private const int To = 202611;
        private long _ours = -1;
        private long _baseline = -2;

        public int Operations => 1;

        public string Unit => "reports";

        public async Task OursAsync(CancellationToken ct)
        {
            await using var scope = context.Services.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CallerScopeAccessor>().Current = CallerScope.System("bench");
            _ours = (await scope.ServiceProvider.GetRequiredService<OrderService>().SavingsAsync(From, To, SavingsBy.Doctor, ct)).Sum(r => r.SavingFen);
        }

        public async Task BaselineAsync(CancellationToken ct)
        {
            await using DbConnection conn = context.Target.Provider == DatabaseProvider.Sqlite ? new SqliteConnection(context.Target.ConnectionString) : new NpgsqlConnection(context.Target.ConnectionString);
            await conn.OpenAsync(ct);
            await using var cmd = conn.CreateCommand();
            cmd.CommandTimeout = 3600;
            cmd.CommandText = $"SELECT \"Month\", \"Doctor\", COUNT(*), SUM(CASE WHEN \"Switched\" THEN 1 ELSE 0 END), SUM(\"SavingFen\"), SUM(\"OfferedSavingFen\") FROM clinic_drug_orders WHERE \"Month\" >= {From} AND \"Month\" <= {To} AND \"OfferedSavingFen\" > 0 GROUP BY \"Month\", \"Doctor\"";
            long total = 0;
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                total += reader.GetInt64(4);
            }

            _baseline = total;
        }

        public Task VerifyAsync(CancellationToken ct) =>
            _ours == _baseline ? Task.CompletedTask : throw new InvalidOperationException($"clinic.savings: ours {_ours} vs baseline {_baseline}.");

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}

/// <summary>Shared setup of the clinic benchmarks: a department org and synthetic patients.</summary>
internal static class ClinicBench
{
    public static readonly string[] PatientColumns =
    [
        nameof(Patient.Id), nameof(Patient.OrgId), nameof(Patient.Name), nameof(Patient.Sex), nameof(Patient.BirthDate), nameof(Patient.IdNumber), nameof(Patient.Phone),
        nameof(Patient.DivisionCode), nameof(Patient.Doctor), nameof(Patient.RegisteredOn), nameof(Patient.LastContactOn),
    ];

    public static Guid PatientId(int i) => new(i, 0x0c1e, 0x0b0e, 0, 0, 0, 0, 0, 0, 0, 0);

    public static async Task<Guid> OrgAsync(IServiceProvider services, CancellationToken ct)
    {
        var kernel = services.GetRequiredService<KernelDb>();
        var org = new OrgNode { Id = Guid.CreateVersion7(), Level = OrgLevel.Central, Kind = OrgKind.Hospital, NameZh = "基准测试肝病科", NameEn = "Bench hepatology department", DivisionCode = "420100" };
        kernel.Orgs.Add(org);
        kernel.OrgClosures.Add(new OrgClosure { AncestorId = org.Id, DescendantId = org.Id, Distance = 0 });
        await kernel.SaveChangesAsync(ct);
        return org.Id;
    }

    public static async IAsyncEnumerable<object?[]> Patients(Guid org, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var born = new DateOnly(1950, 1, 1).AddDays(i % 15_000);
            yield return [PatientId(i), org, $"患者{i}", 1 + (i % 2), born, $"B{i:D17}", $"138{i:D8}", "420117", $"dr.{i % 20}", OverdueBenchmark.AsOf.AddYears(-2), OverdueBenchmark.AsOf.AddDays(-(i % 400))];
            if (i % 10_000 == 9_999)
            {
                await Task.Yield();
            }
        }
    }

    public static IProgress<long> Progress(BenchmarkContext context, string what, long total) =>
        new Progress<long>(n =>
        {
            if (n % 250_000 == 0 || n == total)
            {
                context.Progress.Report($"loaded {n:N0} of {total:N0} {what}");
            }
        });
}
