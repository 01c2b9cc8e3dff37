using System.Globalization;
using DetainerDesk.Domain.Organisations;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DetainerDesk.Browser.Tests.Infrastructure;

/// <summary>
/// The steps of a detainer's life as people take them on its page. Holds need a jurisdiction whose law allows them
/// (Washington's does not), so the hold journeys use a Harris County, Texas jail and a clerk account made for it.
/// </summary>
public static class LifecycleSteps
{
    public const string HoldingFacility = "Harris County Joint Processing Center";
    public const string HoldingFacilityZone = "America/Chicago";
    private const string HoldingAgencyCode = "TX2010000";

    public static Task<string> HoldingClerkAsync(KestrelAppFactory app) =>
        app.EnsureAccountAsync("clerk.harris@demo.detainerdesk.test", Roles.AgencyClerk, HoldingAgencyCode, "Demo Clerk (Harris County)");

    public static string NewBookingNumber() => "B" + Random.Shared.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture);

    /// <summary>The signed-in officer lodges a detainer at the facility; returns the detainer page's path.</summary>
    public static async Task<string> LodgeAsync(IPage page, string facility, string familyName, string bookingNumber)
    {
        var today = DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime);
        await page.GotoAsync("/Detainers/Lodge");
        await page.Locator("label[for=Input_BiometricAndDatabaseRecords]").ClickAsync();
        await page.Locator("label[for=Input_WarrantKind_I200]").ClickAsync();
        await page.GetByLabel("Warrant number").FillAsync("I200-" + bookingNumber);
        await page.GetByLabel("Date the warrant was signed").FillAsync(today.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await page.GetByLabel("Family name").FillAsync(familyName);
        await page.GetByLabel("Given name").FillAsync("Marisol");
        await page.GetByLabel("Date of birth").FillAsync("1988-09-03");
        await page.GetByLabel("Sex").SelectOptionAsync("Female");
        await page.GetByLabel("Country of citizenship").FillAsync("Honduras");
        await page.GetByLabel("Facility holding the person").SelectOptionAsync(new SelectOptionValue { Label = facility });
        await page.GetByLabel("Booking number").FillAsync(bookingNumber);
        await page.GetByRole(AriaRole.Button, new() { Name = "Lodge detainer" }).ClickAsync();
        await Expect(page.Locator(".dd-flash")).ToContainTextAsync("Detainer lodged with");
        return new Uri(page.Url).AbsolutePath;
    }

    /// <summary>Clicks a step's button and waits for the page to confirm it and show the new status.</summary>
    public static async Task StepAsync(IPage page, string button, string status)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        await Expect(page.Locator(".dd-flash")).ToHaveTextAsync("Step recorded.");
        await ExpectStatusAsync(page, status);
    }

    public static Task ExpectStatusAsync(IPage page, string status) => Expect(page.Locator("#detainer-status .dd-status")).ToHaveTextAsync(status);

    public static async Task AcknowledgeAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Acknowledge receipt" }).ClickAsync();
        await ExpectStatusAsync(page, "Received by agency");
        // The next steps arrive with the acknowledgement (out of band), without a reload.
        await Expect(page.GetByLabel("Your agency's decision")).ToBeVisibleAsync();
    }

    public static async Task DecideAsync(IPage page, string response)
    {
        await page.GetByLabel("Your agency's decision").SelectOptionAsync(response);
        await StepAsync(page, "Record decision", "Policy decision recorded");
    }

    public static async Task EligibleNowAsync(IPage page)
    {
        await page.GetByLabel("Why the person is now eligible for release").SelectOptionAsync("BondPostedOrOwnRecognizance");
        await StepAsync(page, "Record release eligibility", "Eligible for release");
    }

    /// <summary>The holding clerk, signed in, takes a lodged detainer up to a running hold.</summary>
    public static async Task HoldAsync(IPage page, string detainerUrl)
    {
        await page.GotoAsync(detainerUrl);
        await AcknowledgeAsync(page);
        await DecideAsync(page, "HonourHold");
        await StepAsync(page, "Record service on the subject", "Served on subject");
        await EligibleNowAsync(page);
        await StepAsync(page, "Start the hold (48 hours at most)", "Hold active");
        await Expect(page.Locator(".dd-hold-left")).ToContainTextAsync("min left");
    }

    /// <summary>Signs in, or again when the session ran out (a journey that moves the clock 48 hours ends it).</summary>
    public static async Task GoAsSignedInAsync(IPage page, string email, string path)
    {
        await page.GotoAsync(path);
        if (page.Url.Contains("/Account/SignIn", StringComparison.Ordinal))
        {
            await Steps.SignInAsync(page, email);
            if (!page.Url.EndsWith(path, StringComparison.Ordinal)) await page.GotoAsync(path);
        }
    }

    /// <summary>The page does not poll; people reload. So does the test, until the background job has done its work.</summary>
    public static async Task ReloadUntilStatusAsync(IPage page, string status, TimeSpan timeout)
    {
        var deadline = TimeProvider.System.GetTimestamp() + (long)(timeout.TotalSeconds * TimeProvider.System.TimestampFrequency);
        while ((await page.Locator("#detainer-status .dd-status").TextContentAsync())?.Trim() != status && TimeProvider.System.GetTimestamp() < deadline)
        {
            await Task.Delay(500);
            await page.ReloadAsync();
        }
        await ExpectStatusAsync(page, status);
    }
}
