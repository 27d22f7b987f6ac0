using System.Collections.Concurrent;
using System.Text.Json;
using Tongban.Kernel.Errors;

namespace Tongban.Kernel.Calendar;

/// <summary>
/// China's working-day calendar: Monday to Friday are working days, Saturday and Sunday are not, except where a
/// State Council General Office holiday notice (国务院办公厅关于某年部分节假日安排的通知) makes a day a holiday or a
/// weekend day an adjusted working day (调休上班). The notices for 2020–2026 are embedded (NateScarlet/holiday-cn
/// data) and more can come from an override file: these are the <see cref="NoticeYears"/>.
/// </summary>
/// <remarks>
/// <para>
/// <b>Provisional years.</b> A year from <see cref="ProvisionalFirstYear"/> to <see cref="ProvisionalLastYear"/> without
/// a notice is derived from the holiday regulation itself, 全国年节及纪念日放假办法 (the revision in force on each
/// holiday; 2024 revision from 2025-01-01): the statutory holidays of art. 2, lunar dates from
/// <see cref="System.Globalization.ChineseLunisolarCalendar"/> and 清明 from the sun's longitude, plus the make-up
/// days of art. 6 for a holiday on a Saturday or Sunday (the next weekday not already off). What each notice adds is not
/// derivable and not guessed: the bridging days of its blocks, its adjusted working weekends (a derived year has no
/// <see cref="DayKind.AdjustedWorkday"/>) and any day it gives back when two holidays coincide. A derived year is
/// <see cref="IsProvisional">provisional</see>: a deadline counted through one should be shown as such
/// (<see cref="IsProvisionalBetween"/>) and recounted once the notice is loaded. A notice or override year always wins
/// over the derivation, and so does any date a notice lists outside its own year. Outside 1901–2100 a year without
/// a notice is refused (<c>calendar.year-missing</c>).
/// </para>
/// <para>
/// Override file format: the same JSON as the embedded holiday-cn files, either one year object or an array of them:
/// <code>
/// { "year": 2027,
///   "papers": ["https://www.gov.cn/..."],
///   "days": [ { "name": "元旦", "date": "2027-01-01", "isOffDay": true },
///             { "name": "春节", "date": "2027-02-06", "isOffDay": false } ] }
/// </code>
/// <c>year</c> declares that the calendar for that year is known (a year with no special days is an object with an
/// empty <c>days</c> list). <c>isOffDay: true</c> is a day off (a statutory holiday, or a local one);
/// <c>isOffDay: false</c> is a working day (on a Saturday or Sunday, an adjusted working day). An override entry
/// replaces the embedded entry for the same date. <c>papers</c> is optional and not read.
/// </para>
/// <para>
/// As in holiday-cn, a notice may list dates outside its own year (the 2023 notice makes 2022-12-31 a 元旦
/// holiday), so the entries of all files are merged by date. A year counts as covered when some file is for it.
/// </para>
/// </remarks>
public sealed class WorkingDayCalendar
{
    private const string ResourcePrefix = "Tongban.Kernel.Calendar.Data.";

    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<IReadOnlyList<YearFile>> Embedded = new(LoadEmbedded);

    private readonly Dictionary<DateOnly, DayEntry> entries;
    private readonly HashSet<int> years;

    /// <summary>Derived years, computed on first use; the calendar is a singleton read from many requests at once.</summary>
    private readonly ConcurrentDictionary<int, Lazy<IReadOnlyDictionary<DateOnly, string>>> derived = new();

    private WorkingDayCalendar(IEnumerable<YearFile> files)
    {
        entries = [];
        years = [];
        foreach (var file in files)
        {
            years.Add(file.Year);
            foreach (var day in file.Days)
            {
                entries[day.Date] = new DayEntry(day.Name, day.IsOffDay);
            }
        }

        Years = [.. years.Order()];
    }

    /// <summary>The first year the regulation is derived for when its notice is missing (.NET's lunar calendar starts in 1901).</summary>
    public const int ProvisionalFirstYear = 1901;

    /// <summary>The last year the regulation is derived for when its notice is missing.</summary>
    public const int ProvisionalLastYear = 2100;

