using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Tongban.Bench;

/// <summary>
/// A PostgreSQL server for one benchmark run, started from the installed binaries (initdb +
/// pg_ctl in a temp folder on a free loopback port) and removed afterwards. As root the
/// binaries run as the postgres user, since they refuse to run as root. The same recipe as the
/// test fixture (tests/Tongban.Testing/PostgresServer), which cannot be referenced from here.
/// </summary>
internal sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _dir;
    private readonly bool _asRoot;

    private ThrowawayPostgres(string bin, string dir, int port, bool asRoot)
    {
        _bin = bin;
        _dir = dir;
        _asRoot = asRoot;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString => $"Host=127.0.0.1;Port={Port};Username=postgres;Database=tongban_bench";

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = Environment.GetEnvironmentVariable("TONGBAN_PG_BIN") ?? "/usr/lib/postgresql/15/bin";
        if (!File.Exists(Path.Combine(bin, "initdb")))
        {
            throw new Kernel.Errors.RuleViolation("provider", "bench.postgres-missing", $"PostgreSQL binaries not found in {bin}; set TONGBAN_PG_BIN or give --db with a connection string.", ("bin", bin));
        }

        var dir = Path.Combine(Path.GetTempPath(), $"tongban-bench-pg-{Guid.NewGuid():N}");
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
            ["-D", data, "-l", Path.Combine(dir, "log"), "-w", "-o", $"-p {port} -k {dir} -c listen_addresses=127.0.0.1", "start"],
            asRoot);
        var server = new ThrowawayPostgres(bin, dir, port, asRoot);
        await using var conn = new NpgsqlConnection($"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Pooling=false");
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand("CREATE DATABASE tongban_bench", conn);
        await cmd.ExecuteNonQueryAsync();
        return server;
    }

    public ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        try
        {
            Run(Path.Combine(_bin, "pg_ctl"), ["-D", Path.Combine(_dir, "data"), "-m", "fast", "stop"], _asRoot);
            Directory.Delete(_dir, recursive: true);
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            // A temp folder left behind does not change the measured results.
        }

        return ValueTask.CompletedTask;
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
