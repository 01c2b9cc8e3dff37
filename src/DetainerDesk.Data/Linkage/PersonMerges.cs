using System.Text.Json;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.People;
using Microsoft.EntityFrameworkCore;
using Strong = DetainerDesk.Domain.Linkage.StrongIdentifiers;
using StrongKind = DetainerDesk.Domain.Linkage.StrongIdentifierKind;

namespace DetainerDesk.Data.Linkage;

public abstract record MergeOutcome
{
    public sealed record Merged(PersonMerge Merge) : MergeOutcome;
    public sealed record Unmerged(PersonMerge Merge) : MergeOutcome;
    public sealed record Refused(string Code, string Message) : MergeOutcome;
}

/// <summary>
/// Merges one person into another and undoes it. A merge moves the absorbed person's bookings and detainers to the
/// survivor, lets the survivor take the identifiers it lacked, deletes the absorbed row and writes a
/// <see cref="PersonMerge"/> holding everything an unmerge needs to put it all back exactly. Detainer versions are
/// left alone: the detainer itself did not change, only whom it is filed under.
/// </summary>
public static class PersonMerges
{
    public const int MaxReasonLength = 1000;

    public static async Task<MergeOutcome> MergeAsync(
        AppDbContext db, AuditLog audit, TimeProvider clock, Actor actor, Guid survivorId, Guid absorbedId, string? reason,
        MatchReview? review, bool automatic, CancellationToken ct)
    {
        var survivor = await db.Persons.SingleOrDefaultAsync(p => p.Id == survivorId, ct);
        var absorbed = await db.Persons.SingleOrDefaultAsync(p => p.Id == absorbedId, ct);
        var refusal = (survivor, absorbed) switch
        {
            _ when string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength =>
                new MergeOutcome.Refused("reason-required", $"Give the reason for the merge (at most {MaxReasonLength} characters)."),
            _ when survivorId == absorbedId => new MergeOutcome.Refused("same-person", "A person cannot be merged with itself."),
            (null, _) or (_, null) => new MergeOutcome.Refused("person-gone", "One of the two persons no longer exists: it was merged into another. Undo that merge first, or review the person it went to."),
            ({ } s, { } a) when StrongConflict(s, a) is { } conflict => new MergeOutcome.Refused("identifiers-conflict", conflict),
            _ => null,
        };
        if (refusal is not null)
        {
            audit.Add(actor, "person.merge", "Person", survivorId.ToString(), AuditOutcomes.Refused, $"absorbed={absorbedId};code={refusal.Code}");
            await db.SaveChangesAsync(ct);
            return refusal;
        }

        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var bookings = await db.Bookings.Where(b => b.PersonId == absorbedId).OrderBy(b => b.Id).Select(b => b.Id).ToListAsync(ct);
            var detainers = await db.Detainers.Where(d => d.PersonId == absorbedId).OrderBy(d => d.Id).Select(d => d.Id).ToListAsync(ct);
            var before = PersonSnapshot.Of(survivor!);
            TakeMissingValues(survivor!, absorbed!);
            var now = clock.GetUtcNow().UtcDateTime;
            var merge = new PersonMerge
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                SurvivorId = survivorId,
                AbsorbedId = absorbedId,
                ReviewId = review?.Id,
                Automatic = automatic,
                MergedBy = actor.Id,
                MergedAtUtc = now,
                Reason = reason!.Trim(),
                AbsorbedJson = PersonSnapshot.Of(absorbed!).ToJson(),
                SurvivorBeforeJson = before.ToJson(),
                SurvivorAfterJson = PersonSnapshot.Of(survivor!).ToJson(),
                MovedBookingIdsJson = JsonSerializer.Serialize(bookings),
                MovedDetainerIdsJson = JsonSerializer.Serialize(detainers),
            };
            await db.Bookings.Where(b => bookings.Contains(b.Id)).ExecuteUpdateAsync(s => s.SetProperty(b => b.PersonId, survivorId), ct);
            await db.Detainers.Where(d => detainers.Contains(d.Id)).ExecuteUpdateAsync(s => s.SetProperty(d => d.PersonId, survivorId), ct);
            db.Persons.Remove(absorbed!);
            db.PersonMerges.Add(merge);
            if (review is not null)
            {
                review.Status = automatic ? MatchReviewStatus.AutoMerged : MatchReviewStatus.Merged;
                review.MergeId = merge.Id;
                review.DecidedBy = actor.Id;
                review.DecidedAtUtc = now;
                review.Reason = merge.Reason;
            }
            audit.Add(actor, automatic ? "person.merge.auto" : "person.merge", "Person", survivorId.ToString(), AuditOutcomes.Success,
                $"absorbed={absorbedId};merge={merge.Id};bookings={bookings.Count};detainers={detainers.Count};review={review?.Id}");
            await db.SaveChangesAsync(ct);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
            return new MergeOutcome.Merged(merge);
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    public static async Task<MergeOutcome> UnmergeAsync(
        AppDbContext db, AuditLog audit, TimeProvider clock, Actor actor, Guid mergeId, string? reason, CancellationToken ct)
    {
        var merge = await db.PersonMerges.SingleOrDefaultAsync(m => m.Id == mergeId, ct);
        var survivor = merge is null ? null : await db.Persons.SingleOrDefaultAsync(p => p.Id == merge.SurvivorId, ct);
        var refusal = merge switch
        {
            _ when string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > MaxReasonLength =>
                new MergeOutcome.Refused("reason-required", $"Give the reason for undoing the merge (at most {MaxReasonLength} characters)."),
            null => new MergeOutcome.Refused("merge-unknown", "There is no such merge."),
            { UnmergedAtUtc: not null } => new MergeOutcome.Refused("already-unmerged", "This merge was already undone."),
            _ when survivor is null => new MergeOutcome.Refused("survivor-merged", "The surviving person was merged into another person since. Undo that later merge first."),
            _ => null,
        };
        if (refusal is not null)
        {
            audit.Add(actor, "person.unmerge", "PersonMerge", mergeId.ToString(), AuditOutcomes.Refused, $"code={refusal.Code}");
            await db.SaveChangesAsync(ct);
            return refusal;
        }

        var ownTransaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        try
        {
            var absorbed = PersonSnapshot.FromJson(merge!.AbsorbedJson);
            db.Persons.Add(absorbed.ToPerson());
            await db.SaveChangesAsync(ct); // the row must exist before anything points to it again
            var bookings = JsonSerializer.Deserialize<List<Guid>>(merge.MovedBookingIdsJson) ?? [];
            var detainers = JsonSerializer.Deserialize<List<Guid>>(merge.MovedDetainerIdsJson) ?? [];
            var survivorId = merge.SurvivorId;
            await db.Bookings.Where(b => bookings.Contains(b.Id) && b.PersonId == survivorId).ExecuteUpdateAsync(s => s.SetProperty(b => b.PersonId, absorbed.Id), ct);
            await db.Detainers.Where(d => detainers.Contains(d.Id) && d.PersonId == survivorId).ExecuteUpdateAsync(s => s.SetProperty(d => d.PersonId, absorbed.Id), ct);
            GiveBackValues(survivor!, PersonSnapshot.FromJson(merge.SurvivorBeforeJson), PersonSnapshot.FromJson(merge.SurvivorAfterJson));

            var now = clock.GetUtcNow().UtcDateTime;
            merge.UnmergedBy = actor.Id;
            merge.UnmergedAtUtc = now;
            merge.UnmergeReason = reason!.Trim();
            if (merge.ReviewId is { } reviewId && await db.MatchReviews.SingleOrDefaultAsync(r => r.Id == reviewId, ct) is { } review)
            {
                // Undoing a merge is a decision that these are two people; the pair is not offered again.
                review.Status = MatchReviewStatus.DifferentPeople;
                review.MergeId = null;
                review.DecidedBy = actor.Id;
                review.DecidedAtUtc = now;
                review.Reason = merge.UnmergeReason;
            }
            audit.Add(actor, "person.unmerge", "Person", survivorId.ToString(), AuditOutcomes.Success,
                $"restored={absorbed.Id};merge={merge.Id};bookings={bookings.Count};detainers={detainers.Count}");
            await db.SaveChangesAsync(ct);
            if (ownTransaction is not null) await ownTransaction.CommitAsync(ct);
            return new MergeOutcome.Unmerged(merge);
        }
        finally
        {
            if (ownTransaction is not null) await ownTransaction.DisposeAsync();
        }
    }

