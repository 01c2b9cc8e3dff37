using System.Globalization;
using DetainerDesk.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static DetainerDesk.Browser.Tests.Infrastructure.LifecycleSteps;
using static Microsoft.Playwright.Assertions;

namespace DetainerDesk.Browser.Tests.Detainers;

/// <summary>
/// The five ends of a detainer's life (issue 3, "Done when"), each taken through the pages by the people who take
/// them: officer and holding clerk, with axe on every kind of page they see and a screenshot of each ending.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class LifecycleJourneyTests(KestrelAppFactory app)
{
    [Fact]
    public async Task Honoured_hold_ends_with_the_transfer_to_ICE()
    {
        var clerk = await HoldingClerkAsync(app);
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        var booking = NewBookingNumber();

        await Steps.SignInAsync(page, DemoUsers.Officer);
        var detainer = await LodgeAsync(page, HoldingFacility, "Quillfeather", booking);
        await Steps.SignOutAsync(page);

        await Steps.SignInAsync(page, clerk);
        await Expect(page.Locator(".dd-inbox")).ToContainTextAsync("awaiting acknowledgement");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Quillfeather, Marisol" })).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page, "holding clerk's dashboard");
        await page.GotoAsync(detainer);
        await AcknowledgeAsync(page);
        await DecideAsync(page, "HonourHold");
        await StepAsync(page, "Record service on the subject", "Served on subject");

        // The release date is typed in the facility's time; submitted empty, the day gets its own message.
        await page.GetByRole(AriaRole.Button, new() { Name = "Record release date" }).ClickAsync();
        await Expect(page.Locator("#step-recordreleasedate-date-error")).ToHaveTextAsync("Enter the release date.");
        await Expect(page.Locator("#step-recordreleasedate-date")).ToHaveAttributeAsync("aria-invalid", "true");
        await PageChecks.AssertAccessibleAsync(page, "release date with a field message");
        var zone = TimeZoneInfo.FindSystemTimeZoneById(HoldingFacilityZone);
        var tomorrow = TimeZoneInfo.ConvertTimeFromUtc(TimeProvider.System.GetUtcNow().UtcDateTime, zone).Date.AddDays(1);
        await page.Locator("#step-recordreleasedate-date").FillAsync(tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.Locator("#step-recordreleasedate-time").FillAsync("10:30");
        await StepAsync(page, "Record release date", "Release date known");
        await Expect(page.Locator(".dd-status-facts")).ToContainTextAsync(tomorrow.ToString("MMM d, yyyy", CultureInfo.GetCultureInfo("en-US")) + ", 10:30 AM C");
        await StepAsync(page, "Send release notice to ICE", "ICE notified of release");
        await Steps.SignOutAsync(page);

        // The officer sees the release coming and the agency's notice among the alerts.
        await Steps.SignInAsync(page, DemoUsers.Officer);
        await Expect(page.Locator(".dd-releases")).ToContainTextAsync(booking);
        await Expect(page.Locator(".dd-alerts")).ToBeVisibleAsync();
        await PageChecks.ScreenshotAsync(page, "lifecycle-a-officer-dashboard");
        await PageChecks.AssertAccessibleAsync(page, "officer's dashboard with releases and alerts");
        // The dashboard shows the five newest alerts; the other journey of this class jumps the clock 48 hours ahead
        // and leaves later-dated alerts, so the agency's notice is looked for in the officer's full list.
        await page.GotoAsync("/Notifications");
        await Expect(page.Locator("main")).ToContainTextAsync("Release notice from the holding agency");
        await Steps.SignOutAsync(page);

        await Steps.SignInAsync(page, clerk);
        await page.GotoAsync(detainer);
        await EligibleNowAsync(page);
        await StepAsync(page, "Start the hold (48 hours at most)", "Hold active");
        await page.GotoAsync("/");
        await Expect(page.Locator("#holds-heading + table")).ToContainTextAsync(booking);
        await page.GotoAsync(detainer);
        await StepAsync(page, "Record transfer to ICE", "Transferred to ICE");
        await Expect(page.Locator(".dd-history")).ToContainTextAsync("Custody transferred to ICE");
        await PageChecks.AssertAccessibleAsync(page, "detainer after the transfer");

        await page.GetByRole(AriaRole.Link, new() { Name = "Printable detainer form" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("I-247A Immigration Detainer – Notice of Action");
        await Expect(page.Locator("main")).ToContainTextAsync("Quillfeather, Marisol");
        await Expect(page.Locator("main")).ToContainTextAsync(HoldingFacility);
        await Expect(page.GetByRole(AriaRole.Navigation)).ToHaveCountAsync(0);
        await PageChecks.ScreenshotAsync(page, "lifecycle-a-printable-form");
        await PageChecks.AssertAccessibleAsync(page, "printable detainer form");

        await page.GotoAsync(detainer);
        await StepAsync(page, "Close the detainer", "Closed");
        await PageChecks.ScreenshotAsync(page, "lifecycle-a-transferred-and-closed");
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task Declined_detainer_ends_with_a_release_on_recorded_evidence()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await Steps.SignInAsync(page, DemoUsers.Officer);
        var booking = NewBookingNumber();
        var detainer = await LodgeAsync(page, DemoUsers.ClerkFacility, "Brightwater-Osei", booking);
        await Steps.SignOutAsync(page);

        await Steps.SignInAsync(page, DemoUsers.Clerk);
        await page.GotoAsync(detainer);
        await AcknowledgeAsync(page);
        await DecideAsync(page, "Decline");
        await StepAsync(page, "Record service on the subject", "Served on subject");

        // Released today (the hour not known yet): the clerk's dashboard lists it under today's releases, in Seattle's day.
        var seattleToday = TimeZoneInfo.ConvertTimeFromUtc(TimeProvider.System.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles")).Date;
        await page.Locator("#step-recordreleasedate-date").FillAsync(seattleToday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await StepAsync(page, "Record release date", "Release date known");
        await page.GotoAsync("/");
        await Expect(page.Locator(".dd-releases")).ToContainTextAsync(booking);
        await PageChecks.ScreenshotAsync(page, "lifecycle-b-clerk-dashboard-releases-today");
        await PageChecks.AssertAccessibleAsync(page, "clerk's dashboard with today's releases");
        await page.GotoAsync(detainer);

        // Unknown is not declined: without a source the release is not recorded, and the field says why.
        await page.GetByRole(AriaRole.Button, new() { Name = "Record release without transfer" }).ClickAsync();
        await Expect(page.Locator("#step-releasedeclined-source-error")).ToContainTextAsync("Unknown is not declined");
        await ExpectStatusAsync(page, "Release date known");
        await PageChecks.ScreenshotAsync(page, "lifecycle-b-source-required");
        await PageChecks.AssertAccessibleAsync(page, "release without transfer with a field message");
        await page.Locator("#step-releasedeclined-source").FillAsync("Jail release log, entry 4411");
        await StepAsync(page, "Record release without transfer", "Released – declined");
        await Expect(page.Locator(".dd-history")).ToContainTextAsync("Jail release log, entry 4411");
        await StepAsync(page, "Close the detainer", "Closed");
        await PageChecks.ScreenshotAsync(page, "lifecycle-b-declined-and-released");
        await PageChecks.AssertAccessibleAsync(page, "closed detainer");
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task ICE_no_show_ends_the_hold_at_48_hours_by_the_job_processor()
    {
        var clerk = await HoldingClerkAsync(app);
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await Steps.SignInAsync(page, DemoUsers.Officer);
        var detainer = await LodgeAsync(page, HoldingFacility, "Vantongeren", NewBookingNumber());
        await Steps.SignOutAsync(page);

        await Steps.SignInAsync(page, clerk);
        await HoldAsync(page, detainer);
        try
        {
            // Two days later: the app's clock moves, the real job processor finds the expiry due and records it.
            app.Clock.Advance(TimeSpan.FromHours(48) + TimeSpan.FromMinutes(1));
            await GoAsSignedInAsync(page, clerk, detainer);
            await ReloadUntilStatusAsync(page, "Released – ICE did not come", TimeSpan.FromSeconds(30));
            await Expect(page.Locator(".dd-history")).ToContainTextAsync("The hold reached its legal limit");
            await page.GotoAsync("/");
            await Expect(page.Locator(".dd-alerts")).ToContainTextAsync("Hold limit reached: release the person now");
            await PageChecks.AssertAccessibleAsync(page, "clerk's dashboard after the expiry");
            await page.GotoAsync(detainer);
            await StepAsync(page, "Close the detainer", "Closed");
            await PageChecks.ScreenshotAsync(page, "lifecycle-c-ice-no-show-expired");
        }
        finally
        {
            app.Clock.Reset();
        }
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task Lift_by_the_issuing_office_ends_a_running_hold_and_tells_the_agency()
    {
        var clerk = await HoldingClerkAsync(app);
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await Steps.SignInAsync(page, DemoUsers.Officer);
        var detainer = await LodgeAsync(page, HoldingFacility, "Harrowgate-Mbeki", NewBookingNumber());
        await Steps.SignOutAsync(page);
        await Steps.SignInAsync(page, clerk);
        await HoldAsync(page, detainer);
        await Steps.SignOutAsync(page);

        await Steps.SignInAsync(page, DemoUsers.Officer);
        await page.GotoAsync(detainer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lift the detainer" }).ClickAsync();
        await Expect(page.Locator("#step-lift-reason-error")).ToHaveTextAsync("Say why the office lifts the detainer.");
        await PageChecks.AssertAccessibleAsync(page, "officer's steps with a field message");
        await page.Locator("#step-lift-reason").FillAsync("Identity mismatch found on fingerprint review");
        await StepAsync(page, "Lift the detainer", "Lifted");
        await Steps.SignOutAsync(page);

        await Steps.SignInAsync(page, clerk);
        await Expect(page.Locator(".dd-alerts")).ToContainTextAsync("Detainer lifted: end the hold now");
        await page.GotoAsync(detainer);
        await ExpectStatusAsync(page, "Lifted");
        await Expect(page.Locator(".dd-history")).ToContainTextAsync("Identity mismatch found on fingerprint review");
        await PageChecks.ScreenshotAsync(page, "lifecycle-d-lifted-while-holding");
        await PageChecks.AssertAccessibleAsync(page, "lifted detainer");
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task Citizenship_claim_raised_while_holding_ends_the_hold_until_ICE_resolves_it()
    {
        var clerk = await HoldingClerkAsync(app);
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await Steps.SignInAsync(page, DemoUsers.Officer);
        var detainer = await LodgeAsync(page, HoldingFacility, "Castellanos-Whitby", NewBookingNumber());
        await Steps.SignOutAsync(page);
        await Steps.SignInAsync(page, clerk);
        await HoldAsync(page, detainer);

        await page.GetByRole(AriaRole.Button, new() { Name = "Raise the claim" }).ClickAsync();
        await Expect(page.Locator("#step-raiseclaim-kind-error")).ToContainTextAsync("Choose whether the person claims US citizenship");
        await Expect(page.Locator("#step-raiseclaim-source-error")).ToContainTextAsync("Say who raised the claim");
        await PageChecks.AssertAccessibleAsync(page, "claim form with field messages");
        await page.GetByLabel("Citizenship or victim claim").SelectOptionAsync("Citizenship");
        await page.Locator("#step-raiseclaim-source").FillAsync("The subject, at the intake interview");
        await StepAsync(page, "Raise the claim", "Released – declined");
        await Expect(page.Locator(".dd-claim-alert")).ToContainTextAsync("Citizenship claim open");
        await PageChecks.ScreenshotAsync(page, "lifecycle-e-claim-raised");
        await Steps.SignOutAsync(page);

        await Steps.SignInAsync(page, DemoUsers.Officer);
        await Expect(page.Locator(".dd-alerts")).ToContainTextAsync("Citizenship claim raised: holds are blocked");
        await page.GotoAsync(detainer);
        await page.GetByLabel("Outcome of the claim").SelectOptionAsync("Upheld");
        await page.Locator("#step-upholdclaim-reason").FillAsync("Birth certificate checked with the state registry");
        await StepAsync(page, "Record claim outcome", "Released – declined");
        await Expect(page.Locator(".dd-claim-alert")).ToHaveCountAsync(0);
        await Expect(page.Locator(".dd-history")).ToContainTextAsync("Birth certificate checked with the state registry");
        await PageChecks.ScreenshotAsync(page, "lifecycle-e-claim-upheld");
        await PageChecks.AssertAccessibleAsync(page, "detainer after the claim's outcome");
        Assert.Empty(browser.Problems);
    }
}
