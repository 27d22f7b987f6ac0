using System.Reflection;
using System.Text;
using Microsoft.AspNetCore.Identity;

namespace Tongban.Kernel.People;

/// <summary>
/// Refuses passwords that leaked-password lists show again and again (OWASP ASVS 4.0 2.1.7, issue 22 (3)). The list ships inside the application
/// (<c>People/Data/common-passwords.txt</c>), so no password leaves the server to be checked.
/// </summary>
public sealed class CommonPasswords : IPasswordValidator<TongbanUser>
{
    public const string CommonCode = "PasswordCommon";

    private static readonly Lazy<HashSet<string>> Stems = new(Load);

    public Task<IdentityResult> ValidateAsync(UserManager<TongbanUser> manager, TongbanUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        if (IsCommon(password))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = CommonCode,
                Description = "The password is one that lists of leaked passwords show again and again; attackers try these first. Choose another.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    /// <summary>Whether <paramref name="password"/>, read as its stem, is on the shipped list ("Password12" is "password").</summary>
    public static bool IsCommon(string password) => Stems.Value.Contains(Stem(password));

    /// <summary>Lower case, look-alike digits read as letters, leading and trailing digits and punctuation dropped.</summary>
    public static string Stem(string password)
    {
        var sb = new StringBuilder(password.Length);
        foreach (var ch in password.ToLowerInvariant())
        {
            sb.Append(ch switch
            {
                '@' => 'a',
                '$' => 's',
                _ => ch,
            });
        }

        var text = sb.ToString().Trim(TrimmedEnds);
        var read = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            read.Append(ch switch
            {
                '0' => 'o',
                '1' => 'i',
                '3' => 'e',
                '4' => 'a',
                '5' => 's',
                '7' => 't',
                _ => ch,
            });
        }

        return read.ToString();
    }

    private static readonly char[] TrimmedEnds = "0123456789!#%^&*()-_=+[]{};:'\",.<>/?\\|`~ ".ToCharArray();

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("Tongban.Kernel.People.Data.common-passwords.txt")
            ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                stems.Add(line.Trim());
            }
        }

        return stems;
    }
}
