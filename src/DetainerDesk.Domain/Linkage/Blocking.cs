namespace DetainerDesk.Domain.Linkage;

/// <summary>One blocking pass: records with the same non-empty key are compared. <see cref="Fields"/> are the compared
/// fields its key is made of: within the pass they agree by construction, so the pass's own EM leaves them out.</summary>
public sealed record BlockingPass(string Name, Func<PreparedPerson, string?> Key)
{
    public IReadOnlyList<LinkField> Fields { get; init; } = [];
}

/// <summary>
/// Candidate pairs from several blocking passes, so that a pair missed by one key (a typo in the surname, a wrong
/// birth year) is caught by another. Oversized blocks are skipped and counted: a key shared by thousands of records
/// does not tell people apart and would swamp the scorer. <see cref="CandidateIndex"/> builds the blocks and streams
/// the pairs.
/// </summary>
public static class Blocking
{
    public static readonly BlockingPass[] DefaultPasses =
    [
        new("surname code + birth year", p => Join(p.Surname.FirstPartCode, Year(p))) { Fields = [LinkField.Surname, LinkField.BirthDate] },
        new("birth date", p => p.BirthDate?.Digits) { Fields = [LinkField.BirthDate] },
        new("name codes in either order", p => Unordered(p.Given.Code, p.Surname.Code)) { Fields = [LinkField.GivenName, LinkField.Surname] },
        new("given-name code + postcode", p => Join(p.Given.Code, p.Postcode)) { Fields = [LinkField.GivenName, LinkField.Postcode] },
        new("given-name code + birth year", p => Join(p.Given.Code, Year(p))) { Fields = [LinkField.GivenName, LinkField.BirthDate] },
        new("surname code + birth month and day", p => Join(p.Surname.FirstPartCode, p.BirthDate?.MonthDay)) { Fields = [LinkField.Surname, LinkField.BirthDate] },
        new("surname code + city", p => Join(p.Surname.FirstPartCode, p.City)) { Fields = [LinkField.Surname, LinkField.City] },
        new("given-name code + city", p => Join(p.Given.Code, p.City)) { Fields = [LinkField.GivenName, LinkField.City] },
        new("given-name code + birth month and day", p => Join(p.Given.Code, p.BirthDate?.MonthDay)) { Fields = [LinkField.GivenName, LinkField.BirthDate] },
        new("postcode + birth year", p => Join(p.Postcode, Year(p))) { Fields = [LinkField.Postcode, LinkField.BirthDate] },
        new("street + city", p => Join(p.Street, p.City)) { Fields = [LinkField.Street, LinkField.City] },
        new("email", p => p.Email.Length > 0 ? p.Email : null) { Fields = [LinkField.Email] },
        new("email user name", p => p.EmailUser.Length > 0 ? p.EmailUser : null) { Fields = [LinkField.Email] },
        new("other identifier", p => p.OtherId.Length > 0 ? p.OtherId : null) { Fields = [LinkField.OtherId] },
        new("A-number", p => p.Strong[(int)StrongIdentifierKind.ANumber]),
        new("FBI number", p => p.Strong[(int)StrongIdentifierKind.Fbi]),
        new("FIN", p => p.Strong[(int)StrongIdentifierKind.Fin]),
        new("state SID", p => p.Strong[(int)StrongIdentifierKind.StateSid]),
    ];

    /// <summary>A pair (lower index, higher index) packed in a long.</summary>
    public static long PairKey(int i, int j) => i < j ? ((long)i << 32) | (uint)j : ((long)j << 32) | (uint)i;
    public static (int I, int J) Unpack(long key) => ((int)(key >> 32), (int)(key & 0xFFFFFFFF));

    private static string? Year(PreparedPerson p) => p.BirthDate?.Digits[..4];

    private static string? Join(string? a, string? b) =>
        string.IsNullOrEmpty(a) || string.IsNullOrEmpty(b) ? null : a + "|" + b;

    private static string? Unordered(string a, string b) =>
        a.Length == 0 || b.Length == 0 ? null : string.CompareOrdinal(a, b) <= 0 ? a + "|" + b : b + "|" + a;
}

/// <summary>long.GetHashCode is high ^ low 32 bits, which for (i &lt;&lt; 32 | j) is i ^ j: millions of pairs of a
/// large file would share a few hundred thousand hash codes. A multiplicative mix spreads them.</summary>
internal sealed class PairKeyComparer : IEqualityComparer<long>
{
    public static readonly PairKeyComparer Instance = new();
    public bool Equals(long x, long y) => x == y;
    public int GetHashCode(long key) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32);
}

public sealed record BlockingPassReport(string Pass, long PairsCompared, int NewPairs, int OversizedBlocksSkipped);

public sealed record BlockingResult(HashSet<long> Pairs, IReadOnlyList<BlockingPassReport> Passes);
