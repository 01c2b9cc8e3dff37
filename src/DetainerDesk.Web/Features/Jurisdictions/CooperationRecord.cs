using DetainerDesk.Data.Policies;
using System.Globalization;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Calendar;
using DetainerDesk.Domain.Cooperation;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;
using Microsoft.EntityFrameworkCore;

namespace DetainerDesk.Web.Features.Jurisdictions;

public sealed record FiscalYearRow(FiscalYear Year, OutcomeCounts Counts);

public sealed record MonthRow(int Year, int Month, OutcomeCounts Counts)
{
    public string Label => new DateOnly(Year, Month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}

/// <summary>Detainers that met the same predicted answers, with what was recorded about them.</summary>
public sealed record PredictionRow(PolicyDecision Predicted, OutcomeCounts Outcomes, IReadOnlyDictionary<AgencyResponse, int> Decisions, int Undecided, int Mismatches);

public sealed record MismatchRow(Guid DetainerId, DateTime LodgedAtUtc, string Facility, DetainerStatus Status, MismatchKind Kind, PolicyAnswer Contradicted);

/// <summary>The cooperation record of a county or an agency (issue 4): counts by fiscal year and month, and the observed answers beside the predicted ones.</summary>
public sealed record CooperationRecord(
    IReadOnlyList<FiscalYearRow> Years,
    FiscalYear Selected,
    IReadOnlyList<MonthRow> Months,
    IReadOnlyList<PredictionRow> Predictions,
    IReadOnlyList<MismatchRow> Mismatches,
    int MismatchTotal)
{
    public const int MismatchesListed = 25;
}

/// <summary>
/// Builds the record with three grouped queries (years, the selected year's months, and its prediction groups) and one
/// small query per mismatching group for the listed examples. The engine is asked once per prediction group: within
/// a policy era the law does not change, and the inputs the app evaluates (PolicyPrediction: place, form, basis,
/// warrant; charges as recorded never satisfy a charge condition, which all need a magistrate's finding or a state
/// list) are columns of the detainer, so the group's answer is each of its detainers' answer.
/// </summary>
public static class CooperationRecords
{
    /// <param name="countyFips">Limit to one county; or <paramref name="agencyId"/> to one agency.</param>
    public static async Task<CooperationRecord> LoadAsync(AppDbContext db, CooperationScope scope, string? countyFips, Guid? agencyId,
        int? fiscalYear, FiscalYear current, CancellationToken ct)
    {
        var rows = CooperationRows.Facts(db, scope);
        if (countyFips is not null) rows = rows.Where(r => r.CountyFips == countyFips);
        if (agencyId is { } agency) rows = rows.Where(r => r.AgencyId == agency);

        var byMonth = await rows
            .GroupBy(r => new { r.LodgedAtUtc.Year, r.LodgedAtUtc.Month, r.Status, r.BeforeClose, r.Notified, r.Held })
            .Select(g => new { g.Key.Year, g.Key.Month, Outcome = new OutcomeKey { Status = g.Key.Status, BeforeClose = g.Key.BeforeClose, Notified = g.Key.Notified, Held = g.Key.Held }, Count = g.Count() })
            .ToListAsync(ct);

        var years = byMonth.GroupBy(m => FiscalYear.Of(new DateOnly(m.Year, m.Month, 1)))
            .OrderByDescending(g => g.Key.Year)
            .Select(g => new FiscalYearRow(g.Key, Count(g.Select(m => (m.Outcome, m.Count)))))
            .ToList();
        var selected = fiscalYear is { } wanted ? new FiscalYear(wanted) : years.Count > 0 ? years[0].Year : current;
        var months = byMonth.Where(m => FiscalYear.Of(new DateOnly(m.Year, m.Month, 1)) == selected)
            .GroupBy(m => (m.Year, m.Month))
            .OrderBy(g => g.Key)
            .Select(g => new MonthRow(g.Key.Year, g.Key.Month, Count(g.Select(m => (m.Outcome, m.Count)))))
            .ToList();

        // The law as the database has it now (shipped files plus administrators' edits), not the files alone.
        var book = await ActiveRuleBook.ForAsync(db, ct);
        var eras = new PolicyEras(book.Book);
        var groups = await PredictionGroupsAsync(rows, eras, selected, ct);
        var places = await PlacesAsync(db, groups.Select(g => g.FacilityId).Distinct().ToList(), ct);
        var predicted = groups.Select(g => (Group: g, Decision: Predict(book.Engine, eras, places[g.FacilityId], g, selected))).ToList();

        var predictionRows = predicted
            .GroupBy(p => AnswerKey(p.Decision))
            .Select(g =>
            {
                var outcomes = Count(g.Select(p => (p.Group.Outcome, p.Group.Count)));
                var decisions = g.Where(p => p.Group.Decision is not null).GroupBy(p => p.Group.Decision!.Value)
                    .ToDictionary(d => d.Key, d => d.Sum(p => p.Group.Count));
                var undecided = g.Where(p => p.Group.Decision is null).Sum(p => p.Group.Count);
                var mismatches = g.Where(p => Mismatches(p.Decision, p.Group).Count > 0).Sum(p => p.Group.Count);
                return new PredictionRow(g.First().Decision, outcomes, decisions, undecided, mismatches);
            })
            .OrderByDescending(r => r.Outcomes.Received)
            .ToList();

        var mismatching = predicted.Where(p => Mismatches(p.Decision, p.Group).Count > 0).ToList();
        var examples = new List<MismatchRow>();
        foreach (var (group, decision) in mismatching)
        {
            if (examples.Count >= CooperationRecord.MismatchesListed) break;
            var kinds = Mismatches(decision, group);
            var found = await MembersAsync(rows, eras, group, selected, CooperationRecord.MismatchesListed - examples.Count, ct);
            examples.AddRange(found.Select(f => new MismatchRow(f.Id, f.LodgedAtUtc, places[group.FacilityId].FacilityName, group.Outcome.Status,
                kinds[0], PolicyMismatches.Contradicted(decision, kinds[0]))));
        }

        return new CooperationRecord(years, selected, months, predictionRows,
            [.. examples.OrderByDescending(e => e.LodgedAtUtc)], mismatching.Sum(p => p.Group.Count));
    }

