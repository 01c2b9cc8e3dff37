using System.Text.RegularExpressions;
using DetainerDesk.Browser.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DetainerDesk.Browser.Tests.Account;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(KestrelAppFactory app)
{
    [Fact]
    public async Task Empty_fields_are_named_and_a_wrong_password_reads_the_same_as_an_unknown_address()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);

        await page.GotoAsync("/Account/SignIn");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.Locator("#Input_Email-error")).ToHaveTextAsync("Enter your e-mail address.");
        await Expect(page.Locator("#Input_Password-error")).ToHaveTextAsync("Enter your password.");
        await Expect(page.Locator(".dd-error-summary a[href='#Input_Email']")).ToBeVisibleAsync();
        await PageChecks.ScreenshotAsync(page, "sign-in-empty");
        await PageChecks.AssertAccessibleAsync(page, "sign-in with empty fields");

        await Steps.FillSignInAsync(page, DemoUsers.Analyst, "not-the-password-at-all");
        var wrongPassword = await page.Locator(".dd-error-summary").TextContentAsync();
        await Expect(page.Locator("#Input_Password")).ToHaveValueAsync("");
        await PageChecks.ScreenshotAsync(page, "sign-in-refused");

        await Steps.FillSignInAsync(page, "nobody@demo.detainerdesk.test", "not-the-password-at-all");
        Assert.Equal(wrongPassword, await page.Locator(".dd-error-summary").TextContentAsync());
        Assert.Contains("e-mail address or password is not right", wrongPassword, StringComparison.Ordinal);
        Assert.Empty(browser.Problems);
    }

    [Fact]
    public async Task Sign_in_returns_to_the_page_asked_for_but_never_to_another_site()
    {
        await using var browser = await BrowserSession.StartAsync();
        var page = await browser.NewPageAsync(app.BaseUrl);

        await page.GotoAsync("/Detainers?status=Lodged");
        await Steps.SignInAsync(page, DemoUsers.Clerk);
        await Expect(page).ToHaveURLAsync(new Regex(@"/Detainers\?status=Lodged$"));
        await Steps.SignOutAsync(page);

        await page.GotoAsync("/Account/SignIn?ReturnUrl=https%3A%2F%2Fevil.example%2F");
        await Steps.SignInAsync(page, DemoUsers.Clerk);
        await Expect(page).ToHaveURLAsync(app.BaseUrl + "/");
    }
}
