using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Tongban.Testing;

/// <summary>
/// A real PostgreSQL server for the tests, started once per test process from the installed
/// binaries (initdb + pg_ctl in a temp folder, on a free loopback port) and stopped at exit.
/// As root the binaries run as the postgres system user, since they refuse to run as root.
/// </summary>
public sealed class PostgresServer
{
    private static readonly Lazy<PostgresServer> Instance = new(Start, LazyThreadSafetyMode.ExecutionAndPublication);
    private static int _databases;

    private readonly string _bin;
    private readonly string _dir;

    private PostgresServer(string bin, string dir, int port)
    {
        _bin = bin;
        _dir = dir;
        Port = port;
    }

    public static PostgresServer Shared => Instance.Value;

    public int Port { get; }

    public string AdminConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=postgres;Pooling=false";

    /// <summary>Creates an empty database and returns its connection string.</summary>
    public string CreateDatabase()
    {
        var name = $"t{Environment.ProcessId}_{Interlocked.Increment(ref _databases)}";
        using (var conn = new NpgsqlConnection(AdminConnectionString))
        {
            conn.Open();
            using var cmd = new NpgsqlCommand($"CREATE DATABASE {name}", conn);
            cmd.ExecuteNonQuery();
        }

        return $"Host=127.0.0.1;Port={Port};Username=postgres;Database={name};Include Error Detail=true";
    }

    /// <summary>Debian's server binaries, newest installed major version first (15 on bookworm, 17 on trixie).</summary>
    private static string InstalledBin() =>
        (Directory.Exists("/usr/lib/postgresql") ? Directory.GetDirectories("/usr/lib/postgresql") : [])
            .Select(d => Path.Combine(d, "bin"))
            .Where(d => File.Exists(Path.Combine(d, "initdb")))
            .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0)
            .FirstOrDefault() ?? "/usr/lib/postgresql/15/bin";

    private static PostgresServer Start()
    {
        var bin = Environment.GetEnvironmentVariable("TONGBAN_PG_BIN") ?? InstalledBin();
        if (!File.Exists(Path.Combine(bin, "initdb")))
        {
            throw new InvalidOperationException($"PostgreSQL binaries not found in {bin}; set TONGBAN_PG_BIN.");
        }

        SweepAbandoned();
        var dir = Path.Combine(Path.GetTempPath(), $"tongban-pg-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(dir);
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            Run("chown", ["-R", "postgres:postgres", dir], asPostgres: false);
        }

        var port = FreePort();
        var data = Path.Combine(dir, "data");
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8"], asRoot);
        Run(
            Path.Combine(bin, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(dir, "log"), "-w", "-o", $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200", "start"],
            asRoot);
        var server = new PostgresServer(bin, dir, port);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop(asRoot);
        return server;
    }

    private void Stop(bool asRoot)
    {
        try
        {
            Run(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_dir, "data"), "-m", "immediate", "stop"], asRoot);
            Directory.Delete(_dir, recursive: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // Leaving a temp folder behind is better than failing the test run at exit.
        }
    }

    /// <summary>
    /// Removes the clusters of test processes that are gone. The test host can be ended while its exit handler still
    /// waits for pg_ctl, which left a 45 MB folder behind per run.
    /// </summary>
    private static void SweepAbandoned()
    {
        foreach (var dir in Directory.EnumerateDirectories(Path.GetTempPath(), "tongban-pg-*"))
        {
            var parts = Path.GetFileName(dir).Split('-');
            var running = File.Exists(Path.Combine(dir, "data", "postmaster.pid"));
            if (parts.Length != 4 || !int.TryParse(parts[2], out var pid) || pid == Environment.ProcessId || running || Directory.Exists($"/proc/{pid}"))
            {
                continue;
            }

            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Another test process may be sweeping the same folder.
            }
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static void Run(string file, string[] args, bool asPostgres)
    {
        var psi = asPostgres ? new ProcessStartInfo("runuser") : new ProcessStartInfo(file);
        if (asPostgres)
        {
            foreach (var a in new[] { "-u", "postgres", "--", file })
            {
                psi.ArgumentList.Add(a);
            }
        }

        foreach (var a in args)
        {
            psi.ArgumentList.Add(a);
        }

        psi.RedirectStandardOutput = true;
        psi.RedirectStandardError = true;
        psi.WorkingDirectory = Path.GetTempPath();
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEnd();
        p.WaitForExit();
        if (p.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} failed ({p.ExitCode}): {stderr}{stdout.Result}");
        }
    }
}
