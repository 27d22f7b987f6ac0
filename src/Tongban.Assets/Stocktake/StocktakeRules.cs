namespace Tongban.Assets.Stocktake;

public enum CountResult
{
    Found = 1,
    Missing = 2,
    Surplus = 3,
    WrongPlace = 4,
    WrongCustodian = 5,
}

/// <summary>What the book says about one card, and what the count saw.</summary>
public sealed record BookEntry(string Code, string Location, string Custodian);

public sealed record Sighting(string Code, string Location, string Custodian);

/// <summary>Seed 09 (4) "Other basic work": asset inventory and verification of losses and surpluses.</summary>
public static class StocktakeRules
{
    /// <summary>Compares the book with the sightings: every book entry is found, misplaced or missing; every unknown sighting is a surplus.</summary>
    public static IReadOnlyList<(string Code, CountResult Result)> Compare(IEnumerable<BookEntry> book, IEnumerable<Sighting> seen)
    {
        var sightings = new Dictionary<string, Sighting>(StringComparer.OrdinalIgnoreCase);
        foreach (var s in seen)
        {
            sightings[s.Code.Trim()] = s;
        }

        var result = new List<(string, CountResult)>();
        var known = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var b in book)
        {
            known.Add(b.Code);
            if (!sightings.TryGetValue(b.Code, out var s))
            {
                result.Add((b.Code, CountResult.Missing));
            }
            else if (!Same(s.Location, b.Location))
            {
                result.Add((b.Code, CountResult.WrongPlace));
            }
            else if (!Same(s.Custodian, b.Custodian))
            {
                result.Add((b.Code, CountResult.WrongCustodian));
            }
            else
            {
                result.Add((b.Code, CountResult.Found));
            }
        }

        result.AddRange(sightings.Keys.Where(c => !known.Contains(c)).Order(StringComparer.Ordinal).Select(c => (c, CountResult.Surplus)));
        return result;
    }

    /// <summary>A missing asset opens a loss verification; a surplus opens a verification that books it in (seed 09 (4), asset verification).</summary>
    public static bool OpensVerification(CountResult r) => r is CountResult.Missing or CountResult.Surplus;

    private static bool Same(string seen, string book) =>
        string.IsNullOrWhiteSpace(seen) || string.Equals(seen.Trim(), book.Trim(), StringComparison.OrdinalIgnoreCase);
}