    /// <summary>
    /// The years with a State Council notice loaded (embedded or from the override file), ascending: the same list as
    /// <see cref="NoticeYears"/>. Other years from 1901 to 2100 are still answered, provisionally (see <see cref="IsProvisional"/>).
    /// </summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>The years with a State Council notice loaded, ascending (an alias of <see cref="Years"/> that says what it holds).</summary>
    public IReadOnlyList<int> NoticeYears => Years;

    /// <summary>The embedded 2020–2026 notices, then the override file (JSON, see the class remarks) if given.</summary>
    public static WorkingDayCalendar LoadDefault(string? overrideFile = null)
    {
        var files = new List<YearFile>(Embedded.Value);
        if (!string.IsNullOrWhiteSpace(overrideFile))
        {
            files.AddRange(ReadOverride(overrideFile));
        }

        return new WorkingDayCalendar(files);
    }

    /// <summary>
    /// True when <paramref name="year"/> has no notice and its days off are derived from the regulation. Refused
    /// (<c>calendar.year-missing</c>) for a year without a notice outside 1901–2100, which has no calendar at all.
    /// </summary>
    public bool IsProvisional(int year)
    {
        if (years.Contains(year))
        {
            return false;
        }

        EnsureCovered(year, "year", $"{year}");
        return true;
    }

    /// <summary>
    /// True when any year from <paramref name="from"/> to <paramref name="to"/> (inclusive, in either order) is
    /// provisional: a deadline counted over that span should be marked provisional.
    /// </summary>
    public bool IsProvisionalBetween(DateOnly from, DateOnly to)
    {
        var (first, last) = from <= to ? (from.Year, to.Year) : (to.Year, from.Year);
        var provisional = false;
        for (var year = first; year <= last; year++)
        {
            provisional |= IsProvisional(year);
        }

        return provisional;
    }

    public DayKind KindOf(DateOnly date)
    {
        EnsureCovered(date, "date");
        var weekend = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
        if (!years.Contains(date.Year) && !entries.ContainsKey(date))
        {
            if (DerivedDaysOff(date.Year).ContainsKey(date))
            {
                return DayKind.Holiday;
            }

            return weekend ? DayKind.Weekend : DayKind.Workday;
        }

        if (entries.TryGetValue(date, out var entry))
        {
            if (entry.IsOffDay)
            {
                return DayKind.Holiday;
            }

            return weekend ? DayKind.AdjustedWorkday : DayKind.Workday;
        }

        return weekend ? DayKind.Weekend : DayKind.Workday;
    }

    public bool IsWorkingDay(DateOnly date) => KindOf(date) is DayKind.Workday or DayKind.AdjustedWorkday;

    /// <summary>
    /// The holiday a listed date belongs to (for an adjusted working day, the holiday it makes up for, e.g. "国庆节");
    /// null for an ordinary day.
    /// </summary>
    public string? HolidayName(DateOnly date)
    {
        EnsureCovered(date, "date");
        if (entries.TryGetValue(date, out var entry))
        {
            return entry.Name;
        }

        return !years.Contains(date.Year) && DerivedDaysOff(date.Year).TryGetValue(date, out var name) ? name : null;
    }

    /// <summary>
    /// The <paramref name="n"/>-th working day after <paramref name="start"/>, the start date itself not counted
    /// ("within 15 working days from acceptance"); <paramref name="n"/> = 0 returns <paramref name="start"/>.
    /// </summary>
    public DateOnly AddWorkingDays(DateOnly start, int n)
    {
        RuleViolation.ThrowIf(n < 0, "days", "calendar.negative-days", $"The number of working days must not be negative (got {n}).", ("n", n));
        var date = start;
        for (var counted = 0; counted < n;)
        {
            date = date.AddDays(1);
            if (IsWorkingDay(date))
            {
                counted++;
            }
        }

        return date;
    }

