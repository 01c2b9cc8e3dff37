using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Linkage;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Linkage;
using DetainerDesk.Domain.People;
using DetainerDesk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.People;

/// <summary>
/// One pair side by side with the weight each field added, and the supervisor's decision: the same person (the
/// arrived record is merged into the known one) or different people. Either needs a reason; both are audited.
/// </summary>
[Authorize(Policy = PersonMatchingSetup.ResolveIdentities)]
public sealed class ReviewModel(AppDbContext db, AuditLog audit, TimeProvider clock) : PageModel
{
    public const string Merge = "merge", Different = "different";

    public MatchReview Review { get; private set; } = null!;
    public Person? Arrived { get; private set; }
    public Person? Known { get; private set; }
    public IReadOnlyList<PersonRecordLine> ArrivedRecords { get; private set; } = [];
    public IReadOnlyList<PersonRecordLine> KnownRecords { get; private set; } = [];
    public MatchExplanation? Explanation { get; private set; }
    public string? Decision { get; private set; }
    public string? Reason { get; private set; }
    public string? DecisionError { get; private set; }
    public string? ReasonError { get; private set; }
    public string? Refusal { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        await audit.RecordAsync(HttpContext.GetCaller().Actor, "person.review.read", "MatchReview", id.ToString(), cancellationToken: ct);
        return Page();
    }

    public async Task<IActionResult> OnPostDecideAsync(Guid id, string? decision, string? reason, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        (Decision, Reason) = (decision, reason);
        if (decision is not (Merge or Different)) DecisionError = "Choose whether these are the same person or different people.";
        if (string.IsNullOrWhiteSpace(reason) || reason.Trim().Length > PersonMerges.MaxReasonLength)
            ReasonError = $"Give the reason for your decision (at most {PersonMerges.MaxReasonLength} characters).";
        if (Review.Status != MatchReviewStatus.Open) Refusal = "This pair was decided already; see its state below.";
        else if (Arrived is null || Known is null) Refusal = "One of the two persons was merged into another person since; this pair cannot be decided now.";
        if (DecisionError is not null || ReasonError is not null || Refusal is not null)
        {
            Response.StatusCode = Refusal is null ? StatusCodes.Status400BadRequest : StatusCodes.Status409Conflict;
            return Page();
        }

        var actor = HttpContext.GetCaller().Actor;
        if (decision == Different)
        {
            Review.Status = MatchReviewStatus.DifferentPeople;
            Review.DecidedBy = actor.Id;
            Review.DecidedAtUtc = clock.GetUtcNow().UtcDateTime;
            Review.Reason = reason!.Trim();
            audit.Add(actor, "person.match.different", "MatchReview", id.ToString(), details: $"person={Review.PersonId};candidate={Review.CandidateId}");
            await db.SaveChangesAsync(ct);
            TempData["Success"] = "Recorded as different people. The pair will not be offered again.";
            return RedirectToPage("/People/Reviews");
        }

        // The known person survives: its history stays where it is and the arrived record joins it.
        var outcome = await PersonMerges.MergeAsync(db, audit, clock, actor, Known!.Id, Arrived!.Id, reason, Review, automatic: false, ct);
        if (outcome is MergeOutcome.Refused refused)
        {
            Refusal = refused.Message;
            Response.StatusCode = StatusCodes.Status409Conflict;
            await LoadAsync(id, ct);
            return Page();
        }
        var merge = ((MergeOutcome.Merged)outcome).Merge;
        TempData["Success"] = "Merged. The bookings and detainers of the arrived record are now filed under the known person; this merge can be undone here.";
        return RedirectToPage("/People/Merge", new { id = merge.Id });
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await db.MatchReviews.SingleOrDefaultAsync(r => r.Id == id, ct) is not { } review) return false;
        Review = review;
        Arrived = await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == review.PersonId, ct);
        Known = await db.Persons.AsNoTracking().SingleOrDefaultAsync(p => p.Id == review.CandidateId, ct);
        ArrivedRecords = Arrived is null ? [] : await ReviewQueries.RecordsOfAsync(db, Arrived.Id, ct);
        KnownRecords = Known is null ? [] : await ReviewQueries.RecordsOfAsync(db, Known.Id, ct);
        Explanation = Arrived is not null && Known is not null ? PairScore.Explain(Arrived, Known) : null;
        return true;
    }

    /// <summary>The fields a stored person has; the matcher's other fields (addresses, e-mail) are always empty here.</summary>
    public static readonly LinkField[] PersonFields = [LinkField.GivenName, LinkField.Surname, LinkField.BirthDate, LinkField.Sex, LinkField.Country];

    public static string FieldName(LinkField field) => field switch
    {
        LinkField.GivenName => "Given name",
        LinkField.Surname => "Family name",
        LinkField.BirthDate => "Date of birth",
        LinkField.Sex => "Sex",
        LinkField.Country => "Country of citizenship",
        _ => field.ToString(),
    };
}