    private static OutcomeCounts Count(IEnumerable<(OutcomeKey Key, int Count)> groups)
    {
        var counts = new OutcomeCounts();
        foreach (var (key, count) in groups) counts.Add(key.Outcome, count);
        return counts;
    }

    /// <summary>
    /// What contradicts the law, less what was done on a recorded legal basis that overrode it (a judicial warrant makes
    /// a notice or transfer lawful): neither the data nor the policy is wrong there.
    /// </summary>
    private static IReadOnlyList<MismatchKind> Mismatches(PolicyDecision decision, PredictionGroup group) =>
        [.. PolicyMismatches.Find(decision, new ObservedAnswer(group.Decision, group.Outcome.Held, group.Outcome.Notified, group.Outcome.Outcome))
            .Where(k => !(k == MismatchKind.NotifiedWhereForbidden && group.NotifiedOnLegalBasis)
                && !(k == MismatchKind.TransferredWhereForbidden && group.TransferredOnLegalBasis))];

    /// <summary>The answers that matter for the record, with the rules that gave them: two groups predicted alike share a row.</summary>
    private static string AnswerKey(PolicyDecision d) =>
        string.Join('|', new[] { d.HoldOnDetainer, d.NotifyReleaseDate, d.TransferToIce }.Select(a => $"{a.Verdict}:{a.RuleId}"));

    public sealed class PredictionGroup
    {
        public Guid FacilityId { get; init; }
        public int Era { get; init; }
        public DetainerFormType Form { get; init; }
        public ProbableCauseBasis Basis { get; init; }
        public WarrantKind Warrant { get; init; }
        public AgencyResponse? Decision { get; init; }
        public OutcomeKey Outcome { get; init; } = null!;
        public bool NotifiedOnLegalBasis { get; init; }
        public bool TransferredOnLegalBasis { get; init; }
        public int Count { get; init; }
    }

    private static async Task<List<PredictionGroup>> PredictionGroupsAsync(IQueryable<DetainerFactsRow> rows, PolicyEras eras, FiscalYear year, CancellationToken ct)
    {
        var key = CooperationRows.WithEra((DetainerFactsRow r, int era) => new GroupKey
        {
            FacilityId = r.FacilityId, Era = era, Form = r.Form, Basis = r.Basis, Warrant = r.Warrant, Decision = r.Decision,
            Status = r.Status, BeforeClose = r.BeforeClose, Notified = r.Notified, Held = r.Held,
            NotifiedOnLegalBasis = r.NotifiedOnLegalBasis, TransferredOnLegalBasis = r.TransferredOnLegalBasis,
        }, eras, year);
        return await rows.LodgedIn(year).GroupBy(key)
            .Select(g => new PredictionGroup
            {
                FacilityId = g.Key.FacilityId, Era = g.Key.Era, Form = g.Key.Form, Basis = g.Key.Basis, Warrant = g.Key.Warrant, Decision = g.Key.Decision,
                Outcome = new OutcomeKey { Status = g.Key.Status, BeforeClose = g.Key.BeforeClose, Notified = g.Key.Notified, Held = g.Key.Held },
                NotifiedOnLegalBasis = g.Key.NotifiedOnLegalBasis, TransferredOnLegalBasis = g.Key.TransferredOnLegalBasis,
                Count = g.Count(),
            })
            .ToListAsync(ct);
    }