    /// <summary>Different valid identifiers of one kind mean two people, whatever the names say; null when none differ.</summary>
    public static string? StrongConflict(Person a, Person b)
    {
        var differing = new[]
            {
                ("A-numbers", StrongKind.ANumber, a.ANumber, b.ANumber),
                ("FBI numbers", StrongKind.Fbi, a.FbiNumber, b.FbiNumber),
                ("state SIDs", StrongKind.StateSid, a.StateId, b.StateId),
            }
            .Where(x => Strong.Normalise(x.Item2, x.Item3) is { } left && Strong.Normalise(x.Item2, x.Item4) is { } right && left != right)
            .Select(x => $"{x.Item1} ({x.Item3} and {x.Item4})")
            .ToList();
        return differing.Count == 0 ? null
            : $"These records carry different {string.Join(" and different ", differing)}: they are two people and cannot be merged. If an identifier was keyed wrongly, correct it at its source first.";
    }

    /// <summary>The survivor keeps its own values and takes only what it lacked.</summary>
    private static void TakeMissingValues(Person survivor, Person absorbed)
    {
        survivor.MiddleName ??= absorbed.MiddleName;
        survivor.ANumber ??= absorbed.ANumber;
        survivor.FbiNumber ??= absorbed.FbiNumber;
        survivor.StateId ??= absorbed.StateId;
        if (survivor.Sex == Sex.Unknown) survivor.Sex = absorbed.Sex;
        if (string.Equals(survivor.CountryOfCitizenship, "Not stated", StringComparison.OrdinalIgnoreCase)) survivor.CountryOfCitizenship = absorbed.CountryOfCitizenship;
    }

    /// <summary>Puts back each value the merge changed, unless it was changed again since (then the newer value stays).</summary>
    private static void GiveBackValues(Person survivor, PersonSnapshot before, PersonSnapshot after)
    {
        var current = PersonSnapshot.Of(survivor);
        var restored = current with
        {
            MiddleName = Back(current.MiddleName, before.MiddleName, after.MiddleName),
            ANumber = Back(current.ANumber, before.ANumber, after.ANumber),
            FbiNumber = Back(current.FbiNumber, before.FbiNumber, after.FbiNumber),
            StateId = Back(current.StateId, before.StateId, after.StateId),
            Sex = current.Sex == after.Sex ? before.Sex : current.Sex,
            CountryOfCitizenship = Back(current.CountryOfCitizenship, before.CountryOfCitizenship, after.CountryOfCitizenship)!,
        };
        restored.WriteTo(survivor);
    }

    private static string? Back(string? current, string? before, string? after) => current == after ? before : current;
}
