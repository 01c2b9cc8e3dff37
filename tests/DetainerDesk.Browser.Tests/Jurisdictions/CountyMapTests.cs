using DetainerDesk.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DetainerDesk.Browser.Tests.Jurisdictions;

/// <summary>The county map and the cooperation record on the demo data, in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public sealed class CountyMapTests(KestrelAppFactory app)
{
    [Fact]
    public async Task The_map_draws_every_county_as_a_link_and_keyboard_focus_names_the_county()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await Steps.SignInAsync(page, DemoUsers.Analyst);

        await page.GetByRole(AriaRole.Link, new() { Name = "Jurisdictions" }).First.ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "County map" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "County map", Level = 1 })).ToBeVisibleAsync();
        // The page streams in; wait for every county of us-atlas (3,142) rather than count a half-parsed map.
        await Expect(page.Locator("svg[data-map='counties'] a.dd-map__county")).ToHaveCountAsync(3142);

        var king = page.Locator("a.dd-map__county[data-fips='53033']");
        await king.FocusAsync();
        await Expect(page.Locator("#map-caption")).ToContainTextAsync("King County, WA");
        await Expect(page.Locator("#map-caption")).ToContainTextAsync("received");
        // The demo jail agencies' counties are in the table beside the map, with the same figures.
        await Expect(page.Locator("#county-figures tr[data-fips='53033']")).ToContainTextAsync("King County, WA");

        await PageChecks.ScreenshotAsync(page, "jurisdictions-map");
        await PageChecks.AssertAccessibleAsync(page, "county map");

        await page.GetByLabel("Colour counties by").SelectOptionAsync("decline");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Counties by observed decline rate" })).ToBeVisibleAsync();
        await PageChecks.ScreenshotAsync(page, "jurisdictions-map-decline-rate");

        await king.ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "King County, Washington", Level = 1 })).ToBeVisibleAsync();
        await PageChecks.ScreenshotAsync(page, "jurisdictions-county-king");
        await PageChecks.AssertAccessibleAsync(page, "King County's cooperation record");
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task An_agency_clerk_sees_the_jurisdiction_list_and_the_record_of_their_own_agency()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);
        await Steps.SignInAsync(page, DemoUsers.Clerk);

        await page.GotoAsync("/Jurisdictions");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Washington", Level = 2 })).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page, "jurisdiction list");
        await PageChecks.ScreenshotAsync(page, "jurisdictions-list-clerk");

        await page.GotoAsync("/Jurisdictions/Agencies/WA0330100");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = DemoUsers.ClerkAgency, Level = 1 })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Table, new() { Name = "Detainers by fiscal year and outcome" })).ToBeVisibleAsync();
        await PageChecks.AssertAccessibleAsync(page, "agency cooperation record");
        await PageChecks.ScreenshotAsync(page, "jurisdictions-agency-clerk");

        var other = await page.GotoAsync("/Jurisdictions/Agencies/WA0530000");
        Assert.Equal(404, other!.Status);
        Assert.Empty(browser.Problems);
    }
}
