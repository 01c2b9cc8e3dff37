using DetainerDesk.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DetainerDesk.Browser.Tests.Detainers;

[Collection(BrowserCollection.Name)]
public sealed class AgencyStepsTests(KestrelAppFactory app)
{
    [Fact]
    public async Task A_Washington_clerk_cannot_record_a_hold_the_law_forbids_but_records_a_decline_and_service()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await Steps.SignInAsync(page, DemoUsers.Clerk);
        await page.GotoAsync("/Detainers?status=Received");
        await page.Locator("#detainer-results tbody th a").First.ClickAsync();

        await page.GetByLabel("Your agency's decision").SelectOptionAsync("HonourHold");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(page.Locator("#detainer-status .usa-alert--error")).ToContainTextAsync("forbids a hold");
        await PageChecks.ScreenshotAsync(page, "agency-hold-refused-by-law");

        await page.GetByLabel("Your agency's decision").SelectOptionAsync("Decline");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record decision" }).ClickAsync();
        await Expect(page.Locator(".dd-flash")).ToHaveTextAsync("Step recorded.");
        await Expect(page.Locator("#detainer-status .dd-status")).ToHaveTextAsync("Policy decision recorded");

        await page.GetByRole(AriaRole.Button, new() { Name = "Record service on the subject" }).ClickAsync();
        await Expect(page.Locator(".dd-flash")).ToHaveTextAsync("Step recorded.");
        await Expect(page.Locator(".dd-history")).ToContainTextAsync("Copy of the detainer served on the subject");
        await PageChecks.ScreenshotAsync(page, "agency-steps-recorded");
        await PageChecks.AssertAccessibleAsync(page, "detainer details with next steps");
        Assert.Empty(browser.Problems);
    }
}
