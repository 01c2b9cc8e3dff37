using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.Policies;
using DetainerDesk.Domain.Policies;
using DetainerDesk.Web.Features.Detainers;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.PolicyAdmin;

public sealed record VerdictCount(PolicyQuestion Question, PolicyVerdict Verdict, int Active, int Edited);

public sealed record PreviewChange(Guid DetainerId, DateOnly LodgedOn, string Facility, PolicyQuestion Question,
    PolicyAnswer Before, PolicyAnswer After);

/// <summary>How the active and the edited rule sets answer the same detainers; <see cref="Changes"/> lists each answer that differs.</summary>
public sealed record PreviewResult(DateOnly From, DateOnly To, int Detainers, IReadOnlyList<VerdictCount> Counts, IReadOnlyList<PreviewChange> Changes)
{
    public int ChangedDetainers => Changes.Select(c => c.DetainerId).Distinct().Count();
}

/// <summary>
/// Before an edit is saved: re-answers the last 365 days of detainers in the rule set's jurisdiction with the edited
/// text in place of the active version (everything else as active), beside the answers of the active rule sets.
/// Each detainer is judged on the law of its lodging day, exactly as its stored evaluations are.
/// </summary>
public static class RuleSetPreview
{
    public const int Days = 365;

    public static async Task<PreviewResult> RunAsync(AppDbContext db, RuleSet edited, DateTime nowUtc, CancellationToken ct)
    {
        var since = nowUtc.AddDays(-Days);
        var active = await ActiveRuleBook.ForAsync(db, ct);
        var current = active.Book.RuleSets.FirstOrDefault(r => r.Id == edited.Id);
        var candidates = new PolicyEngine(active.Book.Replacing(edited));

        var detainers = await (from d in db.Detainers
                               where d.LodgedAtUtc >= since && d.LodgedAtUtc <= nowUtc
                               join f in db.Facilities on d.FacilityId equals f.Id
                               join a in db.Organisations on f.AgencyId equals a.Id
                               orderby d.LodgedAtUtc
                               select new
                               {
                                   d.Id, d.FacilityId, d.BookingId, d.FormType, d.Basis, d.WarrantKind, d.LodgedAtUtc,
                                   f.StateCode, f.CountyFips, f.City, AgencyCode = a.Code, Facility = f.Name, a.Agreement287g, a.Agreement287gFrom,
                               }).AsNoTracking().ToListAsync(ct);
        // The jurisdiction of the old and of the edited scope: an edit that moves a scope changes answers in both places.
        var inScope = detainers
            .Select(d => (Row: d, Place: new PolicyPlace(new Jurisdiction(d.StateCode, d.CountyFips, d.City, d.AgencyCode), d.Agreement287g, d.Agreement287gFrom)))
            .Where(d => edited.Scope.Covers(d.Place.Jurisdiction) || current?.Scope.Covers(d.Place.Jurisdiction) == true)
            .ToList();
        var ids = inScope.Select(d => d.Row.Id).ToHashSet();
        var charges = (await (from d in db.Detainers
                              where d.LodgedAtUtc >= since && d.LodgedAtUtc <= nowUtc
                              join c in db.Charges on d.BookingId equals c.BookingId
                              join b in db.Bookings on d.BookingId equals b.Id
                              select new { d.Id, c.NcicCode, c.Level, b.BookedAtUtc }).AsNoTracking().ToListAsync(ct))
            .Where(c => ids.Contains(c.Id))
            .ToLookup(c => c.Id, c => new PolicyPrediction.ChargeFact(c.NcicCode, c.Level, c.BookedAtUtc));

        var counts = new Dictionary<(PolicyQuestion, PolicyVerdict), (int Active, int Edited)>();
        var changes = new List<PreviewChange>();
        foreach (var (row, place) in inScope)
        {
            var facts = new DetainerPolicyFacts(row.Id, row.FacilityId, row.BookingId, row.FormType, row.Basis, row.WarrantKind, row.LodgedAtUtc);
            var inputs = PolicyPrediction.Inputs(place, facts, charges[row.Id]);
            var before = active.Engine.Evaluate(inputs);
            var after = candidates.Evaluate(inputs);
            foreach (var question in Enum.GetValues<PolicyQuestion>())
            {
                var (b, a) = (before.For(question), after.For(question));
                Bump(counts, question, b.Verdict, activeCount: 1, editedCount: 0);
                Bump(counts, question, a.Verdict, activeCount: 0, editedCount: 1);
                if (b.Verdict != a.Verdict || b.Condition != a.Condition)
                    changes.Add(new PreviewChange(row.Id, DateOnly.FromDateTime(row.LodgedAtUtc), row.Facility, question, b, a));
            }
        }

        var table = (from question in Enum.GetValues<PolicyQuestion>()
                     from verdict in Enum.GetValues<PolicyVerdict>()
                     let count = counts.GetValueOrDefault((question, verdict))
                     select new VerdictCount(question, verdict, count.Active, count.Edited)).ToList();
        return new PreviewResult(DateOnly.FromDateTime(since), DateOnly.FromDateTime(nowUtc), inScope.Count, table, changes);
    }

    private static void Bump(Dictionary<(PolicyQuestion, PolicyVerdict), (int Active, int Edited)> counts,
        PolicyQuestion question, PolicyVerdict verdict, int activeCount, int editedCount)
    {
        var now = counts.GetValueOrDefault((question, verdict));
        counts[(question, verdict)] = (now.Active + activeCount, now.Edited + editedCount);
    }
}
