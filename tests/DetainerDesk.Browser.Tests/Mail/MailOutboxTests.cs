using DetainerDesk.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static DetainerDesk.Browser.Tests.Infrastructure.LifecycleSteps;
using static Microsoft.Playwright.Assertions;

namespace DetainerDesk.Browser.Tests.Mail;

/// <summary>Without an SMTP server, the mail that a step sends is kept in the outbox for administrators to read.</summary>
[Collection(BrowserCollection.Name)]
public sealed class MailOutboxTests(KestrelAppFactory app)
{
    [Fact]
    public async Task Lodging_a_detainer_mails_the_agency_and_the_outbox_lists_the_message_with_its_recipient_and_subject()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        var booking = NewBookingNumber();
        await Steps.SignInAsync(page, DemoUsers.Officer);
        await LodgeAsync(page, DemoUsers.ClerkFacility, "Ravensworth", booking);
        await Steps.SignOutAsync(page);

        await Steps.SignInAsync(page, DemoUsers.Administrator);
        await page.GetByRole(AriaRole.Link, new() { Name = "Delivery", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Mail outbox", Level = 1 })).ToBeVisibleAsync();
        // The job processor sends the mail in the background; people reload, so does the test.
        var mail = page.Locator("tbody tr").Filter(new() { HasText = booking }).Filter(new() { HasText = DemoUsers.Clerk });
        var deadline = TimeProvider.System.GetTimestamp() + 30 * TimeProvider.System.TimestampFrequency;
        while (await mail.CountAsync() == 0 && TimeProvider.System.GetTimestamp() < deadline)
        {
            await Task.Delay(500, TestContext.Current.CancellationToken);
            await page.ReloadAsync();
        }
        await Expect(mail).ToHaveCountAsync(1);
        await Expect(mail.Locator("td[data-label='To']")).ToHaveTextAsync(DemoUsers.Clerk);
        await Expect(mail.Locator("td[data-label='Organisation']")).ToHaveTextAsync(DemoUsers.ClerkAgency);
        await Expect(mail.Locator("summary")).ToHaveTextAsync("DetainerDesk: New detainer to acknowledge");
        await Expect(mail.Locator("td[data-label='State']")).ToContainTextAsync("Kept in outbox");

        await mail.Locator("summary").ClickAsync();
        await Expect(mail.Locator("pre")).ToBeVisibleAsync();
        await Expect(mail.Locator("pre")).ToContainTextAsync($"booking {booking} at {DemoUsers.ClerkFacility}");
        await LayoutChecks.AssertNoSidewaysScrollAsync(page, "mail outbox with a message open");
        await PageChecks.ScreenshotAsync(page, "mail-outbox");
        await PageChecks.AssertAccessibleAsync(page, "mail outbox");
        Assert.Empty(browser.Problems);
    }
}
