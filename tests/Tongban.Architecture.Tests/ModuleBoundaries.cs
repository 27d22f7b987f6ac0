using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace Tongban.Architecture.Tests;

/// <summary>An assembly and the names of the assemblies it references.</summary>
internal sealed record AssemblyRefs(string Name, IReadOnlyList<string> References);

public enum AssemblyRole
{
    Kernel,
    Module,
    Migrations,
    Host,
    Test,
    Foreign,
}

/// <summary>
/// The dependency rule of the modular monolith: a module references the kernel and no other
/// Tongban assembly (no other module, no host, no migrations); the kernel references no Tongban
/// assembly; migrations may know the kernel and the modules' contexts but not the host.
/// </summary>
internal static class ModuleBoundaries
{
    public const string Kernel = "Tongban.Kernel";
    public const string Host = "tongban";

    public static AssemblyRole RoleOf(string name) => name switch
    {
        Kernel => AssemblyRole.Kernel,
        Host => AssemblyRole.Host,
        _ when name.StartsWith("Tongban.Migrations.", StringComparison.Ordinal) => AssemblyRole.Migrations,
        "Tongban.Testing" or "Tongban.E2E" => AssemblyRole.Test,
        _ when name.StartsWith("Tongban.", StringComparison.Ordinal) && name.EndsWith(".Tests", StringComparison.Ordinal) => AssemblyRole.Test,
        _ when name.StartsWith("Tongban.", StringComparison.Ordinal) => AssemblyRole.Module,
        _ => AssemblyRole.Foreign,
    };

    public static IReadOnlyList<string> Violations(IEnumerable<AssemblyRefs> assemblies)
    {
        var found = new List<string>();
        foreach (var assembly in assemblies)
        {
            var role = RoleOf(assembly.Name);
            foreach (var reference in assembly.References)
            {
                var target = RoleOf(reference);
                var allowed = (role, target) switch
                {
                    (_, AssemblyRole.Foreign) => true,
                    (AssemblyRole.Test or AssemblyRole.Foreign, _) => true,
                    (_, AssemblyRole.Test) => false,
                    (AssemblyRole.Host, _) => true,
                    (AssemblyRole.Module, _) => target == AssemblyRole.Kernel,
                    (AssemblyRole.Migrations, _) => target is AssemblyRole.Kernel or AssemblyRole.Module,
                    _ => false,
                };
                if (!allowed)
                {
                    found.Add($"{assembly.Name} ({role}) references {reference} ({target}).");
                }
            }
        }

        return found;
    }

    /// <summary>
    /// EF Core calls that step around what the kernel guarantees: IgnoreQueryFilters drops the
    /// org-scope filter; ExecuteUpdate/ExecuteDelete change rows without passing SaveChanges, so
    /// without an audit entry. The kernel uses them deliberately (chain verification, the closure
    /// table); a module may not.
    /// </summary>
    public static readonly IReadOnlySet<string> Bypasses = new HashSet<string>(StringComparer.Ordinal)
    {
        "IgnoreQueryFilters", "ExecuteUpdate", "ExecuteUpdateAsync", "ExecuteDelete", "ExecuteDeleteAsync",
    };

    /// <summary>The bypass calls an assembly makes, as "Type.Method", read from its member references.</summary>
    public static IReadOnlyList<string> BypassCalls(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var handle in md.MemberReferences)
        {
            var member = md.GetMemberReference(handle);
            var name = md.GetString(member.Name);
            if (!Bypasses.Contains(name) || member.Parent.Kind != HandleKind.TypeReference)
            {
                continue;
            }

            var type = md.GetString(md.GetTypeReference((TypeReferenceHandle)member.Parent).Name);
            if (type.EndsWith("QueryableExtensions", StringComparison.Ordinal))
            {
                found.Add($"{type}.{name}");
            }
        }

        return found.ToList();
    }

    /// <summary>Reads an assembly's name and references from its metadata, without loading it.</summary>
    public static AssemblyRefs Read(string path)
    {
        using var stream = File.OpenRead(path);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();
        var name = md.GetString(md.GetAssemblyDefinition().Name);
        var references = md.AssemblyReferences.Select(h => md.GetString(md.GetAssemblyReference(h).Name)).ToList();
        return new AssemblyRefs(name, references);
    }

    /// <summary>Every Tongban assembly (and the host) in <paramref name="directory"/>.</summary>
    public static IReadOnlyList<AssemblyRefs> ReadAll(string directory) =>
        Directory.EnumerateFiles(directory, "*.dll")
            .Where(f => Path.GetFileName(f).StartsWith("Tongban.", StringComparison.Ordinal) || Path.GetFileName(f) == Host + ".dll")
            .Select(Read)
            .OrderBy(a => a.Name, StringComparer.Ordinal)
            .ToList();
}
