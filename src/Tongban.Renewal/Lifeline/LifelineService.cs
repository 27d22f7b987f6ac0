using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.Calendar;
using Tongban.Kernel.Data;
using Tongban.Kernel.Errors;
using Tongban.Kernel.Imports;

namespace Tongban.Renewal.Lifeline;

/// <summary>A reading as sent: the sensor's code, the local China time, the metric and the value.</summary>
public sealed record ReadingInput(string Sensor, DateTime At, string Metric, decimal Value);

public sealed record IngestResult(int Readings, int Raised, int Cleared);

public sealed record NewSensor(Guid OrgId, string Code, LifelineKind Kind, Guid DistrictOrgId, Guid? CommunityId, string Asset);

public sealed record NewRule(Guid OrgId, LifelineKind Kind, string Metric, RuleType Type, ComparisonOp Op, double Threshold, int ForSeconds, AlarmSeverity Severity, int AckMinutes, string? Standard);

public sealed record SensorRow(Guid Id, string Code, LifelineKind Kind, Guid OrgId, Guid DistrictOrgId, string District, Guid? CommunityId, string Asset, DateTime? LastReadingLocal);

public sealed record AlarmRow(Guid Id, string Sensor, LifelineKind Kind, string Asset, Guid DistrictOrgId, string District, string Metric, AlarmSeverity Severity, AlarmStatus Status,
    DateTime RaisedLocal, double RaisedValue, DateTime? AcknowledgedLocal, string? AcknowledgedBy, DateTime? ClearedLocal, string? EscalatedTo, int Escalations);

public sealed record NoteRow(DateTime AtLocal, string Author, string Text);

/// <summary>The live view's cell: one district and asset with its open alarms, worst first.</summary>
public sealed record LiveCell(Guid DistrictOrgId, string District, string Asset, LifelineKind Kind, AlarmSeverity? Worst, int Open, int Unacknowledged);

/// <summary>
/// Urban-lifeline monitoring (issue 16 item 4): sensors, rules as data, telemetry in batches evaluated as it arrives
/// (state per sensor and rule kept between batches), alarms with their life cycle, escalation and notes.
/// </summary>
internal sealed class LifelineService(RenewalDb db, RenewalAccess access, KernelDb kernel, TimeProvider clock)
{
    public static readonly string[] ReadingColumns = [nameof(Reading.OrgId), nameof(Reading.SensorId), nameof(Reading.AtUtc), nameof(Reading.Metric), nameof(Reading.Value)];

    public const int MaxBatch = 100_000;

    private DateTime NowUtc => clock.GetUtcNow().UtcDateTime;

    private RenewalDb Db => db;

    private RenewalAccess Access => access;

    public static DateTime ToUtc(DateTime local) => DateTime.SpecifyKind(local - TimeSpan.FromHours(8), DateTimeKind.Utc);

    public static DateTime ToLocal(DateTime utc) => ChinaTime.Local(utc);

    public async Task<Guid> RegisterSensorAsync(NewSensor input, CancellationToken ct = default)
    {
        await access.EnsureAsync(RenewalPermissions.EditSensors, input.OrgId, ct);
        var code = input.Code?.Trim() ?? "";
        RuleViolation.ThrowIf(code.Length is 0 or > 60 || code.Any(char.IsWhiteSpace), "code", "renewal.sensor-code", "A sensor code has 1-60 characters and no spaces.");
        RuleViolation.ThrowIf(!Enum.IsDefined(input.Kind), "kind", "renewal.kind-unknown", "Unknown sensor kind.");
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(input.Asset) || input.Asset.Trim().Length > 200, "asset", "renewal.asset-required", "Name the asset, in at most 200 characters.");
        RuleViolation.ThrowIf(!await kernel.Orgs.AnyAsync(o => o.Id == input.DistrictOrgId, ct), "districtOrgId", "renewal.district-unknown", "No such district.");
        if (input.CommunityId is { } cid)
        {
            RuleViolation.ThrowIf(!await db.Communities.AnyAsync(c => c.Id == cid, ct), "communityId", "renewal.community-unknown", "No such community in your scope.");
        }

