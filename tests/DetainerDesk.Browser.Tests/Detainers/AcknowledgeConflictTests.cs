using DetainerDesk.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DetainerDesk.Browser.Tests.Detainers;

[Collection(BrowserCollection.Name)]
public sealed class AcknowledgeConflictTests(KestrelAppFactory app)
{
    [Fact]
    public async Task A_clerk_acting_on_a_page_that_is_out_of_date_is_told_so_and_sees_the_current_state()
    {
        await using var browser = await BrowserSession.StartAsync();
        var first = await browser.NewPageAsync(app.BaseUrl);
        await Steps.SignInAsync(first, DemoUsers.Clerk);
        await first.GotoAsync("/Detainers?status=Lodged");
        await first.Locator("#detainer-results tbody th a").First.ClickAsync();
        var detainerUrl = new Uri(first.Url).AbsolutePath;

        // The same clerk in a second tab of the same browser, on the same detainer, still showing "Lodged".
        var second = await first.Context.NewPageAsync();
        await second.GotoAsync(detainerUrl);

        await first.GetByRole(AriaRole.Button, new() { Name = "Acknowledge receipt" }).ClickAsync();
        await Expect(first.Locator("#detainer-status .dd-status")).ToHaveTextAsync("Received by agency");

        await second.GetByRole(AriaRole.Button, new() { Name = "Acknowledge receipt" }).ClickAsync();
        await Expect(second.Locator("#detainer-status .usa-alert--error")).ToContainTextAsync("Someone else changed this detainer");
        await Expect(second.Locator("#detainer-status .dd-status")).ToHaveTextAsync("Received by agency");
        await Expect(second.GetByRole(AriaRole.Button, new() { Name = "Acknowledge receipt" })).ToHaveCountAsync(0);
        await PageChecks.ScreenshotAsync(second, "acknowledge-out-of-date");
        Assert.Empty(browser.Problems);
    }
}
