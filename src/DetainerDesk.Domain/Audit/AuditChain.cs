using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace DetainerDesk.Domain.Audit;

/// <summary>The hash chain over the audit log (SHA-256 over a canonical text of each entry and its predecessor's hash).</summary>
public static class AuditChain
{
    /// <summary>The "previous hash" of the first entry.</summary>
    public const string Genesis = "0000000000000000000000000000000000000000000000000000000000000000";

    /// <summary>Fills in the sequence and hashes of a new entry that follows the entry with the given sequence and hash (0 and Genesis for the first).</summary>
    public static void Link(AuditEntry entry, long previousSequence, string previousHash)
    {
        entry.Sequence = previousSequence + 1;
        entry.PreviousHash = previousHash;
        entry.Hash = ComputeHash(entry);
    }

    public static string ComputeHash(AuditEntry e)
    {
        // Unit separators cannot occur in the fields we write, so two different entries never give the same text.
        var text = string.Join('\u001f',
            e.Sequence.ToString(CultureInfo.InvariantCulture),
            e.AtUtc.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
            e.Actor,
            e.OrganisationId?.ToString("D") ?? "",
            e.Action,
            e.EntityType,
            e.EntityId ?? "",
            e.Outcome,
            e.Details ?? "",
            e.PreviousHash);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>Checks entries in sequence order; returns the first problem found, or null when the chain is whole.</summary>
    public static AuditChainBreak? Verify(IEnumerable<AuditEntry> entriesInOrder)
    {
        var walker = new AuditChainWalker();
        foreach (var e in entriesInOrder)
            if (walker.Next(e) is { } broken) return broken;
        return null;
    }
}

/// <summary>Checks a chain one entry at a time, so that a log of millions of entries can be streamed.</summary>
public sealed class AuditChainWalker
{
    private long _expectedSequence = 1;
    private string _previousHash = AuditChain.Genesis;

    public long Checked => _expectedSequence - 1;

    public AuditChainBreak? Next(AuditEntry e)
    {
        if (e.Sequence != _expectedSequence)
            return new(_expectedSequence, $"entry {_expectedSequence} is missing (next entry found is {e.Sequence})");
        if (e.PreviousHash != _previousHash)
            return new(e.Sequence, $"entry {e.Sequence} does not point to the hash of entry {e.Sequence - 1}");
        if (AuditChain.ComputeHash(e) != e.Hash)
            return new(e.Sequence, $"entry {e.Sequence} was altered: its content no longer matches its hash");
        _previousHash = e.Hash;
        _expectedSequence++;
        return null;
    }
}

public sealed record AuditChainBreak(long Sequence, string Reason);