    public sealed class GroupKey
    {
        public Guid FacilityId { get; init; }
        public int Era { get; init; }
        public DetainerFormType Form { get; init; }
        public ProbableCauseBasis Basis { get; init; }
        public WarrantKind Warrant { get; init; }
        public AgencyResponse? Decision { get; init; }
        public DetainerStatus Status { get; init; }
        public DetainerStatus? BeforeClose { get; init; }
        public bool Notified { get; init; }
        public bool Held { get; init; }
        public bool NotifiedOnLegalBasis { get; init; }
        public bool TransferredOnLegalBasis { get; init; }
    }

    /// <summary>Some detainers of one mismatching group, newest first: the group's columns, lodged inside its era and the year.</summary>
    private static Task<List<DetainerFactsRow>> MembersAsync(IQueryable<DetainerFactsRow> rows, PolicyEras eras, PredictionGroup g, FiscalYear year, int take, CancellationToken ct)
    {
        var (from, to) = EraRange(eras, g.Era, year);
        var (fromUtc, toUtc) = (from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc), to.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc));
        var o = g.Outcome;
        return rows.Where(r => r.FacilityId == g.FacilityId && r.Form == g.Form && r.Basis == g.Basis && r.Warrant == g.Warrant
                && r.Decision == g.Decision && r.Status == o.Status && r.BeforeClose == o.BeforeClose && r.Notified == o.Notified && r.Held == o.Held
                && r.NotifiedOnLegalBasis == g.NotifiedOnLegalBasis && r.TransferredOnLegalBasis == g.TransferredOnLegalBasis
                && r.LodgedAtUtc >= fromUtc && r.LodgedAtUtc < toUtc)
            .OrderByDescending(r => r.LodgedAtUtc)
            .Take(take)
            .ToListAsync(ct);
    }

    /// <summary>The days of an era inside the fiscal year, as [from, to).</summary>
    private static (DateOnly From, DateOnly To) EraRange(PolicyEras eras, int era, FiscalYear year)
    {
        var start = era == 0 ? DateOnly.MinValue : eras.Boundaries[era - 1];
        var end = era < eras.Boundaries.Count ? eras.Boundaries[era] : DateOnly.MaxValue;
        var from = start > year.FirstDay ? start : year.FirstDay;
        var to = end < year.LastDay.AddDays(1) ? end : year.LastDay.AddDays(1);
        return (from, to);
    }

    private static PolicyDecision Predict(PolicyEngine engine, PolicyEras eras, Place place, PredictionGroup g, FiscalYear year) =>
        engine.Evaluate(new PolicyInputs(place.Jurisdiction, EraRange(eras, g.Era, year).From, g.Form, g.Basis, [g.Warrant],
            Convictions: [], Charges: [], Registries: [], Flags: [], place.Law.AgreementOn(EraRange(eras, g.Era, year).From)));

    public sealed record Place(PolicyPlace Law, string FacilityName)
    {
        public Jurisdiction Jurisdiction => Law.Jurisdiction;
    }

    private static async Task<Dictionary<Guid, Place>> PlacesAsync(AppDbContext db, List<Guid> facilityIds, CancellationToken ct) =>
        (await (from f in db.Facilities
                where facilityIds.Contains(f.Id)
                join a in db.Organisations on f.AgencyId equals a.Id
                select new { f.Id, f.StateCode, f.CountyFips, f.City, AgencyCode = a.Code, f.Name, a.Agreement287g, a.Agreement287gFrom })
            .AsNoTracking().ToListAsync(ct))
        .ToDictionary(f => f.Id, f => new Place(
            new PolicyPlace(new Jurisdiction(f.StateCode, f.CountyFips, f.City, f.AgencyCode), f.Agreement287g, f.Agreement287gFrom), f.Name));
}
