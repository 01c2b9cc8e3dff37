using DetainerDesk.Browser.Tests.Infrastructure;
using DetainerDesk.Data.Jobs;
using DetainerDesk.Data.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static DetainerDesk.Browser.Tests.Infrastructure.LifecycleSteps;
using static Microsoft.Playwright.Assertions;

namespace DetainerDesk.Browser.Tests.Webhooks;

/// <summary>
/// An agency supervisor subscribes its system to notifications; the system is down (nothing listens on the port), so
/// the job processor retries and gives up, and an administrator sees the failed delivery and queues it again.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class WebhookDeadLetterTests(KestrelAppFactory app)
{
    /// <summary>The job of the subscription's delivery, once there is one.</summary>
    private async Task<OutboxJob?> DeliveryJobAsync(string url)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        return await (from d in db.WebhookDeliveries
                      join s in db.WebhookSubscriptions on d.SubscriptionId equals s.Id
                      join j in db.OutboxJobs on d.JobId equals j.Id
                      where s.Url == url
                      select j).AsNoTracking().SingleOrDefaultAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Moves the app's clock past each back-off until the processor (real, polling) has dead-lettered the delivery.</summary>
    private async Task<OutboxJob> WaitUntilDeadLetteredAsync(string url)
    {
        var deadline = TimeProvider.System.GetTimestamp() + 120 * TimeProvider.System.TimestampFrequency;
        while (TimeProvider.System.GetTimestamp() < deadline)
        {
            var job = await DeliveryJobAsync(url);
            if (job?.DeadLetteredAtUtc is not null) return job;
            if (job is { Attempts: > 0 } && job.DueAtUtc > app.Clock.GetUtcNow().UtcDateTime)
                app.Clock.Advance(job.DueAtUtc - app.Clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(1));
            await Task.Delay(500, TestContext.Current.CancellationToken);
        }
        throw new TimeoutException($"The delivery to {url} was not dead-lettered in time.");
    }

    [Fact]
    public async Task A_delivery_to_a_system_that_refuses_connections_is_dead_lettered_and_an_administrator_retries_it()
    {
        // Port 1 on the loopback: nothing listens, so every attempt fails at once with "connection refused".
        var url = $"https://127.0.0.1:1/detainerdesk/{Guid.NewGuid():N}";
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);

        await Steps.SignInAsync(page, DemoUsers.AgencySupervisor);
        await page.GetByRole(AriaRole.Link, new() { Name = "Webhooks", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Webhooks", Level = 1 })).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page, "webhook subscriptions");

        // Plain http is refused (notifications leave the system), with the field's message.
        await page.GetByLabel("Receiving URL").FillAsync(url.Replace("https:", "http:", StringComparison.Ordinal));
        await page.GetByLabel("Event types").FillAsync("detainer.lodged");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add subscription" }).ClickAsync();
        await Expect(page.Locator(".usa-error-message").First).ToContainTextAsync("must use https");
        await PageChecks.AssertAccessibleAsync(page, "webhook form with an error");

        await page.GetByLabel("Receiving URL").FillAsync(url);
        await page.GetByLabel("Event types").FillAsync("detainer.lodged");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add subscription" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Copy the signing secret now" })).ToBeVisibleAsync();
        await Expect(page.Locator("#webhook-secret")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("^whsec_"));
        await Expect(page.Locator("tbody tr").Filter(new() { HasText = url })).ToContainTextAsync("detainer.lodged");
        await LayoutChecks.AssertNoSidewaysScrollAsync(page, "webhook subscriptions");
        await PageChecks.ScreenshotAsync(page, "webhooks-subscribed");
        await PageChecks.AssertAccessibleAsync(page, "webhook subscription with its secret");
        await Steps.SignOutAsync(page);

        await Steps.SignInAsync(page, DemoUsers.Officer);
        await LodgeAsync(page, DemoUsers.ClerkFacility, "Ottersley", NewBookingNumber());
        await Steps.SignOutAsync(page);

        try
        {
            var job = await WaitUntilDeadLetteredAsync(url);
            Assert.Equal(JobRunner.MaxAttempts, job.Attempts);

            await GoAsSignedInAsync(page, DemoUsers.Administrator, "/");
            await page.GetByRole(AriaRole.Link, new() { Name = "Delivery", Exact = true }).ClickAsync();
            await page.GetByRole(AriaRole.Link, new() { Name = "Failed webhook deliveries" }).ClickAsync();
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Failed webhook deliveries", Level = 1 })).ToBeVisibleAsync();
            var failed = page.Locator("tbody tr").Filter(new() { HasText = url });
            await Expect(failed).ToHaveCountAsync(1);
            await Expect(failed.Locator("td[data-label='Organisation']")).ToHaveTextAsync(DemoUsers.ClerkAgency);
            await Expect(failed.Locator("td[data-label='Attempts']")).ToHaveTextAsync(JobRunner.MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await Expect(failed.Locator("td[data-label='Last error']")).Not.ToBeEmptyAsync();
            await LayoutChecks.AssertNoSidewaysScrollAsync(page, "failed webhook deliveries");
            await PageChecks.ScreenshotAsync(page, "webhooks-dead-letters");
            await PageChecks.AssertAccessibleAsync(page, "failed webhook deliveries");

            await failed.GetByRole(AriaRole.Button, new() { Name = $"Retry delivery to {url}" }).ClickAsync();
            await Expect(page.Locator(".dd-flash")).ToContainTextAsync("The delivery is queued again");
            await Expect(failed).ToHaveCountAsync(0);
            await PageChecks.AssertAccessibleAsync(page, "failed webhook deliveries after a retry");
            var retried = await DeliveryJobAsync(url);
            Assert.Null(retried!.DeadLetteredAtUtc);
        }
        finally
        {
            app.Clock.Reset();
        }
        Assert.Empty(browser.Problems);
    }
}
