using DetainerDesk.Domain.Audit;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace DetainerDesk.Domain.Tests.Audit;

public sealed class AuditChainTests
{
    private static List<AuditEntry> Chain(int length)
    {
        var entries = new List<AuditEntry>();
        var (sequence, hash) = (0L, AuditChain.Genesis);
        for (var i = 0; i < length; i++)
        {
            var e = new AuditEntry
            {
                AtUtc = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddMinutes(i),
                Actor = $"user-{i % 3}", OrganisationId = i % 2 == 0 ? Guid.Empty : null,
                Action = i % 2 == 0 ? "detainer.read" : "detainer.lodge", EntityType = "Detainer", EntityId = $"{i}", Outcome = "success",
            };
            AuditChain.Link(e, sequence, hash);
            (sequence, hash) = (e.Sequence, e.Hash);
            entries.Add(e);
        }
        return entries;
    }

    private static AuditEntry Altered(AuditEntry e, int field) => new()
    {
        Sequence = e.Sequence, PreviousHash = e.PreviousHash, Hash = e.Hash,
        AtUtc = field == 0 ? e.AtUtc.AddMicroseconds(1) : e.AtUtc, // stored and hashed to the microsecond, as PostgreSQL keeps it
        Actor = field == 1 ? e.Actor + "x" : e.Actor,
        OrganisationId = field == 2 ? Guid.NewGuid() : e.OrganisationId,
        Action = field == 3 ? "detainer.delete" : e.Action,
        EntityType = e.EntityType,
        EntityId = field == 4 ? e.EntityId + "0" : e.EntityId,
        Outcome = field == 5 ? "denied" : e.Outcome,
        Details = field == 6 ? "edited" : e.Details,
    };

    [Fact]
    public void An_untouched_chain_verifies()
    {
        Assert.Null(AuditChain.Verify(Chain(50)));
        Assert.Null(AuditChain.Verify([]));
    }

    [Property(MaxTest = 1000)]
    public Property Changing_any_field_of_any_entry_is_detected_at_that_entry(PositiveInt length, NonNegativeInt index, NonNegativeInt field)
    {
        var chain = Chain(length.Get % 40 + 1);
        var at = index.Get % chain.Count;
        chain[at] = Altered(chain[at], field.Get % 7);
        return (AuditChain.Verify(chain)?.Sequence == at + 1).ToProperty();
    }

    [Property(MaxTest = 1000)]
    public Property Removing_any_entry_but_the_last_is_detected(PositiveInt length, NonNegativeInt index)
    {
        var chain = Chain(length.Get % 40 + 2);
        var at = index.Get % (chain.Count - 1);
        chain.RemoveAt(at);
        return (AuditChain.Verify(chain) is not null).ToProperty();
    }
}
