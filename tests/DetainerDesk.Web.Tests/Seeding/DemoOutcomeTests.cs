using DetainerDesk.Data.Persistence;
using DetainerDesk.Data.Policies;
using DetainerDesk.Data.Seeding;
using DetainerDesk.Domain.Calendar;
using DetainerDesk.Domain.Cooperation;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Policies;
using DetainerDesk.Web.Features.Detainers;
using DetainerDesk.Web.Features.Jurisdictions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.Seeding;

/// <summary>
/// The demo detainers' lives after lodging: every outcome the cooperation record counts, a stored evaluation on each,
/// a timeline the aggregate accepts step by step, and answers that mostly follow each place's law.
/// </summary>
public abstract class DemoOutcomeTests(DemoDatabase database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTime AnchorUtc = DemoCalendar.DefaultAnchor.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    [Fact]
    public void Small_scale_gives_most_detainers_an_outcome_and_each_its_evaluation()
    {
        database.SkipIfUnavailable();
        var counts = database.FirstSeed.Counts;
        Assert.InRange(counts.Ended, counts.Detainers / 3, counts.Detainers * 3 / 4);
        Assert.Equal(counts.Detainers, counts.Evaluations);
    }

    [Fact]
    public async Task There_are_detainers_in_every_outcome_the_record_counts_and_recent_ones_are_mostly_open()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var outcomes = await OutcomesAsync(Db(scope));

        var counts = outcomes.GroupBy(o => o.Outcome).ToDictionary(g => g.Key, g => g.Count());
        foreach (var outcome in CooperationOutcomes.All.Where(o => o != CooperationOutcome.MovedToOtherAgency))
            Assert.True(counts.GetValueOrDefault(outcome) >= 20, $"{outcome}: {counts.GetValueOrDefault(outcome)}");

        var recent = outcomes.Where(o => o.LodgedAtUtc >= AnchorUtc.AddDays(-31)).ToList();
        Assert.NotEmpty(recent);
        Assert.True(recent.Count(o => o.Outcome == CooperationOutcome.Open) > 0.7 * recent.Count,
            $"{recent.Count(o => o.Outcome == CooperationOutcome.Open)} of {recent.Count} recent detainers open");
    }

    [Fact]
    public async Task Agencies_answer_as_their_law_says_Texas_honours_and_California_declines_or_only_notifies()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var outcomes = await OutcomesAsync(Db(scope));

        var texas = outcomes.Where(o => o.StateCode == "TX" && CooperationOutcomes.IsAgencyAnswer(o.Outcome)).ToList();
        Assert.True(texas.Count(o => o.Outcome is CooperationOutcome.Honoured or CooperationOutcome.IceNoShow) > 0.85 * texas.Count);
        var california = outcomes.Where(o => o.StateCode == "CA" && CooperationOutcomes.IsAgencyAnswer(o.Outcome)).ToList();
        Assert.True(california.Count(o => o.Outcome is CooperationOutcome.Declined or CooperationOutcome.NotificationOnly) > 0.85 * california.Count);
        Assert.Contains(california, o => o.Outcome == CooperationOutcome.NotificationOnly);
    }

    [Fact]
    public async Task Every_detainer_has_the_evaluation_the_app_would_store_at_lodging()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var db = Db(scope);
        var detainers = await db.Detainers.AsNoTracking().ToListAsync(Ct);
        var evaluations = (await db.PolicyEvaluations.AsNoTracking().ToListAsync(Ct)).ToLookup(e => e.DetainerId);

        foreach (var d in detainers)
        {
            var lodged = Assert.Single(evaluations[d.Id]);
            Assert.Equal(PolicyEvaluationOccasion.Lodged, lodged.Occasion);
            Assert.Equal(d.LodgedAtUtc, lodged.EvaluatedAtUtc);
            Assert.Equal(d.LodgedByUserId, lodged.EvaluatedBy);
            Assert.Equal(DateOnly.FromDateTime(d.LodgedAtUtc), lodged.EvaluationDate);
            // A recorded decision follows the stored law (or, rarely, contradicts it on purpose) and cites one of its rules.
            if (d.Decision is { } decision)
            {
                var law = PolicyDecisionJson.Deserialize(lodged.DecisionJson);
                Assert.Contains(decision.RuleId, new[] { law.HoldOnDetainer.RuleId, law.NotifyReleaseDate.RuleId });
            }
        }

        // A sample, evaluated afresh the way the app evaluates a detainer, gives exactly the stored text.
        foreach (var d in detainers.Where((_, i) => i % 50 == 0))
        {
            var (live, book) = await PolicyPrediction.EvaluateAsync(db, await PolicyPrediction.FactsAsync(db, d.Id, Ct), Ct);
            var lodged = evaluations[d.Id].Single();
            Assert.Equal(Canonical(live), Canonical(PolicyDecisionJson.Deserialize(lodged.DecisionJson)));
            Assert.Equal(string.Join("; ", book.Describe(live)), lodged.RuleSetVersions);
            Assert.Equal(live.HoldOnDetainer.Verdict, lodged.HoldOnDetainer);
        }
    }

    [Fact]
    public async Task Every_seeded_timeline_replays_step_by_step_through_the_aggregate_before_the_anchor()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var db = Db(scope);
        var detainers = await db.Detainers.AsNoTracking().ToListAsync(Ct);
        var events = (await db.DetainerEvents.AsNoTracking().ToListAsync(Ct)).ToLookup(e => e.DetainerId);
        var zones = await db.Facilities.AsNoTracking().ToDictionaryAsync(f => f.Id, f => f.TimeZone, Ct);
        var persons = await db.Persons.AsNoTracking().ToDictionaryAsync(p => p.Id, Ct);
        var bookings = await db.Bookings.AsNoTracking().ToDictionaryAsync(b => b.Id, Ct);
        // A transfer is held to the law's answer as stored at lodging, with the legal basis the seeder recorded where it did not allow it.
        var transferLaw = (await db.PolicyEvaluations.AsNoTracking().ToListAsync(Ct))
            .ToDictionary(e => e.DetainerId, e => DetainerDesk.Data.Policies.PolicyEvaluations.Read(e).TransferToIce);

        foreach (var stored in detainers)
        {
            var p = persons[stored.PersonId];
            var replay = Detainer.Lodge(
                new LodgeDetainerCommand(stored.FormType, stored.Basis, stored.WarrantKind, stored.WarrantNumber, stored.WarrantDate,
                    new SubjectDetails(p.FamilyName, p.GivenName, p.MiddleName, p.DateOfBirth, p.Sex, p.CountryOfCitizenship, p.ANumber),
                    stored.FacilityId, bookings[stored.BookingId].BookingNumber),
                new LodgingContext(stored.Id, stored.PersonId, stored.BookingId, stored.FacilityId, stored.ReceivingAgencyId, stored.IssuingOfficeId,
                    stored.LodgedByUserId, Utc(stored.LodgedAtUtc))).Value!;

            var timeline = events[stored.Id].OrderBy(e => e.Version).ToList();
            Assert.Equal(Enumerable.Range(2, timeline.Count), timeline.Select(e => e.Version));
            foreach (var e in timeline)
            {
                Assert.True(Utc(e.AtUtc) < AnchorUtc, $"{stored.Id} step {e.Version} at {e.AtUtc:u}");
                var input = new TransitionInput(e.Actor, Utc(e.AtUtc), e.Reason, new TransitionEvidence(e.EvidenceSource, e.EvidenceReference, e.EvidenceNote));
                var refusal = e.Action switch
                {
                    DetainerAction.Acknowledge => replay.Acknowledge(e.Actor, Utc(e.AtUtc)),
                    DetainerAction.RecordDecision => replay.RecordDecision(stored.Decision!, input),
                    DetainerAction.RecordService => replay.RecordService(input),
                    DetainerAction.RecordReleaseDate => replay.RecordReleaseDate(Utc(stored.ReleaseDateUtc!.Value), input),
                    DetainerAction.RecordReleaseEligible => replay.RecordReleaseEligible(stored.EligibilityTrigger!.Value, Utc(stored.EligibleAtUtc!.Value), input),
                    DetainerAction.SendNotification => replay.SendNotification(input),
                    DetainerAction.StartHold => replay.StartHold(HoldLimit.Default(zones[stored.FacilityId]), input),
                    DetainerAction.TransferToIce => replay.RecordTransferToIce(input, transferLaw[stored.Id], stored.TransferLegalBasis),
                    DetainerAction.ReleaseDeclined => replay.RecordReleaseDeclined(input),
                    DetainerAction.RecordHoldExpiry => replay.RecordHoldExpiry(input),
                    DetainerAction.Lift => replay.Lift(input),
                    DetainerAction.Close => replay.Close(input),
                    _ => throw new InvalidOperationException($"The demo data should not hold a {e.Action} step."),
                };
                Assert.True(refusal is null, $"{stored.Id} step {e.Version} {e.Action}: {refusal?.Code} {refusal?.Message}");
                Assert.Equal((e.From, e.To), (replay.Events[^1].From, replay.Status));
            }

            Assert.Equal((stored.Status, stored.Version), (replay.Status, replay.Version));
            Assert.Equal(stored.ReceivedAtUtc, replay.ReceivedAtUtc);
            Assert.Equal(stored.ServedAtUtc, replay.ServedAtUtc);
            Assert.Equal(stored.NotifiedAtUtc, replay.NotifiedAtUtc);
            Assert.Equal(stored.HoldStartedAtUtc, replay.HoldStartedAtUtc);
            Assert.Equal(stored.HoldEndsAtUtc, replay.HoldEndsAtUtc);
            Assert.Equal(stored.HoldEndedAtUtc, replay.HoldEndedAtUtc);
            Assert.Equal(stored.LastChangedAtUtc, replay.LastChangedAtUtc);
            Assert.Equal(stored.TransferLegalBasis, replay.TransferLegalBasis);
            // No demo hold is left running: each one was ended before the anchor.
            Assert.NotEqual(DetainerStatus.HoldActive, stored.Status);
        }
    }

    [Fact]
    public async Task The_demo_accounts_act_on_their_own_agencys_detainers()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var db = Db(scope);
        var clerk = await db.Users.SingleAsync(u => u.Email == DemoAccounts.Email("clerk"), Ct);
        var steps = await (from e in db.DetainerEvents
                           join d in db.Detainers on e.DetainerId equals d.Id
                           where d.ReceivingAgencyId == clerk.OrganisationId && e.Action == DetainerAction.RecordDecision
                           select e.Actor).ToListAsync(Ct);
        Assert.Contains(clerk.Id, steps);
        Assert.DoesNotContain(steps, a => a.StartsWith("demo:", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("WA0330100")] // King County: neither holds nor notice without a judicial warrant
    [InlineData("CA0370000")] // Los Angeles County: no holds, notice only in listed cases
    public async Task A_declining_states_agency_shows_declines_with_evidence_and_a_mismatch_against_its_law(string code)
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var db = Db(scope);
        var agency = await db.Organisations.SingleAsync(o => o.Code == code, Ct);
        var current = FiscalYear.Of(DemoCalendar.DefaultAnchor);
        var all = new CooperationScope(null);

        var latest = await CooperationRecords.LoadAsync(db, all, null, agency.Id, null, current, Ct);
        Assert.Equal(2026, latest.Selected.Year);
        var year = Assert.Single(latest.Years, y => y.Year == latest.Selected);
        Assert.True(year.Counts[CooperationOutcome.Declined] > 0);
        Assert.True(year.Counts[CooperationOutcome.Honoured] < year.Counts[CooperationOutcome.Declined]);

        var mismatches = 0;
        foreach (var fy in latest.Years)
            mismatches += (await CooperationRecords.LoadAsync(db, all, null, agency.Id, fy.Year.Year, current, Ct)).Mismatches.Count;
        Assert.True(mismatches > 0, "no mismatch in any year");

        var declines = await (from e in db.DetainerEvents
                              join d in db.Detainers on e.DetainerId equals d.Id
                              where d.ReceivingAgencyId == agency.Id && e.Action == DetainerAction.ReleaseDeclined
                              select e).AsNoTracking().ToListAsync(Ct);
        Assert.NotEmpty(declines);
        Assert.All(declines, e => Assert.True(new TransitionEvidence(e.EvidenceSource, e.EvidenceReference, e.EvidenceNote).HasSource));
    }

    [Fact]
    public async Task The_national_mismatch_list_is_not_empty_in_the_latest_year()
    {
        database.SkipIfUnavailable();
        await using var scope = database.Scope();
        var record = await CooperationRecords.LoadAsync(Db(scope), new CooperationScope(null), null, null, null,
            FiscalYear.Of(DemoCalendar.DefaultAnchor), Ct);
        Assert.NotEmpty(record.Mismatches);
        Assert.InRange(record.MismatchTotal, 1, record.Years[0].Counts.Received / 10);
    }

    [Fact]
    public void The_generator_gives_the_same_lives_for_the_same_seed_and_other_lives_for_another()
    {
        static string Digest(int seed) => string.Join('\n', new DemoDataGenerator(seed, SeedScale.Small, FixedClock.LateNovember2026)
            .Appearances(800)
            .Select(a => $"{a.Detainer.Id}|{a.Detainer.Status}|{a.Detainer.Version}|{a.Detainer.LastChangedAtUtc:O}|{a.Detainer.Decision}|" +
                $"{a.Evaluation.Id}:{a.Evaluation.AtUtc:O}:{a.Evaluation.Actor}"));

        Assert.Equal(Digest(11), Digest(11));
        Assert.NotEqual(Digest(11), Digest(12));
    }

    private sealed record Observed(Guid Id, string StateCode, DateTime LodgedAtUtc, CooperationOutcome Outcome);

    /// <summary>Each detainer's outcome as the cooperation record classifies it, from the same facts it reads.</summary>
    private static async Task<List<Observed>> OutcomesAsync(AppDbContext db)
    {
        var rows = await CooperationRows.Facts(db, new CooperationScope(null)).AsNoTracking().ToListAsync(Ct);
        return [.. rows.Select(r => new Observed(r.Id, r.StateCode, r.LodgedAtUtc,
            CooperationOutcomes.Classify(new ObservedFacts(r.Status, r.BeforeClose, r.Notified, r.Held))))];
    }

    /// <summary>The stored text with the charges in code order: the app reads them from the database in no set order.</summary>
    private static string Canonical(PolicyDecision d) =>
        PolicyDecisionJson.Serialize(d with { Inputs = d.Inputs with { Charges = [.. d.Inputs.Charges.OrderBy(c => c.NcicCode, StringComparer.Ordinal).ThenBy(c => c.Level)] } });

    private static DateTime Utc(DateTime t) => DateTime.SpecifyKind(t, DateTimeKind.Utc);

    private static AppDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<AppDbContext>();
}

[Collection(SqliteDemoData.Name)]
public sealed class SqliteDemoOutcomeTests(SqliteDemoDatabase database) : DemoOutcomeTests(database);
[Collection(PostgresDemoData.Name)]
public sealed class PostgresDemoOutcomeTests(PostgresDemoDatabase database) : DemoOutcomeTests(database);
