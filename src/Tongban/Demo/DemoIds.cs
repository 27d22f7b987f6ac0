using System.Security.Cryptography;
using System.Text;

namespace Tongban.Demo;

/// <summary>Demo ids derived from the seed and a key, so the same seed gives the same world.</summary>
internal static class DemoIds
{
    public static Guid For(int seed, string key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"tongban-demo:{seed}:{key}"));
        var bytes = hash.AsSpan(0, 16).ToArray();
        bytes[7] = (byte)((bytes[7] & 0x0F) | 0x50); // RFC 9562 version 5 layout (name-based)
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes);
    }
}
