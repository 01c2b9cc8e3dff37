using System.Security.Cryptography;
using System.Text;

namespace DetainerDesk.Data.ApiKeys;

/// <summary>Keys look like "dd_" + 8-char prefix + "_" + 43-char secret; the prefix finds the row, the hash proves the key.</summary>
public static class ApiKeyFormat
{
    public const string Scheme = "dd_";

    public static (string Key, string Prefix, string Hash) Generate()
    {
        var prefix = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        var secret = Base64Url(RandomNumberGenerator.GetBytes(32));
        var key = $"{Scheme}{prefix}_{secret}";
        return (key, prefix, HashOf(key));
    }

    public static bool TryGetPrefix(string key, out string prefix)
    {
        prefix = "";
        if (!key.StartsWith(Scheme, StringComparison.Ordinal) || key.Length < Scheme.Length + 10 || key[Scheme.Length + 8] != '_') return false;
        prefix = key.Substring(Scheme.Length, 8);
        return true;
    }

    public static string HashOf(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(HashOf(key)), Encoding.ASCII.GetBytes(storedHash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
