using DetainerDesk.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static DetainerDesk.Browser.Tests.Infrastructure.LifecycleSteps;
using static Microsoft.Playwright.Assertions;

namespace DetainerDesk.Browser.Tests.Detainers;

/// <summary>
/// A Washington clerk cannot hand a person to ICE on an administrative warrant (RCW 10.93.160): the page says why,
/// beside the legal-basis field and without a reload, and takes the transfer once a judicial warrant is named.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class TransferLawJourneyTests(KestrelAppFactory app)
{
    [Fact]
    public async Task Washington_refuses_a_transfer_until_a_judicial_warrant_is_recorded()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await Steps.SignInAsync(page, DemoUsers.Officer);
        var detainer = await LodgeAsync(page, DemoUsers.ClerkFacility, "Fairweather-Lund", NewBookingNumber());
        await Steps.SignOutAsync(page);

        await Steps.SignInAsync(page, DemoUsers.Clerk);
        await page.GotoAsync(detainer);
        await AcknowledgeAsync(page);
        await DecideAsync(page, "Decline");
        await StepAsync(page, "Record service on the subject", "Served on subject");

        await Expect(page.Locator("#step-transfertoice")).ToContainTextAsync("RCW 10.93.160");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record transfer to ICE" }).ClickAsync();
        await Expect(page.Locator("#step-transfertoice-legalBasis-error")).ToContainTextAsync("forbids transferring the person to ICE custody (RCW 10.93.160");
        await ExpectStatusAsync(page, "Served on subject");
        await PageChecks.AssertAccessibleAsync(page, "transfer refused by the law with a field message");

        await page.Locator("#step-transfertoice-legalBasis").FillAsync("judicial warrant received");
        await page.Locator("#step-transfertoice-source").FillAsync("US District Court W.D. Wash. warrant 26-mj-0042");
        await StepAsync(page, "Record transfer to ICE", "Transferred to ICE");
        await Expect(page.Locator(".dd-history")).ToContainTextAsync("overridden on legal basis: judicial warrant received");
        await PageChecks.ScreenshotAsync(page, "lifecycle-f-transfer-on-judicial-warrant");
        Assert.Empty(browser.Problems);
    }
}
