using Microsoft.Playwright;

namespace DetainerDesk.Browser.Tests.Infrastructure;

/// <summary>What axe does not check about layout: a page that is wider than the window makes people scroll sideways.</summary>
public static class LayoutChecks
{
    public static async Task AssertNoSidewaysScrollAsync(IPage page, string pageName)
    {
        var (content, window) = (await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth"), await page.EvaluateAsync<int>("() => window.innerWidth"));
        Assert.True(content <= window, $"{pageName} is {content}px wide in a {window}px window: something does not wrap.");
    }
}
