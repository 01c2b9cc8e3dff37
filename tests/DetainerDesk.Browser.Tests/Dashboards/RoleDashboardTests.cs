using System.Text.RegularExpressions;
using DetainerDesk.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DetainerDesk.Browser.Tests.Dashboards;

/// <summary>Each role's first page, the pages a role may not open, and the list on a phone and without JavaScript.</summary>
[Collection(BrowserCollection.Name)]
public sealed class RoleDashboardTests(KestrelAppFactory app)
{
    public static TheoryData<string, string, string> Roles => new()
    {
        { DemoUsers.Analyst, "Detainers by status", "analyst" },
        { "admin@demo.detainerdesk.test", "Detainers by status", "administrator" },
        { "supervisor@demo.detainerdesk.test", "Latest detainers", "ice-supervisor" },
        { "agency.supervisor@demo.detainerdesk.test", "awaiting acknowledgement", "agency-supervisor" },
        { DemoUsers.Auditor, "Audit review", "auditor" },
        { "tips@demo.detainerdesk.test", "Tip review", "tip-reviewer" },
    };

    [Theory]
    [MemberData(nameof(Roles))]
    public async Task Each_role_lands_on_its_own_dashboard(string email, string expectedText, string screenshot)
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);

        await Steps.SignInAsync(page, email);
        await Expect(page.Locator("#main-content")).ToContainTextAsync(expectedText);
        await PageChecks.ScreenshotAsync(page, "dashboard-" + screenshot);
        await PageChecks.AssertAccessibleAsync(page, "dashboard of " + screenshot);
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task A_role_without_access_to_detainers_gets_the_access_denied_page()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await Steps.SignInAsync(page, DemoUsers.Auditor);

        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Detainers" })).ToHaveCountAsync(0);
        var response = await page.GotoAsync("/Detainers");
        Assert.Equal(403, response!.Status);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "You do not have access to this page" })).ToBeVisibleAsync();
        await PageChecks.ScreenshotAsync(page, "access-denied");
    }

    [Fact]
    public async Task The_list_filters_without_JavaScript()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl, javaScript: false);
        await Steps.SignInAsync(page, DemoUsers.Clerk);

        await page.GotoAsync("/Detainers");
        // Closed: the status of most of the demo agency's older detainers, enough for a second page.
        await page.GetByLabel("Status").SelectOptionAsync("Closed");
        await page.GetByRole(AriaRole.Button, new() { Name = "Apply filters" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"/Detainers\?status=Closed"));
        await Expect(page.Locator("#detainer-results tbody .dd-status").First).ToHaveTextAsync("Closed");
        await page.GetByRole(AriaRole.Link, new() { Name = "Next page" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex(@"status=Closed&page=2"));
        await Expect(page.Locator(".dd-results__summary")).ToContainTextAsync("Showing 26–");
    }

    [Fact]
    public async Task The_list_and_the_menu_fit_a_phone()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl, width: 390, height: 844);
        await Steps.SignInAsync(page, DemoUsers.Officer);

        await page.GotoAsync("/Detainers");
        await PageChecks.ScreenshotAsync(page, "phone-detainers");
        await page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        var menu = page.GetByRole(AriaRole.Navigation, new() { Name = "Primary navigation" });
        await Expect(menu.GetByRole(AriaRole.Link, new() { Name = "Lodge a detainer" })).ToBeVisibleAsync();
        // The drawer slides in; finish the animation rather than photograph it half way.
        await page.ScreenshotAsync(new() { Path = Path.Combine(PageChecks.ScreenshotFolder, "phone-menu.png"), Animations = ScreenshotAnimations.Disabled });
        Assert.Empty(browser.Problems);
    }
}
