using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Playwright;

namespace DetainerDesk.Browser.Tests.Infrastructure;

/// <summary>Screenshots for people to look at, and axe-core for what a machine can check about accessibility.</summary>
public static class PageChecks
{
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    /// <summary>
    /// Runs axe-core (WCAG 2.x A and AA rules) on the page as it is now and fails on any serious or critical violation;
    /// lesser ones are printed. The script comes from the web project's wwwroot/lib (npm, copied at build). It is
    /// evaluated through the DevTools protocol: AddScriptTagAsync(Path) would add an inline script, which the app's
    /// Content-Security-Policy (script-src 'self') rightly blocks, and bypassing the CSP would hide real violations.
    /// </summary>
    public static async Task AssertAccessibleAsync(IPage page, string pageName)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe === 'object'"))
            await page.EvaluateAsync(await AxeScriptAsync());
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })).violations" +
            ".map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) }))");

        var report = new StringBuilder();
        var blocking = 0;
        foreach (var violation in result.EnumerateArray())
        {
            var impact = violation.GetProperty("impact").GetString();
            if (impact is "serious" or "critical") blocking++;
            report.AppendLine(CultureInfo.InvariantCulture, $"  [{impact}] {violation.GetProperty("id").GetString()}: {violation.GetProperty("help").GetString()}");
            foreach (var node in violation.GetProperty("nodes").EnumerateArray().Take(5))
                report.AppendLine(CultureInfo.InvariantCulture, $"      at {node.GetString()}");
        }
        if (report.Length > 0)
            TestContext.Current.TestOutputHelper?.WriteLine($"axe on {pageName}:\n{report}");
        Assert.True(blocking == 0, $"axe found {blocking} serious or critical violation(s) on {pageName}:\n{report}");
    }

    private static string? _axeScript;

    private static async Task<string> AxeScriptAsync() => _axeScript ??= await File.ReadAllTextAsync(AxeScriptPath());

    private static string AxeScriptPath()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            // A dev dependency in web/ (npm ci runs in the web build); never served by the app.
            var candidate = Path.Combine(dir.FullName, "web", "node_modules", "axe-core", "axe.min.js");
            if (File.Exists(candidate)) return candidate;
        }
        throw new FileNotFoundException("axe.min.js not found under web/node_modules/axe-core; build the web project (it runs npm ci in web/).");
    }
}
