namespace Tongban.Juvenile.Rules;

/// <summary>
/// The school year's two semesters, for art. 46's "each semester". Provinces publish their own school calendars
/// (校历); absent one, the national pattern is used: the autumn semester runs to 31 January, the spring semester
/// to 31 July, and the summer break counts with the autumn semester it leads into (docs/adr/0004).
/// </summary>
public static class SchoolSemesters
{
    /// <summary>The last day of the semester <paramref name="on"/> falls in (or, in the summer break, leads into).</summary>
    public static DateOnly End(DateOnly on) => on.Month switch
    {
        1 => new DateOnly(on.Year, 1, 31),
        >= 2 and <= 7 => new DateOnly(on.Year, 7, 31),
        _ => new DateOnly(on.Year + 1, 1, 31),
    };

    /// <summary>The first day of the semester <paramref name="on"/> falls in (1 February or 1 August).</summary>
    public static DateOnly Start(DateOnly on) => on.Month switch
    {
        1 => new DateOnly(on.Year - 1, 8, 1),
        >= 2 and <= 7 => new DateOnly(on.Year, 2, 1),
        _ => new DateOnly(on.Year, 8, 1),
    };
}