        RuleViolation.ThrowIf(await db.Sensors.AnyAsync(s => s.Code == code, ct), "code", "renewal.code-taken", $"The code {code} is taken.", ("code", code));
        var sensor = new Sensor { Id = Guid.CreateVersion7(), OrgId = input.OrgId, Code = code, Kind = input.Kind, DistrictOrgId = input.DistrictOrgId, CommunityId = input.CommunityId, Asset = input.Asset.Trim() };
        db.Sensors.Add(sensor);
        await db.SaveChangesAsync(ct);
        return sensor.Id;
    }

    public async Task<IReadOnlyList<SensorRow>> SensorsAsync(CancellationToken ct = default)
    {
        var sensors = await db.Sensors.AsNoTracking().OrderBy(s => s.Code).Take(5000).ToListAsync(ct);
        var names = await DistrictNamesAsync(sensors.Select(s => s.DistrictOrgId), ct);
        return sensors.Select(s => new SensorRow(s.Id, s.Code, s.Kind, s.OrgId, s.DistrictOrgId, names.GetValueOrDefault(s.DistrictOrgId, ""), s.CommunityId, s.Asset, s.LastReadingUtc is { } t ? ToLocal(t) : null)).ToList();
    }

    private async Task<Dictionary<Guid, string>> DistrictNamesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var list = ids.Distinct().ToList();
        var chinese = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName != "en";
        return await kernel.Orgs.AsNoTracking().Where(o => list.Contains(o.Id)).ToDictionaryAsync(o => o.Id, o => chinese || o.NameEn.Length == 0 ? o.NameZh : o.NameEn, ct);
    }

    public async Task<Guid> AddRuleAsync(NewRule input, CancellationToken ct = default)
    {
        await access.EnsureAsync(RenewalPermissions.EditSensors, input.OrgId, ct);
        LifelineRules.Rule(input);
        var rule = new AlarmRule
        {
            Id = Guid.CreateVersion7(),
            OrgId = input.OrgId,
            Kind = input.Kind,
            Metric = input.Metric.Trim().ToLowerInvariant(),
            Type = input.Type,
            Op = input.Op,
            Threshold = input.Threshold,
            ForSeconds = input.ForSeconds,
            Severity = input.Severity,
            AckMinutes = input.AckMinutes,
            Standard = input.Standard?.Trim() ?? "",
        };
        db.Rules.Add(rule);
        await db.SaveChangesAsync(ct);
        return rule.Id;
    }

    public async Task<IReadOnlyList<AlarmRule>> RulesAsync(CancellationToken ct = default) =>
        await db.Rules.AsNoTracking().OrderBy(r => r.Kind).ThenBy(r => r.Metric).ThenBy(r => r.Severity).ToListAsync(ct);

    /// <summary>
    /// The rules in force for the sensors: those of each sensor's org and of the orgs above it (a city's centre sets
    /// rules for its utilities). They are read past the view filter on purpose, and only for orgs above sensors the
    /// caller sees: a rule is policy from above, not a record the caller reads.
    /// </summary>
    private async Task<Dictionary<Guid, List<AlarmRule>>> RulesForAsync(IReadOnlyCollection<Sensor> sensors, CancellationToken ct)
    {
        var orgs = sensors.Select(s => s.OrgId).Distinct().ToList();
        var above = await db.OrgClosures.AsNoTracking().Where(c => orgs.Contains(c.DescendantId)).Select(c => new { c.AncestorId, c.DescendantId }).ToListAsync(ct);
        var ancestorIds = above.Select(a => a.AncestorId).Distinct().ToList();
        var kinds = sensors.Select(s => s.Kind).Distinct().ToList();
        var rules = await db.Rules.IgnoreQueryFilters().AsNoTracking().Where(r => ancestorIds.Contains(r.OrgId) && kinds.Contains(r.Kind)).ToListAsync(ct);
        var ancestorsOf = above.ToLookup(a => a.DescendantId, a => a.AncestorId);
        return sensors.ToDictionary(s => s.Id, s => rules.Where(r => r.Kind == s.Kind && ancestorsOf[s.OrgId].Contains(r.OrgId)).ToList());
    }

    /// <summary>Ingests one batch (see <see cref="IngestStreamAsync"/>).</summary>
    public Task<IngestResult> IngestAsync(IReadOnlyList<ReadingInput> batch, CancellationToken ct = default) => IngestStreamAsync(One(batch), ct);

    private static async IAsyncEnumerable<IReadOnlyList<ReadingInput>> One(IReadOnlyList<ReadingInput> batch)
    {
        yield return batch;
        await Task.CompletedTask;
    }

    /// <summary>
    /// Ingests batches as they come, in one transaction: every row of a batch is checked first (a reading of no such
    /// sensor, a bad metric or value refuses the whole run, naming the row, and nothing is written), then the batch is
    /// written in bulk and evaluated in time order against the rules in force. The evaluator keeps one state per sensor
    /// and rule (loaded once, written back at the end), so memory does not grow with the number of readings.
    /// </summary>
    public async Task<IngestResult> IngestStreamAsync(IAsyncEnumerable<IReadOnlyList<ReadingInput>> batches, CancellationToken ct = default)
    {
        var session = new Session(this);
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        int readings = 0, raised = 0, cleared = 0;
        await foreach (var batch in batches.WithCancellation(ct))
        {
            RuleViolation.ThrowIf(batch.Count == 0, "readings", "renewal.batch-empty", "The batch has no readings.");
            RuleViolation.ThrowIf(batch.Count > MaxBatch, "readings", "renewal.batch-too-large", $"A batch has at most {MaxBatch} readings.", ("max", MaxBatch));
            await session.LoadAsync(batch, readings, ct);
            var rows = batch.Select(r => (Sensor: session.Sensors[r.Sensor.Trim()], AtUtc: ToUtc(r.At), Metric: r.Metric.Trim().ToLowerInvariant(), r.Value)).OrderBy(r => r.AtUtc).ToList();
            await BulkWriter.WriteAsync(db, "renewal_readings", ReadingColumns, Rows(rows.Select(r => new object?[] { r.Sensor.OrgId, r.Sensor.Id, r.AtUtc, r.Metric, r.Value })), null, ct);
            var (up, down) = session.Evaluate(rows.Select(r => (r.Sensor, r.AtUtc, r.Metric, (double)r.Value)));
            (readings, raised, cleared) = (readings + rows.Count, raised + up, cleared + down);
        }

        await db.SaveChangesAsync(ct);
        await tx.CommitAsync(ct);
        return new IngestResult(readings, raised, cleared);
    }

    private static async IAsyncEnumerable<object?[]> Rows(IEnumerable<object?[]> rows)
    {
        foreach (var r in rows)
        {
            yield return r;
        }

        await Task.CompletedTask;
    }

    /// <summary>One ingest run's sensors, rules in force, states and open alarms: bounded by the sensors, not the readings.</summary>
    private sealed class Session(LifelineService owner)
    {
        public Dictionary<string, Sensor> Sensors { get; } = new(StringComparer.Ordinal);

        private readonly Dictionary<Guid, List<AlarmRule>> _rules = [];
        private readonly Dictionary<(Guid Sensor, Guid Rule), RuleState> _states = [];
        private readonly Dictionary<Guid, Alarm> _open = [];
        private readonly HashSet<Guid> _permittedOrgs = [];

        /// <summary>Checks a batch's rows and loads what is new in it: its sensors, their rules, states and open alarms.</summary>
        public async Task LoadAsync(IReadOnlyList<ReadingInput> batch, int rowsBefore, CancellationToken ct)
        {
            var db = owner.Db;
            var codes = batch.Select(r => r.Sensor?.Trim() ?? "").Where(c => !Sensors.ContainsKey(c)).Distinct().ToList();
            var found = codes.Count == 0 ? [] : await db.Sensors.Where(s => codes.Contains(s.Code)).ToListAsync(ct);
            foreach (var s in found)
            {
                Sensors[s.Code] = s;
            }

            for (var i = 0; i < batch.Count; i++)
            {
                var r = batch[i];
                var code = r.Sensor?.Trim() ?? "";
                RuleViolation.ThrowIf(!Sensors.ContainsKey(code), $"row {rowsBefore + i + 1}, column sensor", "renewal.sensor-unknown", $"No sensor {r.Sensor} in your scope.", ("sensor", r.Sensor));
                LifelineRules.Reading(r, rowsBefore + i + 1);
            }

            foreach (var org in found.Select(s => s.OrgId).Distinct().Where(o => !_permittedOrgs.Contains(o)))
            {
                await owner.Access.EnsureAsync(RenewalPermissions.Ingest, org, ct);
                _permittedOrgs.Add(org);
            }

            if (found.Count == 0)
            {
                return;
            }

            foreach (var (id, rules) in await owner.RulesForAsync(found, ct))
            {
                _rules[id] = rules;
            }

            var ids = found.Select(s => s.Id).ToList();
            foreach (var state in await db.RuleStates.Where(s => ids.Contains(s.SensorId)).ToListAsync(ct))
            {
                _states[(state.SensorId, state.RuleId)] = state;
            }

            var openIds = _states.Values.Where(s => s.AlarmId != null && ids.Contains(s.SensorId)).Select(s => s.AlarmId!.Value).ToList();
            foreach (var alarm in openIds.Count == 0 ? [] : await db.Alarms.Where(a => openIds.Contains(a.Id)).ToListAsync(ct))
            {
                _open[alarm.Id] = alarm;
            }
        }

        public (int Raised, int Cleared) Evaluate(IEnumerable<(Sensor Sensor, DateTime AtUtc, string Metric, double Value)> readings)
        {
            int raised = 0, cleared = 0;
            foreach (var (sensor, at, metric, value) in readings)
            {
                if (sensor.LastReadingUtc is null || at > sensor.LastReadingUtc)
                {
                    sensor.LastReadingUtc = at;
                }

                foreach (var rule in _rules[sensor.Id])
                {
                    if (rule.Type == RuleType.NoData || rule.Metric != metric)
                    {
                        continue;
                    }

                    if (!_states.TryGetValue((sensor.Id, rule.Id), out var stored))
                    {
                        stored = new RuleState { OrgId = sensor.OrgId, SensorId = sensor.Id, RuleId = rule.Id };
                        owner.Db.RuleStates.Add(stored);
                        _states[(sensor.Id, rule.Id)] = stored;
                    }

                    // Readings older than the last one evaluated are kept but not evaluated: the rules run in reading time.
                    if (stored.LastAtUtc is { } last && at <= last)
                    {
                        continue;
                    }

                    var run = new RunState { RunStart = stored.RunStartUtc, LastAt = stored.LastAtUtc, LastValue = stored.LastValue, Raised = stored.AlarmId != null };
                    var transition = AlarmEvaluation.Step(new Condition(rule.Type, rule.Op, rule.Threshold, rule.ForSeconds), run, at, value);
                    stored.RunStartUtc = run.RunStart;
                    stored.LastAtUtc = run.LastAt;
                    stored.LastValue = run.LastValue;
                    if (transition == Transition.Raised)
                    {
                        var alarm = owner.Raise(sensor, rule, at, value);
                        _open[alarm.Id] = alarm;
                        stored.AlarmId = alarm.Id;
                        raised++;
                    }
                    else if (transition == Transition.Cleared && stored.AlarmId is { } alarmId)
                    {
                        if (_open.Remove(alarmId, out var alarm))
                        {
                            LifelineRules.ClearByData(alarm, at);
                        }

                        stored.AlarmId = null;
                        cleared++;
                    }
                }
            }

            return (raised, cleared);
        }
    }

    private Alarm Raise(Sensor sensor, AlarmRule rule, DateTime at, double value)
    {
        var alarm = new Alarm
        {
            Id = Guid.CreateVersion7(),
            OrgId = sensor.OrgId,
            SensorId = sensor.Id,
            RuleId = rule.Id,
            DistrictOrgId = sensor.DistrictOrgId,
            Kind = sensor.Kind,
            Metric = rule.Metric,
            Severity = rule.Severity,
            Status = AlarmStatus.Active,
            RaisedAtUtc = at,
            RaisedValue = value,
        };
        db.Alarms.Add(alarm);
        return alarm;
    }

    /// <summary>
    /// The sweep: raises no-data alarms for silent sensors (and clears them when data returns), and escalates alarms
    /// not acknowledged within their rule's minutes to the next org level up. Run on every live view and by
    /// <c>tongban renewal sweep</c>.
    /// </summary>
    public async Task<(int Silent, int Escalated)> SweepAsync(CancellationToken ct = default)
    {
        var now = NowUtc;
        var sensors = await db.Sensors.ToListAsync(ct);
        var rules = await RulesForAsync(sensors, ct);
        var ids = sensors.Select(s => s.Id).ToList();
        var states = await db.RuleStates.Where(s => ids.Contains(s.SensorId)).ToDictionaryAsync(s => (s.SensorId, s.RuleId), ct);
        var silent = 0;
        foreach (var sensor in sensors)
        {
            foreach (var rule in rules[sensor.Id].Where(r => r.Type == RuleType.NoData))
            {
                if (!states.TryGetValue((sensor.Id, rule.Id), out var state))
                {
                    state = new RuleState { OrgId = sensor.OrgId, SensorId = sensor.Id, RuleId = rule.Id };
                    db.RuleStates.Add(state);
                    states[(sensor.Id, rule.Id)] = state;
                }

                var quiet = AlarmEvaluation.Silent(sensor.LastReadingUtc, now, rule.ForSeconds);
                if (quiet && state.AlarmId is null)
                {
                    state.AlarmId = Raise(sensor, rule, now, 0).Id;
                    silent++;
                }
                else if (!quiet && state.AlarmId is { } alarmId)
                {
                    var alarm = await db.Alarms.SingleAsync(a => a.Id == alarmId, ct);
                    LifelineRules.ClearByData(alarm, sensor.LastReadingUtc!.Value);
                    state.AlarmId = null;
                }
            }
        }

        var escalated = 0;
        var waiting = await db.Alarms.Where(a => a.Status == AlarmStatus.Active).ToListAsync(ct);
        if (waiting.Count > 0)
        {
            var ruleMinutes = rules.Values.SelectMany(r => r).DistinctBy(r => r.Id).ToDictionary(r => r.Id, r => r.AckMinutes);
            var parents = await kernel.Orgs.AsNoTracking().Select(o => new { o.Id, o.ParentId }).ToDictionaryAsync(o => o.Id, o => o.ParentId, ct);
            foreach (var alarm in waiting)
            {
                var minutes = ruleMinutes.GetValueOrDefault(alarm.RuleId);
                var next = parents.GetValueOrDefault(alarm.EscalatedToOrgId ?? alarm.OrgId);
                if (LifelineRules.DueForEscalation(alarm, minutes, now) && next is { } up)
                {
                    alarm.EscalatedToOrgId = up;
                    alarm.Escalations++;
                    alarm.EscalatedAtUtc = now;
                    escalated++;
                }
            }
        }

        await db.SaveChangesAsync(ct);
        return (silent, escalated);
    }

    private async Task<Alarm> AlarmAsync(Guid id, CancellationToken ct)
    {
        var alarm = RuleViolation.Found(await db.Alarms.SingleOrDefaultAsync(a => a.Id == id, ct), "alarmId", "renewal.alarm-unknown", "No such alarm in your scope.");
        await access.EnsureAsync(RenewalPermissions.HandleAlarms, alarm.OrgId, ct);
        return alarm;
    }

    public async Task AcknowledgeAsync(Guid id, CancellationToken ct = default)
    {
        var alarm = await AlarmAsync(id, ct);
        LifelineRules.Acknowledge(alarm, NowUtc, db.Scope.ActorName);
        await db.SaveChangesAsync(ct);
    }

    public async Task ClearAsync(Guid id, CancellationToken ct = default)
    {
        var alarm = await AlarmAsync(id, ct);
        LifelineRules.Clear(alarm, NowUtc, db.Scope.ActorName);
        foreach (var state in await db.RuleStates.Where(s => s.AlarmId == id).ToListAsync(ct))
        {
            state.AlarmId = null;
            state.RunStartUtc = null;
        }

        await db.SaveChangesAsync(ct);
    }

    public async Task NoteAsync(Guid id, string text, CancellationToken ct = default)
    {
        var alarm = await AlarmAsync(id, ct);
        RuleViolation.ThrowIf(string.IsNullOrWhiteSpace(text) || text.Trim().Length > 2000, "text", "renewal.note-required", "Write the note, in at most 2000 characters.");
        db.AlarmNotes.Add(new AlarmNote { Id = Guid.CreateVersion7(), OrgId = alarm.OrgId, AlarmId = alarm.Id, AtUtc = NowUtc, Author = db.Scope.ActorName, Text = text.Trim() });
        await db.SaveChangesAsync(ct);
    }

    public async Task<IReadOnlyList<NoteRow>> NotesAsync(Guid id, CancellationToken ct = default) =>
        (await db.AlarmNotes.AsNoTracking().Where(n => n.AlarmId == id).OrderBy(n => n.AtUtc).ToListAsync(ct)).Select(n => new NoteRow(ToLocal(n.AtUtc), n.Author, n.Text)).ToList();

    /// <summary>Alarms, open ones first, worst severity first, newest first.</summary>
    public async Task<IReadOnlyList<AlarmRow>> AlarmsAsync(bool openOnly, int take = 500, CancellationToken ct = default)
    {
        var q = db.Alarms.AsNoTracking();
        if (openOnly)
        {
            q = q.Where(a => a.Status == AlarmStatus.Active || a.Status == AlarmStatus.Acknowledged);
        }

        var rows = await q.OrderBy(a => a.Status == AlarmStatus.Active || a.Status == AlarmStatus.Acknowledged ? 0 : 1).ThenBy(a => a.Severity).ThenByDescending(a => a.RaisedAtUtc)
            .Take(Math.Clamp(take, 1, 5000))
            .Join(db.Sensors, a => a.SensorId, s => s.Id, (a, s) => new { a, s.Code, s.Asset })
            .ToListAsync(ct);
        var names = await DistrictNamesAsync(rows.Select(r => r.a.DistrictOrgId).Concat(rows.Where(r => r.a.EscalatedToOrgId != null).Select(r => r.a.EscalatedToOrgId!.Value)), ct);
        return rows.Select(r => new AlarmRow(r.a.Id, r.Code, r.a.Kind, r.Asset, r.a.DistrictOrgId, names.GetValueOrDefault(r.a.DistrictOrgId, ""), r.a.Metric, r.a.Severity, r.a.Status,
            ToLocal(r.a.RaisedAtUtc), r.a.RaisedValue, r.a.AcknowledgedAtUtc is { } k ? ToLocal(k) : null, r.a.AcknowledgedBy, r.a.ClearedAtUtc is { } c ? ToLocal(c) : null,
            r.a.EscalatedToOrgId is { } e ? names.GetValueOrDefault(e, "") : null, r.a.Escalations)).ToList();
    }

    /// <summary>The live view (no map): per district and asset, the worst open severity and the count of open and unacknowledged alarms, worst first.</summary>
    public async Task<IReadOnlyList<LiveCell>> LiveAsync(CancellationToken ct = default)
    {
        var sensors = await db.Sensors.AsNoTracking().Select(s => new { s.Id, s.DistrictOrgId, s.Asset, s.Kind }).ToListAsync(ct);
        var open = await db.Alarms.AsNoTracking().Where(a => a.Status == AlarmStatus.Active || a.Status == AlarmStatus.Acknowledged)
            .Select(a => new { a.SensorId, a.Severity, a.Status }).ToListAsync(ct);
        var bySensor = open.ToLookup(a => a.SensorId);
        var names = await DistrictNamesAsync(sensors.Select(s => s.DistrictOrgId), ct);
        return sensors.GroupBy(s => (s.DistrictOrgId, s.Asset, s.Kind))
            .Select(g =>
            {
                var alarms = g.SelectMany(s => bySensor[s.Id]).ToList();
                return new LiveCell(g.Key.DistrictOrgId, names.GetValueOrDefault(g.Key.DistrictOrgId, ""), g.Key.Asset, g.Key.Kind, alarms.Count == 0 ? null : alarms.Min(a => a.Severity), alarms.Count,
                    alarms.Count(a => a.Status == AlarmStatus.Active));
            })
            .OrderBy(c => c.Worst ?? (AlarmSeverity)99).ThenByDescending(c => c.Open).ThenBy(c => c.District).ThenBy(c => c.Asset)
            .ToList();
    }
}
