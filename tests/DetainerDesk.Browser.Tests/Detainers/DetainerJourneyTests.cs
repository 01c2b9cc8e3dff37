using System.Globalization;
using System.Text.RegularExpressions;
using DetainerDesk.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DetainerDesk.Browser.Tests.Detainers;

/// <summary>
/// The detainer journey in a real browser: an officer lodges (after one refused attempt), the receiving jail's clerk
/// acknowledges, and a clerk of another agency cannot even find it. Screenshots of every step go to bin/.../screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class DetainerJourneyTests(KestrelAppFactory app)
{
    // A name no synthetic person has, so the clerk can pick this detainer out of a busy inbox.
    private const string FamilyName = "Okafor-Lindqvist";
    private const string GivenName = "Tobias";
    private const string ListedName = FamilyName + ", " + GivenName;

    [Fact]
    public async Task Officer_lodges_clerk_acknowledges_and_another_agency_gets_not_found()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);

        // Officer: the dashboard first (sign-in returns there), then the lodge form from the navigation.
        await page.GotoAsync("/");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/SignIn"));
        await PageChecks.ScreenshotAsync(page, "01-sign-in");
        await PageChecks.AssertAccessibleAsync(page, "sign-in");
        await Steps.SignInAsync(page, DemoUsers.Officer);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Dashboard", Level = 1 })).ToBeVisibleAsync();
        await PageChecks.ScreenshotAsync(page, "02-officer-dashboard");

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Primary navigation" }).GetByRole(AriaRole.Link, new() { Name = "Lodge a detainer" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Lodge a detainer", Level = 1 })).ToBeVisibleAsync();
        await PageChecks.ScreenshotAsync(page, "03-lodge-form");
        await PageChecks.AssertAccessibleAsync(page, "lodge form");

        // Submitted empty: the summary lists the problems and each input shows its own message.
        await page.GetByRole(AriaRole.Button, new() { Name = "Lodge detainer" }).ClickAsync();
        await Expect(page.Locator(".dd-error-summary")).ToContainTextAsync("The detainer was not lodged");
        await Expect(page.Locator("#Input_FamilyName-error")).ToHaveTextAsync("Enter the subject's family name.");
        await Expect(page.Locator("#basis-error")).ToContainTextAsync("Tick at least one probable-cause box");
        await Expect(page.Locator("#Input_FacilityId-error")).ToHaveTextAsync("Choose the facility that holds the person.");
        await Expect(page.Locator("#Input_FamilyName")).ToHaveAttributeAsync("aria-describedby", new Regex("Input_FamilyName-error"));
        await PageChecks.ScreenshotAsync(page, "04-lodge-form-errors");
        await PageChecks.AssertAccessibleAsync(page, "lodge form with errors");

        var bookingNumber = "B" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);
        await FillLodgeFormAsync(page, bookingNumber);
        // Before lodging, the officer sees what the facility's law allows (Washington: no hold on an administrative warrant).
        var preview = page.Locator("#policy-preview li").Filter(new() { HasText = "Hold up to 48 hours" });
        await Expect(preview.Locator(".dd-verdict")).ToHaveTextAsync("Forbidden");
        await page.GetByRole(AriaRole.Button, new() { Name = "Lodge detainer" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(DetailsUrl());
        await Expect(page.Locator(".dd-flash")).ToHaveTextAsync($"Detainer lodged with {DemoUsers.ClerkAgency}.");
        await Expect(page.Locator("#detainer-status .dd-status")).ToHaveTextAsync("Lodged");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = ListedName, Level = 1 })).ToBeVisibleAsync();
        var detainerUrl = new Uri(page.Url).AbsolutePath;
        // King County, Washington: Keep Washington Working forbids holding on an administrative warrant.
        var holdRow = page.Locator(".dd-policy-table tbody tr").Filter(new() { HasText = "Hold up to 48 hours" });
        await Expect(holdRow.Locator(".dd-verdict")).ToHaveTextAsync("Forbidden");
        await Expect(holdRow.Locator(".dd-policy-table__citation")).Not.ToBeEmptyAsync();
        await PageChecks.ScreenshotAsync(page, "05-lodged-details");
        await PageChecks.AssertAccessibleAsync(page, "detainer details");
        await Steps.SignOutAsync(page);

        // Clerk of the receiving agency: the inbox on the dashboard, then the list filtered with htmx, then the detainer.
        await Steps.SignInAsync(page, DemoUsers.Clerk);
        await Expect(page.Locator(".dd-inbox")).ToContainTextAsync("awaiting acknowledgement");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = ListedName })).ToBeVisibleAsync();
        await PageChecks.ScreenshotAsync(page, "06-clerk-inbox");

        await page.GotoAsync("/Detainers");
        await page.GetByLabel("Status").SelectOptionAsync("Lodged");
        await Expect(page).ToHaveURLAsync(new Regex(@"/Detainers\?status=Lodged"));
        await Expect(page.Locator("#detainer-results tbody .dd-status").First).ToHaveTextAsync("Lodged");
        // htmx keeps no page snapshots (they would hold names) in localStorage; going back reloads instead.
        Assert.Null(await page.EvaluateAsync<string?>("() => localStorage.getItem('htmx-history-cache')"));
        await PageChecks.ScreenshotAsync(page, "07-clerk-list-filtered");
        await PageChecks.AssertAccessibleAsync(page, "detainer list");

        await page.GetByRole(AriaRole.Link, new() { Name = ListedName }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(detainerUrl) + "$"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge receipt" }).ClickAsync();
        await Expect(page.Locator("#detainer-status .dd-status")).ToHaveTextAsync("Received by agency");
        await Expect(page.Locator("#detainer-status")).ToContainTextAsync("Receipt acknowledged");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge receipt" })).ToHaveCountAsync(0);
        await PageChecks.ScreenshotAsync(page, "08-clerk-acknowledged");
        // The stored timeline names the step and who took it.
        await page.ReloadAsync();
        await Expect(page.Locator(".dd-history")).ToContainTextAsync("Received by agency");
        await Expect(page.Locator(".dd-history")).ToContainTextAsync("Receipt logged by the agency");
        await PageChecks.AssertAccessibleAsync(page, "detainer details with timeline");
        await Steps.SignOutAsync(page);

        // A clerk of another agency: the same address is simply not found.
        await Steps.SignInAsync(page, DemoUsers.OtherAgencyClerk);
        var response = await page.GotoAsync(detainerUrl);
        Assert.Equal(404, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Page not found", Level = 1 })).ToBeVisibleAsync();
        await PageChecks.ScreenshotAsync(page, "09-other-agency-not-found");

        Assert.Empty(browser.Problems);
    }

    private static async Task FillLodgeFormAsync(IPage page, string bookingNumber)
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        // USWDS tiles hide the real checkbox off screen; people (and so the test) click the label.
        await page.Locator("label[for=Input_BiometricAndDatabaseRecords]").ClickAsync();
        await page.Locator("label[for=Input_StatementsOrReliableEvidence]").ClickAsync();
        await page.Locator("label[for=Input_WarrantKind_I200]").ClickAsync();
        await page.GetByLabel("Warrant number").FillAsync("SEA-I200-" + bookingNumber);
        await page.GetByLabel("Date the warrant was signed").FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Family name").FillAsync(FamilyName);
        await page.GetByLabel("Given name").FillAsync(GivenName);
        await page.GetByLabel("Date of birth").FillAsync("1991-04-17");
        await page.GetByLabel("Sex").SelectOptionAsync("Male");
        await page.GetByLabel("Country of citizenship").FillAsync("Nigeria");
        await page.GetByLabel("Facility holding the person").SelectOptionAsync(new SelectOptionValue { Label = DemoUsers.ClerkFacility });
        await page.GetByLabel("Booking number").FillAsync(bookingNumber);
    }

    [GeneratedRegex(@"/Detainers/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")]
    private static partial Regex DetailsUrl();
}
