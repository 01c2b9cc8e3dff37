using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using DetainerDesk.Data.AtLarge;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.AtLarge;
using DetainerDesk.Domain.AtLarge.Priorities;
using DetainerDesk.Domain.People;
using DetainerDesk.Web.Tests.Infrastructure;
using DetainerDesk.Web.Tests.Lifecycle;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.AtLarge;

/// <summary>A detainer that ends in release without transfer opens an at-large case in the same transaction, whichever way it ended.</summary>
public abstract class AutomaticOpeningTests(DeskFactory app) : LifecycleSteps(app)
{
    private async Task<T> WithDbAsync<T>(Func<AppDbContext, Task<T>> query)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    private Task<List<AtLargeCase>> CasesAsync(Guid detainerId) => WithDbAsync(db =>
        db.AtLargeCases.AsNoTracking().Include(c => c.Classifications).Include(c => c.Events).Where(c => c.DetainerId == detainerId).ToListAsync(Ct));

    [Fact]
    public async Task A_declined_release_opens_one_case_for_the_issuing_office_classified_and_audited()
    {
        Factory.SkipIfUnavailable();
        var key = Factory.World.ClerkAKey;
        var id = await LodgeAndAcknowledgeAsync(Factory.World.FacilityAId, key);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id, "decision", new { response = "Decline" })).Status);
        Assert.Empty(await CasesAsync(Guid.Parse(id)));
        // The jail's booking carries a DUI charge, which the classification reads.
        await WithDbAsync(async db =>
        {
            var booking = await db.Detainers.Where(d => d.Id == Guid.Parse(id)).Select(d => d.BookingId).SingleAsync(Ct);
            db.Charges.Add(new Charge { Id = Guid.NewGuid(), BookingId = booking, NcicCode = "5404", Description = "DUI", Level = ChargeLevel.Misdemeanor });
            return await db.SaveChangesAsync(Ct);
        });

        var (released, body) = await StepAsync(key, id, "release-declined", new { source = "jail release log", reference = "RL-9" });
        Assert.Equal(HttpStatusCode.OK, released);
        Assert.Equal("ReleasedDeclined", (string?)body["status"]);
        // A repeated step is refused by the detainer and opens nothing more.
        Assert.NotEqual(HttpStatusCode.OK, (await StepAsync(key, id, "release-declined", new { source = "jail release log", reference = "RL-9" })).Status);

        var c = Assert.Single(await CasesAsync(Guid.Parse(id)));
        var detainer = await WithDbAsync(db => db.Detainers.AsNoTracking().SingleAsync(d => d.Id == Guid.Parse(id), Ct));
        Assert.Equal((CaseOrigin.ReleasedWithoutTransfer, CaseStatus.Open, Factory.World.OfficeId, detainer.PersonId),
            (c.Origin, c.Status, c.FieldOfficeId, c.PersonId));
        Assert.Equal(CaseAction.Open, Assert.Single(c.Events).Action);
        var classification = Assert.Single(c.Classifications);
        var release = await WithDbAsync(db => db.DetainerEvents.AsNoTracking().SingleAsync(e => e.DetainerId == detainer.Id && e.Action == Domain.Detainers.DetainerAction.ReleaseDeclined, Ct));
        Assert.Equal(FrameworkBook.Embedded.InForceOn(DateOnly.FromDateTime(release.AtUtc))!.Id, classification.FrameworkId);
        Assert.Equal(release.AtUtc, c.OpenedAtUtc);
        // The booking's charges are read as facts, and every fired rule says what it fired on.
        Assert.Contains(classification.Facts, f => f.StartsWith("pending charge NCIC 5404 (Dui", StringComparison.Ordinal));
        if (classification.FrameworkId == "eo14159-2025")
            Assert.Equal(("PRIORITY", "eo14159-charged"), (classification.Priority, Assert.Single(classification.FiredRules).RuleId));
        Assert.All(classification.FiredRules, r => Assert.NotEmpty(r.Because));

        var audit = await WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == AtLargeOpening.AuditAction && a.EntityId == c.Id.ToString()).ToListAsync(Ct));
        Assert.Contains($"detainer={id}", Assert.Single(audit).Details);
    }

    [Fact]
    public async Task A_new_booking_of_the_person_flags_the_open_case_at_once_and_is_audited()
    {
        Factory.SkipIfUnavailable();
        var key = Factory.World.ClerkAKey;
        var id = Guid.Parse(await LodgeAndAcknowledgeAsync(Factory.World.FacilityAId, key));
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id.ToString(), "decision", new { response = "Decline" })).Status);
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(key, id.ToString(), "release-declined", new { source = "jail release log" })).Status);
        var caseBefore = Assert.Single(await CasesAsync(id));
        Assert.Null(caseBefore.RebookingId);

        var booking = await WithDbAsync(async db =>
        {
            var detainer = await db.Detainers.AsNoTracking().SingleAsync(d => d.Id == id, Ct);
            var later = new Booking { Id = Guid.NewGuid(), PersonId = detainer.PersonId, FacilityId = Factory.World.FacilityBId,
                BookingNumber = $"R{Guid.NewGuid():N}"[..12], BookedAtUtc = caseBefore.OpenedAtUtc.AddHours(30) };
            db.Bookings.Add(later);
            await db.SaveChangesAsync(Ct);
            return later;
        });

        var c = Assert.Single(await CasesAsync(id));
        Assert.Equal((booking.Id, booking.BookedAtUtc), (c.RebookingId, c.RebookedAtUtc));
        Assert.Equal(caseBefore.Version, c.Version);
        Assert.Equal(1, await WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == AtLargeSaveHooks.RebookedAuditAction && a.EntityId == c.Id.ToString(), Ct)));

        // The office sees the flag on the case and on its board.
        var officer = Factory.ClientWithKey(Factory.World.OfficerKey);
        Assert.Contains("id=\"case-rebooked\"", await officer.GetStringAsync($"/Fugitive/Cases/{c.Id}", Ct), StringComparison.Ordinal);
        var board = await officer.GetStringAsync("/Fugitive/Board", Ct);
        Assert.Matches($"/Fugitive/Cases/{c.Id}\">[^<]+</a><span class=\"usa-tag margin-left-1\">Re-booked</span>", board);
    }

    [Fact]
    public async Task An_expired_hold_opens_a_case_and_a_transfer_does_not()
    {
        Factory.SkipIfUnavailable();
        var expired = await HoldInTexasAsync();
        var end = (DateTime)(await Factory.ClientWithKey(Factory.World.ClerkTexasKey).GetFromJsonAsync<JsonObject>($"/api/v1/detainers/{expired}", Ct))!["holdEndsAt"]!;
        var transferred = await HoldInTexasAsync();
        Assert.Equal(HttpStatusCode.OK, (await StepAsync(Factory.World.ClerkTexasKey, transferred, "transfer", new { reference = "ICE officer badge 123" })).Status);

        await RunJobsAtAsync(end.AddMinutes(1));

        var c = Assert.Single(await CasesAsync(Guid.Parse(expired)));
        Assert.Contains("hold expired", c.Events[0].Reason, StringComparison.Ordinal);
        Assert.Equal(end, c.OpenedAtUtc, TimeSpan.FromMilliseconds(1));
        Assert.Empty(await CasesAsync(Guid.Parse(transferred)));
    }
}

public sealed class SqliteAutomaticOpeningTests(SqliteDeskFactory app) : AutomaticOpeningTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresAutomaticOpeningTests(PostgresDeskFactory app) : AutomaticOpeningTests(app), IClassFixture<PostgresDeskFactory>;
