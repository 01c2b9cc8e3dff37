using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Detainers;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Domain.People;
using DetainerDesk.Web.Features.Detainers;

namespace DetainerDesk.Bench.Processor;

/// <summary>
/// Detainers whose holds are running, in Texas jails (SB 4: holds are honoured), each taken through the real domain
/// steps (lodge, acknowledge, decision, service, release eligibility, hold) so the handlers find what they would in
/// production. For every detainer one hold-clock job falls due inside the measured window: in turn the 24 h, 4 h and
/// 1 h warnings and the expiry, so the mix is three warnings (read + two notifications + audit) to one expiry (a state
/// change with its timeline event, two notifications and audit). The hold's end is placed so the job is due exactly
/// when the window says.
/// </summary>
public static class HeldDetainers
{
    private static readonly double[] HoursLeft = [24, 4, 1, 0];

    public sealed record Seeded(Guid[] DetainerIds);

    public static async Task<Seeded> CreateAsync(AppDbContext db, int count, DateTime windowStartUtc, TimeSpan window, int agencies = 200)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var random = new Random(42);
        var offices = Enumerable.Range(0, 6).Select(i => new Organisation { Id = Guid.NewGuid(), Code = $"BF{i:00}", Name = $"Bench Office {i}", Kind = OrganisationKind.FieldOffice, AorCode = "HOU" }).ToList();
        var agencyOrgs = Enumerable.Range(0, agencies).Select(i => new Organisation { Id = Guid.NewGuid(), Code = $"TX{i:0000}", Name = $"Bench Agency {i}", Kind = OrganisationKind.LocalAgency, StateCode = "TX", AorCode = "HOU" }).ToList();
        var facilities = agencyOrgs.Select((a, i) => new Facility { Id = Guid.NewGuid(), Code = $"BJ{i:0000}", Name = $"Bench Jail {i}", AgencyId = a.Id, City = "Houston", StateCode = "TX", CountyFips = "48201", AorCode = "HOU", TimeZone = "America/Chicago" }).ToList();
        db.AddRange(offices);
        db.AddRange(agencyOrgs);
        db.AddRange(facilities);
        await db.SaveChangesAsync();

        var ids = new Guid[count];
        const int chunk = 2000;
        for (var done = 0; done < count; done += chunk)
        {
            for (var i = done; i < Math.Min(count, done + chunk); i++)
            {
                var facility = facilities[random.Next(facilities.Count)];
                var due = DueAt(windowStartUtc, window, i, count);
                var end = due.AddHours(HoursLeft[i % 4]);
                var eligible = end - HoldLimit.Maximum;
                var lodged = eligible.AddDays(-random.Next(2, 90));
                var person = new Person { Id = Guid.NewGuid(), FamilyName = $"Benchfamily{i}", GivenName = "Given", DateOfBirth = new DateOnly(1975, 1, 1).AddDays(random.Next(12000)), CountryOfCitizenship = "Mexico" };
                var booking = new Booking { Id = Guid.NewGuid(), PersonId = person.Id, FacilityId = facility.Id, BookingNumber = $"HB{i}", BookedAtUtc = lodged.AddDays(-1) };
                var command = new LodgeDetainerCommand(DetainerFormType.I247A, ProbableCauseBasis.PendingRemovalProceedings, WarrantKind.AdministrativeI200, $"HW{i}",
                    DateOnly.FromDateTime(lodged), new SubjectDetails(person.FamilyName, person.GivenName, null, person.DateOfBirth, Sex.Male, "Mexico", null), facility.Id, booking.BookingNumber);
                var detainer = Detainer.Lodge(command, new LodgingContext(Guid.NewGuid(), person.Id, booking.Id, facility.Id, facility.AgencyId, offices[random.Next(offices.Count)].Id, "bench", lodged))
                    .Value ?? throw new InvalidOperationException("The bench detainer was refused at lodging.");
                static TransitionInput At(DateTime utc, string reason) => new("bench", utc, reason, new TransitionEvidence("bench"));
                Check(detainer.Acknowledge("bench", lodged.AddHours(2)));
                Check(detainer.RecordDecision(new AgencyDecision(AgencyResponse.HonourHold, "tx-sb4-honour", "Tex. Code Crim. Proc. art. 2.251"), At(lodged.AddHours(3), "policy")));
                Check(detainer.RecordService(At(lodged.AddHours(4), "served")));
                Check(detainer.RecordReleaseEligible(ReleaseTrigger.BondPostedOrOwnRecognizance, eligible, At(eligible, "bond posted")));
                Check(detainer.StartHold(HoldLimit.Default(facility.TimeZone), At(eligible.AddMinutes(5), "hold")));
                if (detainer.HoldEndsAtUtc != end) throw new InvalidOperationException($"Hold ends {detainer.HoldEndsAtUtc:o}, expected {end:o}.");
                var kind = i % 4 == 3 ? HoldClockJobs.ExpiryKind : HoldClockJobs.AlertKind;
                JobQueue.Enqueue(db, kind, new HoldClockJobs.Payload(detainer.Id, HoursLeft[i % 4]), due, eligible.AddMinutes(5));
                db.AddRange(person, booking, detainer);
                ids[i] = detainer.Id;
            }
            await db.SaveChangesAsync();
            db.ChangeTracker.Clear();
        }
        return new Seeded(ids);
    }

    /// <summary>The baseline: one no-op job per detainer, with the same payload size and the same spread of due times.</summary>
    public static async Task EnqueueNoOpsAsync(AppDbContext db, Seeded seeded, DateTime windowStartUtc, TimeSpan window)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var count = seeded.DetainerIds.Length;
        for (var i = 0; i < count; i++)
        {
            JobQueue.Enqueue(db, NoOpJob.JobKind, new HoldClockJobs.Payload(seeded.DetainerIds[i], HoursLeft[i % 4]), DueAt(windowStartUtc, window, i, count), windowStartUtc.AddDays(-1));
            if (i % 5000 == 4999 || i == count - 1)
            {
                await db.SaveChangesAsync();
                db.ChangeTracker.Clear();
            }
        }
    }

    /// <summary>Evenly spread over the window (all at its start when the window is zero: a backlog, as after an outage).</summary>
    private static DateTime DueAt(DateTime start, TimeSpan window, int i, int count) => start + window * ((double)i / count);

    private static void Check(Domain.Common.DomainError? refusal)
    {
        if (refusal is not null) throw new InvalidOperationException($"The bench detainer was refused: {refusal.Message}");
    }
}
