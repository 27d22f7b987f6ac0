using System.Reflection;

namespace Tongban.Architecture.Tests;

/// <summary>
/// Finds which types use a member, by reading the IL of every method (calls, and the member tokens LINQ
/// expression trees load). Nested types (lambdas, async state machines, helper classes) are reported as the
/// top-level type they belong to, so a reviewer reads "Tongban.Pensions.Transfers.TransferService".
/// </summary>
internal static class AccessScan
{
    private const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    /// <summary>The Tongban assemblies in the test's directory: kernel, modules and the host.</summary>
    public static IReadOnlyList<Assembly> Assemblies() =>
        ModuleBoundaries.ReadAll(AppContext.BaseDirectory)
            .Where(a => ModuleBoundaries.RoleOf(a.Name) is AssemblyRole.Kernel or AssemblyRole.Module or AssemblyRole.Host)
            .Select(a => Assembly.LoadFrom(Path.Combine(AppContext.BaseDirectory, a.Name + ".dll")))
            .ToList();

    /// <summary>"Type uses Member" for every use of a member named in <paramref name="members"/> ("Type.Member").</summary>
    public static IReadOnlyList<string> Users(IEnumerable<Assembly> assemblies, IReadOnlySet<string> members)
    {
        var found = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var assembly in assemblies)
        {
            foreach (var type in Types(assembly))
            {
                foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
                {
                    foreach (var used in UsedMembers(method))
                    {
                        var name = $"{used.DeclaringType?.Name}.{used.Name}";
                        if (members.Contains(name))
                        {
                            found.Add($"{Owner(type).FullName} uses {name}");
                        }
                    }
                }
            }
        }

        return found.ToList();
    }

    private static IEnumerable<Type> Types(Assembly assembly)
    {
        try
        {
            return assembly.GetTypes();
        }
        catch (ReflectionTypeLoadException e)
        {
            return e.Types.OfType<Type>();
        }
    }

    /// <summary>The top-level type a nested type (closure, state machine, a run class of a benchmark) belongs to.</summary>
    private static Type Owner(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }

    /// <summary>Members named by call, callvirt, newobj, ldftn and ldtoken in the method's IL.</summary>
    private static IEnumerable<MemberInfo> UsedMembers(MethodBase method)
    {
        byte[]? il;
        try
        {
            il = method.GetMethodBody()?.GetILAsByteArray();
        }
        catch (Exception e) when (e is BadImageFormatException or InvalidOperationException or NotSupportedException)
        {
            yield break;
        }

        if (il is null)
        {
            yield break;
        }

        var typeArgs = method.DeclaringType is { IsGenericType: true } t ? t.GetGenericArguments() : null;
        var methodArgs = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var i = 0; i + 4 < il.Length; i++)
        {
            var op = il[i];
            var twoByte = op == 0xFE && il[i + 1] == 0x06; // ldftn
            if (op is not (0x28 or 0x6F or 0x73 or 0xD0) && !twoByte)
            {
                continue;
            }

            var at = twoByte ? i + 2 : i + 1;
            if (at + 4 > il.Length)
            {
                continue;
            }

            var token = BitConverter.ToInt32(il, at);
            var table = token >>> 24;
            if (table is not (0x06 or 0x0A or 0x2B))
            {
                continue;
            }

            MemberInfo? member;
            try
            {
                member = method.Module.ResolveMember(token, typeArgs, methodArgs);
            }
            catch (Exception e) when (e is ArgumentException or BadImageFormatException or TypeLoadException or MissingMethodException or FileNotFoundException)
            {
                continue;
            }

            if (member is not null)
            {
                yield return member;
            }
        }
    }
}