    /// <summary>Working days in (<paramref name="from"/>, <paramref name="to"/>]; negative when <paramref name="to"/> is before <paramref name="from"/>.</summary>
    public int WorkingDaysBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return -WorkingDaysBetween(to, from);
        }

        var count = 0;
        for (var date = from.AddDays(1); date <= to; date = date.AddDays(1))
        {
            if (IsWorkingDay(date))
            {
                count++;
            }
        }

        return count;
    }

    private void EnsureCovered(DateOnly date, string field) => EnsureCovered(date.Year, field, $"{date.Year} ({date:yyyy-MM-dd})");

    private void EnsureCovered(int year, string field, string what)
    {
        if (!years.Contains(year) && year is < ProvisionalFirstYear or > ProvisionalLastYear)
        {
            var known = Years.Count == 0 ? "none" : string.Join(", ", Years);
            throw new RuleViolation(
                field,
                "calendar.year-missing",
                $"No working-day calendar for {what}: the State Council holiday notice for {year} is not loaded (known years: {known}), and the provisional derivation from the holiday regulation covers {ProvisionalFirstYear}–{ProvisionalLastYear} only. Add it to the calendar override file.", ("what", what), ("year", year), ("known", known), ("first", ProvisionalFirstYear), ("last", ProvisionalLastYear));
        }
    }

    private IReadOnlyDictionary<DateOnly, string> DerivedDaysOff(int year) =>
        derived.GetOrAdd(year, y => new Lazy<IReadOnlyDictionary<DateOnly, string>>(() => HolidayRegulation.DaysOff(y))).Value;

    private static List<YearFile> LoadEmbedded()
    {
        var assembly = typeof(WorkingDayCalendar).Assembly;
        var files = new List<YearFile>();
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            var file = JsonSerializer.Deserialize<RawYear>(stream, JsonOptions);
            files.Add(Validate(file) ?? throw new InvalidOperationException($"Embedded calendar resource {name} is malformed."));
        }

        return [.. files.OrderBy(f => f.Year)];
    }

    private static IEnumerable<YearFile> ReadOverride(string path)
    {
        RuleViolation.ThrowIf(!File.Exists(path), "overrideFile", "calendar.override-missing", $"The calendar override file {path} does not exist.", ("path", path));
        List<RawYear?>? files;
        try
        {
            var text = File.ReadAllText(path);
            files = text.TrimStart().StartsWith('[')
                ? JsonSerializer.Deserialize<List<RawYear?>>(text, JsonOptions)
                : [JsonSerializer.Deserialize<RawYear>(text, JsonOptions)];
        }
        catch (JsonException e)
        {
            throw new RuleViolation("overrideFile", "calendar.override-invalid", $"The calendar override file {path} is not valid holiday JSON: {e.Message}", ("path", path), ("message", e.Message));
        }

        var valid = (files ?? []).Select(Validate).ToList();
        RuleViolation.ThrowIf(
            valid.Count == 0 || valid.Any(f => f is null),
            "overrideFile",
            "calendar.override-invalid",
            $"The calendar override file {path} must hold {{\"year\": 2027, \"days\": [{{\"name\", \"date\", \"isOffDay\"}}]}} objects with a year between 1900 and 9999 and a name, a yyyy-MM-dd date and isOffDay on every day.", ("path", path));
        return valid.OfType<YearFile>();
    }

    /// <summary>Null unless every field is present: a missing isOffDay must not silently mean "working day".</summary>
    private static YearFile? Validate(RawYear? raw)
    {
        if (raw?.Year is not (>= 1900 and <= 9999) || raw.Days is null)
        {
            return null;
        }

        var days = new List<DayRecord>();
        foreach (var day in raw.Days)
        {
            if (day is null || string.IsNullOrWhiteSpace(day.Name) || day.Date is not { } date || day.IsOffDay is not { } off)
            {
                return null;
            }

            days.Add(new DayRecord(day.Name, date, off));
        }

        return new YearFile(raw.Year.Value, days);
    }

    private readonly record struct DayEntry(string Name, bool IsOffDay);

    private sealed record YearFile(int Year, List<DayRecord> Days);

    private sealed record DayRecord(string Name, DateOnly Date, bool IsOffDay);

    private sealed record RawYear(int? Year, List<RawDay?>? Days);

    private sealed record RawDay(string? Name, DateOnly? Date, bool? IsOffDay);
}
