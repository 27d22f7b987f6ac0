using Tongban.Kernel.Errors;

namespace Tongban.Kernel.Data;

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

/// <summary>
/// Where the data lives: a SQLite file (the default, ./data/tongban.db) or a PostgreSQL
/// connection string ("Host=...;Database=..."), as given by --db or TONGBAN_DB.
/// </summary>
public sealed record DatabaseTarget(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteFile = "data/tongban.db";

    public const string SqliteMigrationsAssembly = "Tongban.Migrations.Sqlite";

    public const string PostgresMigrationsAssembly = "Tongban.Migrations.Postgres";

    public string MigrationsAssembly => Provider == DatabaseProvider.Sqlite ? SqliteMigrationsAssembly : PostgresMigrationsAssembly;

    /// <summary>Reads a --db value: anything with "Host=" is PostgreSQL, anything else a SQLite file path.</summary>
    public static DatabaseTarget Parse(string? value)
    {
        var text = string.IsNullOrWhiteSpace(value) ? DefaultSqliteFile : value.Trim();
        if (text.Contains("Host=", StringComparison.OrdinalIgnoreCase) || text.StartsWith("postgres", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseTarget(DatabaseProvider.Postgres, text);
        }

        if (text.StartsWith("Data Source=", StringComparison.OrdinalIgnoreCase))
        {
            return new DatabaseTarget(DatabaseProvider.Sqlite, text);
        }

        RuleViolation.ThrowIf(text.Contains(';'), "db", "db.unrecognised", $"'{text}' is neither a SQLite file path nor a PostgreSQL connection string (Host=...;Database=...).", ("text", text));
        var full = Path.GetFullPath(text);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        return new DatabaseTarget(DatabaseProvider.Sqlite, $"Data Source={full};Foreign Keys=True;Pooling=True");
    }

    /// <summary>A printable description without the password.</summary>
    public override string ToString() => Provider == DatabaseProvider.Sqlite
        ? $"SQLite {ConnectionString.Split(';')[0].Replace("Data Source=", "", StringComparison.OrdinalIgnoreCase)}"
        : "PostgreSQL " + string.Join(';', ConnectionString.Split(';').Where(p => !p.TrimStart().StartsWith("Password", StringComparison.OrdinalIgnoreCase)));
}
