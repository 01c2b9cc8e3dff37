using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace DetainerDesk.Browser.Tests.Infrastructure;

/// <summary>What every journey does the same way: sign in through the form, sign out with the header's button.</summary>
public static class Steps
{
    public static async Task FillSignInAsync(IPage page, string email, string password)
    {
        if (!page.Url.Contains("/Account/SignIn", StringComparison.Ordinal)) await page.GotoAsync("/Account/SignIn");
        await page.GetByRole(AriaRole.Textbox, new() { Name = "E-mail address" }).FillAsync(email);
        await page.GetByLabel("Password", new() { Exact = true }).FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
    }

    public static async Task SignInAsync(IPage page, string email)
    {
        await FillSignInAsync(page, email, DemoUsers.Password);
        await Expect(page.Locator(".dd-accountbar")).ToBeVisibleAsync();
    }

    public static async Task SignOutAsync(IPage page)
    {
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(page.GetByText("You have signed out.")).ToBeVisibleAsync();
    }
}
