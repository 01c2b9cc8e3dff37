using System.Text.RegularExpressions;
using DetainerDesk.Browser.Tests.Infrastructure;
using DetainerDesk.Data.Identity;
using DetainerDesk.Data.Linkage;
using DetainerDesk.Data.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DetainerDesk.Browser.Tests.People;

/// <summary>
/// An ICE supervisor works the identity review queue the demo leaves: opens a pair, compares the records side by side
/// with the weight of each field, merges them with a reason, then undoes the merge; both are in the audit log under
/// the supervisor's name and the records are back as they were.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class IdentityReviewJourneyTests(KestrelAppFactory app)
{
    private const string Supervisor = "supervisor@demo.detainerdesk.test";

    private async Task<T> InDatabaseAsync<T>(Func<AppDbContext, IServiceProvider, Task<T>> query)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<AppDbContext>(), scope.ServiceProvider);
    }

    private Task<string> PersonsAsync(Guid a, Guid b) => InDatabaseAsync(async (db, _) =>
    {
        var persons = await db.Persons.AsNoTracking().Where(p => p.Id == a || p.Id == b).OrderBy(p => p.Id).ToListAsync();
        var bookings = await db.Bookings.AsNoTracking().Where(x => x.PersonId == a || x.PersonId == b).OrderBy(x => x.Id).Select(x => x.Id + ">" + x.PersonId).ToListAsync();
        var detainers = await db.Detainers.AsNoTracking().Where(x => x.PersonId == a || x.PersonId == b).OrderBy(x => x.Id).Select(x => x.Id + ">" + x.PersonId).ToListAsync();
        return string.Join("|", persons.Select(p => PersonSnapshot.Of(p).ToJson()).Concat(bookings).Concat(detainers));
    });

    [Fact]
    public async Task A_supervisor_compares_a_pair_merges_it_with_a_reason_and_undoes_the_merge()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await Steps.SignInAsync(page, Supervisor);
        await page.GetByRole(AriaRole.Link, new() { Name = "Identity review", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Identity review", Level = 1 })).ToBeVisibleAsync();
        var rows = page.Locator("table[aria-labelledby='open-heading'] tbody tr");
        Assert.True(await rows.CountAsync() >= 1, "the demo leaves pairs in the queue");
        await LayoutChecks.AssertNoSidewaysScrollAsync(page, "identity review queue");
        await PageChecks.ScreenshotAsync(page, "identity-review-queue");
        await PageChecks.AssertAccessibleAsync(page, "identity review queue");

        // The strongest pair first: open it.
        var link = rows.First.Locator("td[data-label='Arrived record'] a");
        var reviewId = Guid.Parse(ReviewIdPattern().Match((await link.GetAttributeAsync("href"))!).Groups[1].Value);
        var review = await InDatabaseAsync((db, _) => db.MatchReviews.AsNoTracking().SingleAsync(r => r.Id == reviewId));
        var before = await PersonsAsync(review.PersonId, review.CandidateId);
        await link.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Compare two person records", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator("#side-by-side")).ToContainTextAsync("Date of birth");
        var weights = page.Locator("#weights");
        await Expect(weights.Locator("tbody tr").Filter(new() { HasText = "Date of birth" })).ToContainTextAsync("exact");
        await Expect(weights.Locator("tfoot")).ToContainTextAsync("match probability");
        await PageChecks.ScreenshotAsync(page, "identity-review-side-by-side");
        await PageChecks.AssertAccessibleAsync(page, "side-by-side view");

        // A decision needs a reason.
        await page.Locator("label[for='decision-merge']").ClickAsync(); // USWDS draws the radio on the label
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(page.Locator("#reason-error")).ToContainTextAsync("Give the reason for your decision");
        await PageChecks.AssertAccessibleAsync(page, "decision form with an error");

        await page.Locator("label[for='decision-merge']").ClickAsync(); // USWDS draws the radio on the label
        await page.GetByLabel("Reason", new() { Exact = true }).FillAsync("Same tattoo description and booking photo");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Merge of two person records", Level = 1 })).ToBeVisibleAsync();
        await Expect(page.Locator(".dd-flash")).ToContainTextAsync("Merged.");
        await Expect(page.Locator("#merge-state")).ToHaveTextAsync("In force");
        Assert.False(await InDatabaseAsync((db, _) => db.Persons.AnyAsync(p => p.Id == review.PersonId)));
        await PageChecks.ScreenshotAsync(page, "identity-review-merged");
        await PageChecks.AssertAccessibleAsync(page, "merge record");

        await page.GetByLabel("Reason", new() { Exact = true }).FillAsync("Fingerprints show two different men");
        await page.GetByRole(AriaRole.Button, new() { Name = "Undo merge" }).ClickAsync();
        await Expect(page.Locator(".dd-flash")).ToContainTextAsync("The merge is undone");
        await Expect(page.Locator("#merge-state")).ToContainTextAsync("Undone on");
        await PageChecks.AssertAccessibleAsync(page, "undone merge record");
        Assert.Equal(before, await PersonsAsync(review.PersonId, review.CandidateId));

        // Both acts are audited under the supervisor's own id, with the merge they belong to.
        var userId = await InDatabaseAsync(async (_, sp) => (await sp.GetRequiredService<UserManager<AppUser>>().FindByEmailAsync(Supervisor))!.Id);
        var audited = await InDatabaseAsync((db, _) => db.AuditEntries.AsNoTracking()
            .Where(a => a.Actor == userId && a.EntityId == review.CandidateId.ToString()).OrderBy(a => a.Sequence).Select(a => a.Action).ToListAsync());
        Assert.Equal(["person.merge", "person.unmerge"], audited);
        Assert.Equal(MatchReviewStatus.DifferentPeople, (await InDatabaseAsync((db, _) => db.MatchReviews.AsNoTracking().SingleAsync(r => r.Id == reviewId))).Status);

        // The pair is decided: it has left the queue.
        await page.GetByRole(AriaRole.Link, new() { Name = "Identity review", Exact = true }).First.ClickAsync();
        await Expect(page.Locator($"a[href='/People/Review/{reviewId}']")).ToHaveCountAsync(0);
        Assert.Empty(browser.Problems);
    }

    [GeneratedRegex("/People/Review/([0-9a-fA-F-]{36})")]
    private static partial Regex ReviewIdPattern();
}
