using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Tongban.Kernel.People;

namespace Tongban.Kernel.Orgs;

/// <summary>Grant coverage, answered by the closure table in the database.</summary>
public static class OrgScope
{
    public static Task<bool> CoversAsync(IQueryable<OrgClosure> closure, CallerScope scope, Guid orgId, CancellationToken ct)
    {
        if (scope.Unrestricted || scope.ExactOrgIds.Contains(orgId))
        {
            return Task.FromResult(true);
        }

        var roots = scope.SubtreeRootIds;
        return closure.AnyAsync(c => c.DescendantId == orgId && roots.Contains(c.AncestorId), ct);
    }

    /// <summary>The orgs where the caller holds a role that carries <paramref name="permission"/>.</summary>
    public static Task<bool> HasPermissionAtAsync(
        IQueryable<OrgClosure> closure, CallerScope scope, RoleCatalog roles, string permission, Guid orgId, CancellationToken ct)
    {
        if (scope.Unrestricted)
        {
            return Task.FromResult(true);
        }

        var grants = scope.Grants.Where(g => roles.Grants(g.Role, permission)).ToList();
        if (grants.Any(g => g.OrgId == orgId))
        {
            return Task.FromResult(true);
        }

        var roots = grants.Where(g => g.CoversDescendants).Select(g => g.OrgId).ToArray();
        return roots.Length == 0
            ? Task.FromResult(false)
            : closure.AnyAsync(c => c.DescendantId == orgId && roots.Contains(c.AncestorId), ct);
    }

    /// <summary>Whether any grant of the caller carries the permission, wherever it is.</summary>
    public static bool HasPermissionAnywhere(CallerScope scope, RoleCatalog roles, string permission) =>
        scope.Unrestricted || scope.Grants.Any(g => roles.Grants(g.Role, permission));

    /// <summary>Rewrites a filter on <see cref="Data.IOrgOwned"/> for a concrete entity type.</summary>
    internal static LambdaExpression ForEntity(Type entityType, LambdaExpression template)
    {
        var param = Expression.Parameter(entityType, "e");
        var body = new Retarget(template.Parameters[0], param).Visit(template.Body);
        return Expression.Lambda(body, param);
    }

    private sealed class Retarget(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitMember(MemberExpression node)
        {
            if (node.Expression == from)
            {
                return Expression.Property(to, node.Member.Name);
            }

            return base.VisitMember(node);
        }

        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }
}
