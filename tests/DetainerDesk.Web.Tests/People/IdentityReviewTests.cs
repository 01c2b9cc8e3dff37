using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using DetainerDesk.Data.ApiKeys;
using DetainerDesk.Data.Audit;
using DetainerDesk.Data.Linkage;
using DetainerDesk.Data.Persistence;
using DetainerDesk.Domain.Organisations;
using DetainerDesk.Web.Tests.Infrastructure;
using DetainerDesk.Web.Tests.Lifecycle;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DetainerDesk.Web.Tests.People;

/// <summary>
/// On-arrival matching and the supervisors' review queue over HTTP: a near-duplicate booking is queued, an exact one
/// linked by itself; a supervisor merges from the side-by-side page and undoes it exactly; different strong
/// identifiers are refused; agency staff and officers cannot reach the queue.
/// </summary>
public abstract partial class IdentityReviewTests(DeskFactory app) : JailApiSteps(app)
{
    private static JsonObject Someone(string family, string given, string dob, string? aNumber = null) => new()
    {
        ["familyName"] = family, ["givenName"] = given, ["dateOfBirth"] = dob, ["sex"] = "Female", ["aNumber"] = aNumber,
    };

    private async Task<Guid> BookAsync(JsonObject person)
    {
        var booked = await PostAsync(Factory.World.ClerkAKey, "/api/v1/bookings", Booking(Factory.World.FacilityAId, $"KC{UniqueDigits(9)}", person));
        Assert.Equal(HttpStatusCode.Created, booked.Status);
        await RunDueJobsAsync();
        return Guid.Parse((string)booked.Body["id"]!);
    }

    private Task<Guid> PersonOfBookingAsync(Guid bookingId) => InDatabaseAsync(db => db.Bookings.Where(b => b.Id == bookingId).Select(b => b.PersonId).SingleAsync(Ct));

    private Task<List<MatchReview>> ReviewsOfAsync(Guid personId) =>
        InDatabaseAsync(db => db.MatchReviews.AsNoTracking().Where(r => r.PersonId == personId || r.CandidateId == personId).ToListAsync(Ct));

    private async Task<string> KeyAsync(string role)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var (key, prefix, hash) = ApiKeyFormat.Generate();
        db.ApiKeys.Add(new ApiKey { Id = Guid.NewGuid(), OrganisationId = Factory.World.OfficeId, Name = $"test {role}", Prefix = prefix, Hash = hash, Role = role });
        await db.SaveChangesAsync(Ct);
        return key;
    }

    private HttpClient PageClient(string apiKey)
    {
        var client = Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string path, params (string, string)[] fields)
    {
        var page = await client.GetStringAsync(path, Ct);
        var form = fields.ToDictionary(f => f.Item1, f => f.Item2);
        form["__RequestVerificationToken"] = TokenPattern().Match(page).Groups[1].Value;
        var handler = path.Contains("/Merge/", StringComparison.Ordinal) ? "Unmerge" : "Decide";
        return await client.PostAsync($"{path}?handler={handler}", new FormUrlEncodedContent(form), Ct);
    }

    /// <summary>Everything a merge may touch, for before/after comparison.</summary>
    private Task<string> StateOfAsync(params Guid[] personIds) => InDatabaseAsync(async db =>
    {
        var persons = await db.Persons.AsNoTracking().Where(p => personIds.Contains(p.Id)).OrderBy(p => p.Id).ToListAsync(Ct);
        var bookings = await db.Bookings.AsNoTracking().Where(b => personIds.Contains(b.PersonId)).OrderBy(b => b.Id).Select(b => new { b.Id, b.PersonId }).ToListAsync(Ct);
        var detainers = await db.Detainers.AsNoTracking().Where(d => personIds.Contains(d.PersonId)).OrderBy(d => d.Id).Select(d => new { d.Id, d.PersonId, d.Version }).ToListAsync(Ct);
        return System.Text.Json.JsonSerializer.Serialize(new { persons = persons.Select(PersonSnapshot.Of), bookings, detainers });
    });

    [Fact]
    public async Task A_near_duplicate_booking_is_queued_and_an_exact_repeat_is_linked_by_itself()
    {
        Factory.SkipIfUnavailable();
        var first = await PersonOfBookingAsync(await BookAsync(Someone("Zelaya Quispe", "Marisol", "1987-03-14")));
        var near = await PersonOfBookingAsync(await BookAsync(Someone("Zelaya", "Marisool", "1987-03-14")));
        var queued = Assert.Single(await ReviewsOfAsync(near));
        Assert.Equal((MatchReviewStatus.Open, near, first), (queued.Status, queued.PersonId, queued.CandidateId));
        Assert.InRange(queued.Probability, 0.2, 0.9999);

        var repeatBooking = await BookAsync(Someone("Zelaya Quispe", "Marisol", "1987-03-14"));
        Assert.Equal(first, await PersonOfBookingAsync(repeatBooking)); // filed under the known person
        var auto = Assert.Single(await InDatabaseAsync(db => db.MatchReviews.AsNoTracking().Where(r => r.Status == MatchReviewStatus.AutoMerged && r.CandidateId == first).ToListAsync(Ct)));
        var merge = await InDatabaseAsync(db => db.PersonMerges.AsNoTracking().SingleAsync(m => m.Id == auto.MergeId, Ct));
        Assert.True(merge.Automatic);
        Assert.Equal("system", merge.MergedBy);
        Assert.Contains(await InDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == first.ToString()).Select(a => a.Action).ToListAsync(Ct)), a => a == "person.merge.auto");
        // The repeat also resembles the near duplicate, but that pair is in the queue already (as the known person's).
        Assert.Equal([first], (await ReviewsOfAsync(near)).Select(r => r.CandidateId));
    }

    [Fact]
    public async Task A_supervisor_merges_from_the_side_by_side_page_and_undoing_it_restores_everything()
    {
        Factory.SkipIfUnavailable();
        var known = await PersonOfBookingAsync(await BookAsync(Someone("Oyarzun Bravo", "Yesenia", "1979-11-02")));
        // ICE lodges a detainer on a new booking for a near duplicate: the detainer brings in a person of its own.
        var detainerId = Guid.Parse(await LodgeAsync(Factory.World.FacilityAId, body =>
        {
            var subject = body["subject"]!.AsObject();
            (subject["familyName"], subject["givenName"], subject["dateOfBirth"], subject["sex"]) = ("Oyarzun", "Yessenia", "1979-11-02", "Female");
        }));
        await RunDueJobsAsync();
        var arrived = await InDatabaseAsync(db => db.Detainers.Where(d => d.Id == detainerId).Select(d => d.PersonId).SingleAsync(Ct));
        var review = Assert.Single(await ReviewsOfAsync(arrived));
        Assert.Equal(("detainer", known), (review.Source, review.CandidateId));
        var before = await StateOfAsync(known, arrived);

        var supervisor = PageClient(await KeyAsync(Roles.IceSupervisor));
        var list = await supervisor.GetStringAsync("/People/Reviews", Ct);
        Assert.Contains($"/People/Review/{review.Id}", list, StringComparison.Ordinal);
        var page = await supervisor.GetStringAsync($"/People/Review/{review.Id}", Ct);
        Assert.Contains("Date of birth", page, StringComparison.Ordinal);
        Assert.Contains("<td>exact</td>", page, StringComparison.Ordinal);
        Assert.Contains("Family name", page, StringComparison.Ordinal);

        var noReason = await PostFormAsync(supervisor, $"/People/Review/{review.Id}", ("decision", "merge"), ("reason", " "));
        Assert.Equal(HttpStatusCode.BadRequest, noReason.StatusCode);
        Assert.Contains("Give the reason for your decision", await noReason.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var merged = await PostFormAsync(supervisor, $"/People/Review/{review.Id}", ("decision", "merge"), ("reason", "Same booking photo and tattoo description"));
        Assert.Equal(HttpStatusCode.Redirect, merged.StatusCode);
        var mergePath = merged.Headers.Location!.OriginalString;
        Assert.StartsWith("/People/Merge/", mergePath, StringComparison.Ordinal);
        Assert.Equal(known, await InDatabaseAsync(db => db.Detainers.Where(d => d.Id == detainerId).Select(d => d.PersonId).SingleAsync(Ct)));
        Assert.False(await InDatabaseAsync(db => db.Persons.AnyAsync(p => p.Id == arrived, Ct)));
        Assert.Equal(MatchReviewStatus.Merged, (await InDatabaseAsync(db => db.MatchReviews.SingleAsync(r => r.Id == review.Id, Ct))).Status);

        var undone = await PostFormAsync(supervisor, mergePath, ("reason", "The A-file shows two sisters"));
        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Equal(before, await StateOfAsync(known, arrived));
        Assert.Contains("Undone on", await supervisor.GetStringAsync(mergePath, Ct), StringComparison.Ordinal);

        var actions = await InDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == known.ToString() || a.EntityId == review.Id.ToString()).OrderBy(a => a.Sequence).Select(a => a.Action + ":" + a.Outcome).ToListAsync(Ct));
        Assert.Equal(["person.review.read:success", "person.merge:success", "person.unmerge:success"], actions.Where(a => a.StartsWith("person.", StringComparison.Ordinal)).Distinct());
    }

    [Fact]
    public async Task A_merge_of_two_different_A_numbers_is_refused_with_the_reason_and_changes_nothing()
    {
        Factory.SkipIfUnavailable();
        var digits = UniqueDigits(8);
        var one = await PersonOfBookingAsync(await BookAsync(Someone("Huaman Ccori", "Rosa", "1991-06-09", $"A1{digits}")));
        var other = await PersonOfBookingAsync(await BookAsync(Someone("Huaman Ccori", "Rosa", "1991-06-09", $"A2{digits}")));
        Assert.Empty(await ReviewsOfAsync(other)); // the matcher itself never pairs different A-numbers
        var reviewId = await InDatabaseAsync(async db =>
        {
            var r = new MatchReview { Id = Guid.NewGuid(), PersonId = other, CandidateId = one, Source = "test", Summary = "queued by hand", Probability = 0.9, CreatedAtUtc = DateTime.UtcNow };
            db.MatchReviews.Add(r);
            await db.SaveChangesAsync(Ct);
            return r.Id;
        });
        var before = await StateOfAsync(one, other);

        var supervisor = PageClient(await KeyAsync(Roles.IceSupervisor));
        var refused = await PostFormAsync(supervisor, $"/People/Review/{reviewId}", ("decision", "merge"), ("reason", "Looks like the same woman"));
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("different A-numbers", await refused.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(before, await StateOfAsync(one, other));
        Assert.Contains(await InDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == one.ToString()).Select(a => a.Action + ":" + a.Outcome + ":" + a.Details).ToListAsync(Ct)),
            a => a.StartsWith("person.merge:refused:", StringComparison.Ordinal) && a.EndsWith("code=identifiers-conflict", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Different_people_is_recorded_with_its_reason_and_the_pair_is_not_offered_again()
    {
        Factory.SkipIfUnavailable();
        var known = await PersonOfBookingAsync(await BookAsync(Someone("Llanos Paredes", "Dayana", "1995-01-23")));
        var twin = await PersonOfBookingAsync(await BookAsync(Someone("Llanos Paredes", "Dayanara", "1995-01-23")));
        var review = Assert.Single(await ReviewsOfAsync(twin));

        var supervisor = PageClient(await KeyAsync(Roles.IceSupervisor));
        var decided = await PostFormAsync(supervisor, $"/People/Review/{review.Id}", ("decision", "different"), ("reason", "Twin sisters, different fingerprints"));
        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        var stored = Assert.Single(await ReviewsOfAsync(twin));
        Assert.Equal((MatchReviewStatus.DifferentPeople, "Twin sisters, different fingerprints"), (stored.Status, stored.Reason));
        Assert.Contains(await InDatabaseAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.EntityId == review.Id.ToString()).Select(a => a.Action).ToListAsync(Ct)), a => a == "person.match.different");

        var again = await InDatabaseAsync(db => ArrivalMatcher.MatchAsync(db, new AuditLog(db, TimeProvider.System), TimeProvider.System, twin, "booking", new MatchThresholds(), Ct));
        Assert.IsType<ArrivalOutcome.NoMatch>(again);
        Assert.NotEqual(known, twin);
    }

    [Fact]
    public async Task Only_ICE_supervisors_reach_the_queue()
    {
        Factory.SkipIfUnavailable();
        Assert.Equal(HttpStatusCode.Forbidden, (await PageClient(Factory.World.ClerkAKey).GetAsync("/People/Reviews", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PageClient(Factory.World.OfficerKey).GetAsync("/People/Reviews", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await PageClient(Factory.World.AnalystKey).GetAsync("/People/Reviews", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PageClient(await KeyAsync(Roles.IceSupervisor)).GetAsync("/People/Reviews", Ct)).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}

public sealed class SqliteIdentityReviewTests(SqliteDeskFactory app) : IdentityReviewTests(app), IClassFixture<SqliteDeskFactory>;
public sealed class PostgresIdentityReviewTests(PostgresDeskFactory app) : IdentityReviewTests(app), IClassFixture<PostgresDeskFactory>;
